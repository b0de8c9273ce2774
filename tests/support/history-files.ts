import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { historyFromJSON, historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { temporal } from '@temporalio/proto';

/** Folder of committed workflow histories (tests/replay/histories), from compiled or source files. */
export const HISTORIES_DIR = path.resolve(
  __dirname,
  '..',
  __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '.',
  'replay',
  'histories',
);

/** A committed history: its file name and its JSON text. */
export interface HistoryFile {
  name: string;
  json: string;
}

/** Every committed history. */
export function loadHistories(dir: string = HISTORIES_DIR): HistoryFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, json: readFileSync(path.join(dir, name), 'utf8') }));
}

/** The decoded history of a file. */
export function decodeHistory(json: string): temporal.api.history.v1.IHistory {
  return historyFromJSON(JSON.parse(json));
}

// Activity types whose renaming turns a history into one the current code cannot replay: what an
// unpatched change to the workflow's commands looks like.
const DECISION_ACTIVITIES = /"(evaluateLimit|decideLimit|decideCase)"/g;

/** The same history with the decision activity renamed, derived in memory; it must not replay. */
export function incompatibleVariant(json: string): string {
  const renamed = json.replace(DECISION_ACTIVITIES, '"$1Renamed"');
  if (renamed === json) throw new Error('the history has no decision activity to rename');
  return renamed;
}

/** Records a finished case's history (when UPLIFT_RECORD_HISTORIES=1) into tests/replay/histories. */
export async function recordHistoryIfAsked(handle: WorkflowHandle, name: string): Promise<void> {
  if (process.env.UPLIFT_RECORD_HISTORIES !== '1') return;
  const json = JSON.parse(historyToJSON(await handle.fetchHistory())) as { events: Record<string, unknown>[] };
  mkdirSync(HISTORIES_DIR, { recursive: true });
  writeFileSync(path.join(HISTORIES_DIR, `${name}.json`), `${JSON.stringify(json, null, 1)}\n`);
}
