import { isDeepStrictEqual } from 'node:util';
import type { Client } from '@temporalio/client';
import { auditCase } from '@uplift/audit';
import { foldCase, initialCaseState, workflowIdForCase } from '@uplift/domain';
import { engineDataConverter } from '@uplift/temporal';
import { CaseQueries, EventStore, type DataSource } from '@uplift/persistence';

/** What a client was told succeeded, per case: the ids it must find in the case's stream. */
export interface Acknowledged {
  messages: Set<string>;
  uploads: Set<string>;
}

/** The verdict on one case after the run. */
export interface CaseVerdict {
  caseId: string;
  workflowStatus: string;
  events: number;
  problems: string[];
  /** The audit's replay verdict: the case's history replayed against the current workflow code. */
  replay: 'pass' | 'fail' | 'skipped';
}

/**
 * Checks one case against what the engine promises: its workflow is running or completed (never
 * failed), its stream is contiguous with each event once and its hash chain intact, every
 * acknowledged message and upload is in it exactly once, the read model equals a rebuild, and the
 * compliance audit passes (its history replays against the current code; its decision reproduces).
 */
export async function checkCase(
  ds: DataSource,
  masterKey: Buffer,
  temporal: Client,
  caseId: string,
  acknowledged: Acknowledged,
): Promise<CaseVerdict> {
  const problems: string[] = [];
  const description = await temporal.workflow.getHandle(workflowIdForCase(caseId)).describe();
  const workflowStatus = description.status.name;
  if (workflowStatus !== 'RUNNING' && workflowStatus !== 'COMPLETED') problems.push(`workflow ${workflowStatus}`);
  const failingTask = description.raw.pendingWorkflowTask?.attempt ?? 0;
  if (failingTask > 1) problems.push(`workflow task failing (attempt ${failingTask})`);

  const store = new EventStore(ds, masterKey);
  const events = await store.readStream(caseId);
  if (events.some((e, i) => e.seq !== i + 1)) problems.push('sequence has a gap');
  if (new Set(events.map((e) => e.eventId)).size !== events.length) problems.push('an event id appears twice');
  const chain = await store.verifyChain(caseId);
  if (!chain.ok) problems.push(`hash chain broken at ${chain.brokenAtSeq}`);

  const count = (ids: string[]) => ids.reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<string, number>());
  const messages = count(events.flatMap((e) => (e.event.type === 'MerchantMessageReceived' ? [e.event.data.messageId] : [])));
  const uploads = count(events.flatMap((e) => (e.event.type === 'EvidenceSubmitted' ? [e.event.data.evidenceId] : [])));
  for (const id of acknowledged.messages) if (messages.get(id) !== 1) problems.push(`message ${id} stored ${messages.get(id) ?? 0} times`);
  for (const id of acknowledged.uploads) if (uploads.get(id) !== 1) problems.push(`upload ${id} stored ${uploads.get(id) ?? 0} times`);
  for (const [id, n] of [...messages, ...uploads]) if (n > 1) problems.push(`${id} stored ${n} times`);

  const record = await new CaseQueries(ds, masterKey).get(caseId);
  const rebuilt: unknown = JSON.parse(
    JSON.stringify(
      foldCase(
        initialCaseState(caseId),
        events.map((e) => e.event),
      ),
    ),
  );
  if (events.length > 0 && !isDeepStrictEqual(record?.state, rebuilt)) problems.push('read model differs from a rebuild');

  const keys = { current: masterKey, previous: [] };
  const audit = await auditCase({ dataSource: ds, keys, dataConverter: engineDataConverter(keys), client: temporal }, caseId);
  for (const verdict of audit.verdicts) if (verdict.status === 'fail') problems.push(`audit ${verdict.step}: ${verdict.detail}`);
  const replay = audit.verdicts.find((v) => v.step === 'replay')?.status ?? 'skipped';
  return { caseId, workflowStatus, events: events.length, problems, replay };
}
