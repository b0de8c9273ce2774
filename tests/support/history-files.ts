import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { historyFromJSON, historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { temporal } from '@temporalio/proto';

/** Folder of committed workflow histories (tests/replay/histories), from compiled or source files. */
export const HISTORIES_DIR = path.resolve(__dirname, '..', __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '.', 'replay', 'histories');

/** A committed history: its file name and the decoded history. */
export interface HistoryFile {
  name: string;
  mustFail: boolean;
  history: temporal.api.history.v1.IHistory;
}

/** Every committed history; files named *.must-fail.json must NOT replay against the current workflow code. */
export function loadHistories(dir: string = HISTORIES_DIR): HistoryFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, mustFail: name.includes('.must-fail.'), history: historyFromJSON(JSON.parse(readFileSync(path.join(dir, name), 'utf8'))) }));
}

/**
 * Records a finished case's history (when UPLIFT_RECORD_HISTORIES=1), plus an incompatible copy in which
 * the decision activity has another name: what an unpatched change to the workflow's commands looks like.
 */
export async function recordHistoryIfAsked(handle: WorkflowHandle, name: string): Promise<void> {
  if (process.env.UPLIFT_RECORD_HISTORIES !== '1') return;
  const json = JSON.parse(historyToJSON(await handle.fetchHistory())) as { events: Record<string, unknown>[] };
  mkdirSync(HISTORIES_DIR, { recursive: true });
  writeFileSync(path.join(HISTORIES_DIR, `${name}.json`), `${JSON.stringify(json, null, 1)}\n`);
  const renamed = JSON.stringify(json).replace(/"(evaluateLimit|decideLimit)"/g, '"$1BeforeV1"');
  if (renamed === JSON.stringify(json)) throw new Error('history has no decision activity to rename');
  writeFileSync(path.join(HISTORIES_DIR, `${name}.must-fail.json`), `${JSON.stringify(JSON.parse(renamed), null, 1)}\n`);
}
