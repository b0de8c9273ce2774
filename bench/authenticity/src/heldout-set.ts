import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The independent forensics set (bench/authenticity/heldout/, a Python generator written without
// reading the detectors). Cached under .tools/heldout-forensics/<seed>/; generated when missing.

/** One manifest line of the independent set (see bench/authenticity/heldout/README.md). */
export interface HeldoutRow {
  file: string;
  label: 'genuine' | 'recapture' | 'edit' | 'near_duplicate';
  source: string;
  group: string;
  voucher_type: string | null;
  method: string;
  params: Record<string, unknown>;
  original: string | null;
  edit_region: [number, number, number, number] | null;
  split_hint: 'calibration' | 'heldout';
}

/** A loaded set: its directory and manifest rows. */
export interface HeldoutSet {
  dir: string;
  seed: number;
  rows: HeldoutRow[];
}

export const REPO_ROOT = join(__dirname, '..', '..', '..');
const GENERATOR = join(REPO_ROOT, 'bench', 'authenticity', 'heldout');
const VENV_PYTHON = join(REPO_ROOT, '.tools', 'heldout-venv', 'bin', 'python');

/** Where the set of `seed` is cached. */
export const heldoutDir = (seed: number, base = join(REPO_ROOT, '.tools', 'heldout-forensics')): string => join(base, String(seed));

function complete(dir: string): boolean {
  if (!existsSync(join(dir, 'manifest.jsonl')) || !existsSync(join(dir, 'summary.json'))) return false;
  const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { scale?: string; images?: number };
  return summary.scale === 'full' && (summary.images ?? 0) > 0;
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: REPO_ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${String(r.status ?? r.signal)}`);
}

/** The full-scale set of `seed`: reused from the cache, else generated (setup.sh + generate.py, ~25 min on 2 cores). */
export function ensureHeldoutSet(seed: number, dir = heldoutDir(seed)): HeldoutSet {
  if (!complete(dir)) {
    console.log(`[bench:authenticity] independent set for seed ${seed} not found at ${dir}: generating it (about 25 minutes)`);
    run('bash', [join(GENERATOR, 'setup.sh')]);
    run(VENV_PYTHON, [join(GENERATOR, 'generate.py'), '--seed', String(seed), '--out', dir, '--scale', 'full', '--workers', '2']);
    if (!complete(dir)) throw new Error(`the generator did not leave a complete set at ${dir}`);
  }
  return loadHeldoutSet(dir, seed);
}

/** Reads a set's manifest. */
export function loadHeldoutSet(dir: string, seed: number): HeldoutSet {
  const rows = readFileSync(join(dir, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as HeldoutRow);
  return { dir, seed, rows };
}

/** The voucher type a row stands for: its own, else its original's (edits and copies carry none). */
export function typeOf(row: HeldoutRow, byFile: ReadonlyMap<string, HeldoutRow>): string {
  const own = row.voucher_type ?? (row.original ? byFile.get(row.original)?.voucher_type : null);
  return own ?? 'photo';
}

/** The save mode of an edit, the panel of a recapture, the operation of a copy: the stratum a row reports under. */
export function kindOf(row: HeldoutRow): string {
  switch (row.label) {
    case 'edit':
      return `${row.method.replace('edit/', '')}`;
    case 'recapture':
      return row.method.replace('screen_recapture/', '');
    case 'near_duplicate':
      return row.method.replace('near_duplicate/', '');
    case 'genuine':
      return row.method;
  }
}
