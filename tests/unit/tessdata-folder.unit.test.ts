import assert from 'node:assert/strict';
import { mkdirSync, readlinkSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { prepareTessdata } from '@uplift/vision';

test('recognisers created at once share one tessdata folder; a stale link left under this pid is corrected', async () => {
  // What a dead process with the same pid may have left: a link to a file that is not the package's.
  const dir = join(tmpdir(), `uplift-tessdata-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    symlinkSync('/nonexistent/eng.traineddata.gz', join(dir, 'eng.traineddata.gz'));
  } catch {
    // already there from an earlier run of this test under the same pid
  }
  const folders = await Promise.all([prepareTessdata(), prepareTessdata(), prepareTessdata()]);
  assert.deepEqual(new Set(folders), new Set([dir]));
  for (const lang of ['chi_sim', 'eng']) {
    const link = readlinkSync(join(dir, `${lang}.traineddata.gz`));
    assert.match(link, new RegExp(`@tesseract\\.js-data/${lang}/4\\.0\\.0_best_int/${lang}\\.traineddata\\.gz$`));
  }
});
