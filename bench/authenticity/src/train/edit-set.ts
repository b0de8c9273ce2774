import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Rng } from '@uplift/evidence-synth';
import { itemSet, TRAINING_SEED0 } from '../dataset';
import { REPO_ROOT } from '../heldout-set';
import { EDIT_METHODS, SAVE_MODES, editPhoto, honestCopy } from './own-edits';
import { ownSet } from './own-set';

// Training tool: the edit calibration set — genuine training photos (own generator and project
// generator training seeds), an honest copy of each, and two edits of each by the own edit simulator
// (own-edits.ts), method and save mode drawn independently. Files and a manifest under
// .tools/auth-train/edits/. Never reads the independent set.
// Usage: node bench/authenticity/dist/train/edit-set.js [ownPhotos=30] [projectPhotos=15]

/** One manifest row of the edit calibration set. */
export interface EditSetRow {
  file: string;
  label: 'genuine' | 'edit';
  group: string;
  kind: string;
  saveMode: string | null;
}

export const EDIT_SET_DIR = join(REPO_ROOT, '.tools', 'auth-train', 'edits');

/** Reads the manifest of the edit calibration set. */
export function loadEditSet(): EditSetRow[] {
  return readFileSync(join(EDIT_SET_DIR, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as EditSetRow);
}

async function main(): Promise<void> {
  const [ownN = '30', projectN = '15'] = process.argv.slice(2);
  mkdirSync(EDIT_SET_DIR, { recursive: true });
  const photos: Array<{ group: string; bytes: () => Promise<Buffer> }> = [];
  for (let i = 0; i < Number(ownN); i += 1) photos.push({ group: `own:${i}`, bytes: async () => (await ownSet(i)).photo });
  for (let i = 0; i < Number(projectN); i += 1)
    photos.push({ group: `project:${i}`, bytes: async () => (await itemSet(TRAINING_SEED0, i, null)).g.jpeg });
  const rows: EditSetRow[] = [];
  let previous: Buffer | null = null;
  let n = 0;
  for (const p of photos) {
    const base = p.group.replace(':', '_');
    const cached = join(EDIT_SET_DIR, `${base}_genuine.jpg`);
    const photo = existsSync(cached) ? readFileSync(cached) : await p.bytes();
    writeFileSync(cached, photo);
    const r = new Rng(77_000 + n);
    rows.push({ file: `${base}_genuine.jpg`, label: 'genuine', group: p.group, kind: 'photo', saveMode: null });
    writeFileSync(join(EDIT_SET_DIR, `${base}_copy.bin`), await honestCopy(photo, r));
    rows.push({ file: `${base}_copy.bin`, label: 'genuine', group: p.group, kind: 'honest_copy', saveMode: null });
    for (let e = 0; e < 2; e += 1) {
      const method = EDIT_METHODS[r.int(0, EDIT_METHODS.length - 1)] ?? 'retype';
      const mode = SAVE_MODES[r.int(0, SAVE_MODES.length - 1)] ?? 'png';
      const edited = await editPhoto(photo, previous ?? photo, method, mode, r);
      const file = `${base}_edit${e}.bin`;
      writeFileSync(join(EDIT_SET_DIR, file), edited.bytes);
      rows.push({ file, label: 'edit', group: p.group, kind: method, saveMode: mode });
    }
    previous = photo;
    n += 1;
    writeFileSync(join(EDIT_SET_DIR, 'manifest.jsonl'), rows.map((x) => JSON.stringify(x)).join('\n') + '\n');
    if (n % 5 === 0) console.log(`${n}/${photos.length}`);
  }
}

if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
