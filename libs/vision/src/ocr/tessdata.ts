import { mkdir, readlink, symlink, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

let prepared: Promise<string> | undefined;

/**
 * tesseract.js wants one folder with every `<lang>.traineddata.gz`; the npm packages ship one per language.
 * Prepared once per process: recognisers created at the same time (several workers in one process) share it,
 * and a folder left by an earlier process with the same pid is corrected rather than refused.
 */
export function prepareTessdata(): Promise<string> {
  prepared ??= linkTessdata().catch((error: unknown) => {
    prepared = undefined;
    throw error;
  });
  return prepared;
}

async function linkTessdata(): Promise<string> {
  const dir = join(tmpdir(), `uplift-tessdata-${process.pid}`);
  await mkdir(dir, { recursive: true });
  for (const lang of ['chi_sim', 'eng']) {
    const source = join(dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)), '4.0.0_best_int', `${lang}.traineddata.gz`);
    await linkTo(source, join(dir, `${lang}.traineddata.gz`));
  }
  return dir;
}

/** `target` as a symlink to `source`, whatever was there. */
async function linkTo(source: string, target: string): Promise<void> {
  try {
    await symlink(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const current = await readlink(target).catch(() => null);
    if (current === source) return;
    await unlink(target);
    await symlink(source, target);
  }
}
