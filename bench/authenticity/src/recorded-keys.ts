import { existsSync, readFileSync } from 'node:fs';

/** The `key` of every row already written to a JSONL of per-image results, so a resumed run skips them. */
export function recordedKeys(jsonl: string, key: 'file' | 'id'): Set<string> {
  if (!existsSync(jsonl)) return new Set();
  return new Set(
    readFileSync(jsonl, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as Record<string, string>)[key] ?? ''),
  );
}
