import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseImage } from '@uplift/authenticity';
import { REPO_ROOT } from '../heldout-set';
import { quantile } from '../roc';
import { ownTrainingItems, projectTrainingItems } from '../training-set';

// Training tool: CPU time of analyseImage per image and per stage, on training images only (the own
// generator and the project generator's training seeds; never the independent set). Images are cached
// under .tools/auth-train/images/ so that repeated runs time the analysis, not the generators.
// Usage: node bench/authenticity/dist/train/time-analysis.js [ownSets=8] [projectSets=4]

async function main(): Promise<void> {
  const [ownN = '8', projectN = '4'] = process.argv.slice(2);
  const dir = join(REPO_ROOT, '.tools', 'auth-train', 'images');
  mkdirSync(dir, { recursive: true });
  const items = [...ownTrainingItems(Number(ownN)), ...projectTrainingItems(Number(projectN))];
  const wall: number[] = [];
  const cpu: number[] = [];
  const stages = new Map<string, number[]>();
  for (const item of items) {
    const file = join(dir, `${item.id.replace(/:/g, '_')}.bin`);
    if (!existsSync(file)) writeFileSync(file, await item.bytes());
    const bytes = readFileSync(file);
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const a = await analyseImage(bytes);
    wall.push(Number(process.hrtime.bigint() - t0) / 1e9);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1e6);
    for (const [k, v] of Object.entries(a.timingsMs)) stages.set(k, [...(stages.get(k) ?? []), v]);
  }
  const fmt = (xs: number[]): string =>
    `p50 ${quantile(xs, 0.5).toFixed(3)} p95 ${quantile(xs, 0.95).toFixed(3)} max ${Math.max(...xs).toFixed(3)}`;
  console.log(`${items.length} images; wall s ${fmt(wall)}; cpu s ${fmt(cpu)}`);
  for (const [k, v] of stages) console.log(`  ${k.padEnd(14)} ms ${fmt(v)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
