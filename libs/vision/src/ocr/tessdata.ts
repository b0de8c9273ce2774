import { mkdir, symlink, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** tesseract.js wants one folder with every `<lang>.traineddata.gz`; the npm packages ship one per language. */
export async function prepareTessdata(): Promise<string> {
  const dir = join(tmpdir(), `uplift-tessdata-${process.pid}`);
  await mkdir(dir, { recursive: true });
  for (const lang of ['chi_sim', 'eng']) {
    const source = join(dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)), '4.0.0_best_int', `${lang}.traineddata.gz`);
    const target = join(dir, `${lang}.traineddata.gz`);
    const exists = await stat(target).then(
      () => true,
      () => false,
    );
    if (!exists) await symlink(source, target);
  }
  return dir;
}
