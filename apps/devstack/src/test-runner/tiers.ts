import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A group of test files run together by one `node --test` process. */
export interface TestTier {
  name: string;
  /** Folder under the repository root holding the compiled tests. */
  dir: string;
  /** File name ending that marks a test of this tier. */
  suffix: string;
  /** Wall-clock budget; the whole run must fit well inside CI's 90 minutes. */
  timeoutMs: number;
}

const MINUTE = 60_000;

/** The tiers in the order they run: fast and isolated first, whole-system last. */
export const TEST_TIERS: readonly TestTier[] = [
  { name: 'unit', dir: 'tests/dist/unit', suffix: '.unit.test.js', timeoutMs: 10 * MINUTE },
  { name: 'integration', dir: 'tests/dist/integration', suffix: '.int.test.js', timeoutMs: 25 * MINUTE },
  { name: 'replay', dir: 'tests/dist/replay', suffix: '.test.js', timeoutMs: 10 * MINUTE },
  { name: 'e2e', dir: 'tests/dist/e2e', suffix: '.e2e.test.js', timeoutMs: 25 * MINUTE },
];

/** The tier's test files, relative to `root`, sorted so runs are repeatable. */
export function listTierFiles(root: string, tier: TestTier): string[] {
  const dir = join(root, tier.dir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(tier.suffix))
    .map((file) => relative(root, join(dir, file)))
    .sort();
}
