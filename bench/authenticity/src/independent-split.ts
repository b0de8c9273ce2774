import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseImage } from '@uplift/authenticity';
import { recordOf, splitReport, type ImageRecord } from './evaluate';
import { kindOf, typeOf, type HeldoutRow, type HeldoutSet } from './heldout-set';

// The independent forensics set, analysed image by image. Only aggregate figures are printed and no
// detector is trained or tuned on either half of it (docs/adr/0019).

/** Analyses every row that `keep` accepts; `progress` is called every 25 images. */
export async function analyseRows(
  set: HeldoutSet,
  keep: (row: HeldoutRow) => boolean,
  progress: (done: number, total: number) => void = () => undefined,
): Promise<Array<ImageRecord & { split: HeldoutRow['split_hint'] }>> {
  const byFile = new Map(set.rows.map((r) => [r.file, r]));
  const rows = set.rows.filter(keep);
  const out: Array<ImageRecord & { split: HeldoutRow['split_hint'] }> = [];
  for (const row of rows) {
    const bytes = readFileSync(join(set.dir, row.file));
    const c = process.cpuUsage();
    const t = process.hrtime.bigint();
    const a = await analyseImage(bytes, { uploadedAt: new Date().toISOString() });
    const seconds = Number(process.hrtime.bigint() - t) / 1e9;
    const used = process.cpuUsage(c);
    const params = row.params;
    out.push({
      ...recordOf(
        {
          id: row.file,
          label: row.label,
          type: typeOf(row, byFile),
          kind: kindOf(row),
          saveMode: typeof params['save_mode'] === 'string' ? params['save_mode'] : null,
          strength: typeof params['structure_strength'] === 'string' ? params['structure_strength'] : null,
          original: row.original,
          origin: row.group.startsWith('photo-') ? row.group : row.file,
          seconds,
          cpuSeconds: (used.user + used.system) / 1e6,
        },
        a,
      ),
      split: row.split_hint,
    });
    if (out.length % 25 === 0) progress(out.length, rows.length);
  }
  return out;
}

/** Pairs of distinct genuine documents rendered from one template (must not count as reuse). */
export function similarPairs(set: HeldoutSet): Array<[string, string]> {
  const groups = new Map<string, string[]>();
  for (const r of set.rows)
    if (r.label === 'genuine' && r.group.startsWith('simpair-')) groups.set(r.group, [...(groups.get(r.group) ?? []), r.file]);
  return [...groups.values()].filter((g) => g.length === 2).map((g) => [g[0] as string, g[1] as string]);
}

/** Figures of both halves of the independent set. */
export function independentReport(
  set: HeldoutSet,
  records: ReadonlyArray<ImageRecord & { split: HeldoutRow['split_hint'] }>,
): Record<string, unknown> {
  const pairs = similarPairs(set);
  return {
    seed: set.seed,
    dir: set.dir,
    calibration: splitReport(
      records.filter((r) => r.split === 'calibration'),
      pairs,
    ),
    heldout: splitReport(
      records.filter((r) => r.split === 'heldout'),
      pairs,
    ),
  };
}
