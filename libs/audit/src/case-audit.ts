import { isDeepStrictEqual } from 'node:util';
import type { Client } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { foldCase, initialCaseState, workflowIdForCase, type StoredCaseEvent } from '@uplift/domain';
import { CaseArchives, CaseQueries, EventStore, type ArchivedHistory, type DataSource, type MasterKeyRing } from '@uplift/persistence';
import { decisionOf, reevaluateDecision } from './decision-replay';
import { exportCaseHistory } from './history-export';
import { replayHistory } from './history-replay';

/** The checks of a case audit, in the order they run. */
export type AuditStep = 'chain' | 'archive' | 'replay' | 'read_model' | 'decision';

/** One check's verdict: `skipped` when there is nothing to check (no decision yet, an erased archive). */
export interface AuditVerdict {
  step: AuditStep;
  status: 'pass' | 'fail' | 'skipped';
  detail: string;
}

/** Everything an audit needs: the store, the master keys, and Temporal for a history not archived yet. */
export interface AuditDependencies {
  dataSource: DataSource;
  keys: MasterKeyRing;
  dataConverter: DataConverter;
  client?: Client;
}

/** The result of auditing a case: the verdicts, and what they were computed from. */
export interface CaseAudit {
  caseId: string;
  ok: boolean;
  verdicts: AuditVerdict[];
  events: StoredCaseEvent[];
  archives: ArchivedHistory[];
  /** Where the replayed history came from. */
  historySource: 'archive' | 'temporal' | 'none';
}

/**
 * Audits a case: verifies its hash chain, opens its archived history and checks it against the
 * chain's anchor, replays it against the current workflow code (the live Temporal history when none
 * is archived yet), folds the events again and compares with the read model, and re-runs the recorded
 * decision. Each step gives a verdict; the audit passes when none fails.
 */
export async function auditCase(deps: AuditDependencies, caseId: string): Promise<CaseAudit> {
  const store = new EventStore(deps.dataSource, deps.keys);
  const archives = new CaseArchives(deps.dataSource, store, deps.keys);
  const events = await store.readStream(caseId);
  const verdicts: AuditVerdict[] = [];

  const chain = await store.verifyChain(caseId);
  verdicts.push(
    chain.ok
      ? pass('chain', `${chain.checked} events, every link verifies`)
      : fail('chain', `the chain breaks at event ${chain.brokenAtSeq} of ${events.length}`),
  );

  const { verdict: archiveVerdict, history, source } = await historyToReplay(deps, archives, events, caseId);
  verdicts.push(archiveVerdict);
  if (history) {
    const replay = await replayHistory(history, deps.dataConverter, workflowIdForCase(caseId));
    verdicts.push(
      replay.ok
        ? pass(
            'replay',
            `the ${source === 'archive' ? 'archived' : 'live'} history replays against the current workflow code (${replay.durationMs} ms)`,
          )
        : fail('replay', replay.problem ?? replay.kind),
    );
  } else {
    verdicts.push({ step: 'replay', status: archiveVerdict.status === 'fail' ? 'fail' : 'skipped', detail: 'no history to replay' });
  }

  verdicts.push(await readModelVerdict(deps, caseId, events));
  verdicts.push(decisionVerdict(caseId, events));
  return {
    caseId,
    ok: verdicts.every((v) => v.status !== 'fail'),
    verdicts,
    events,
    archives: await archives.list(caseId),
    historySource: source,
  };
}

async function historyToReplay(deps: AuditDependencies, archives: CaseArchives, events: StoredCaseEvent[], caseId: string) {
  const anchors = new Set(events.flatMap((e) => (e.event.type === 'HistoryArchived' ? [e.event.data.sha256] : [])));
  const opened = await archives.open(caseId);
  switch (opened.status) {
    case 'opened':
      if (!anchors.has(opened.archive.sha256)) {
        return {
          verdict: fail(
            'archive',
            `archive ${opened.archive.sha256.slice(0, 12)}… is not anchored by any HistoryArchived event of the chain`,
          ),
          history: null,
          source: 'archive' as const,
        };
      }
      return {
        verdict: pass(
          'archive',
          `run ${opened.archive.runId}: ${opened.archive.historyEvents} history events, SHA-256 matches its anchor in the chain${opened.archive.final ? '' : ' (taken while the case was open)'}`,
        ),
        history: opened.history,
        source: 'archive' as const,
      };
    case 'unreadable':
      return {
        verdict: fail('archive', `archive ${opened.archive.sha256.slice(0, 12)}… does not open: ${opened.problem}`),
        history: null,
        source: 'archive' as const,
      };
    case 'erased':
      return {
        verdict: skipped('archive', 'the case was erased: its archived history is unreadable by design'),
        history: null,
        source: 'none' as const,
      };
    case 'none': {
      if (anchors.size > 0)
        return {
          verdict: fail('archive', `the chain anchors ${anchors.size} archived history(ies) but none is stored`),
          history: null,
          source: 'none' as const,
        };
      const live = deps.client ? await exportCaseHistory(deps.client, caseId) : null;
      if (!live)
        return {
          verdict: skipped('archive', 'no archived history, and Temporal no longer holds the run'),
          history: null,
          source: 'none' as const,
        };
      return {
        verdict: skipped('archive', `not archived yet: replaying Temporal's live history (run ${live.runId})`),
        history: live.history,
        source: 'temporal' as const,
      };
    }
  }
}

async function readModelVerdict(deps: AuditDependencies, caseId: string, events: StoredCaseEvent[]): Promise<AuditVerdict> {
  const record = await new CaseQueries(deps.dataSource, deps.keys).get(caseId);
  if (!record)
    return events.length === 0 ? skipped('read_model', 'no such case') : fail('read_model', 'the case has events but no read-model row');
  const folded = foldCase(
    initialCaseState(caseId),
    events.map((e) => e.event),
  );
  return isDeepStrictEqual(record.state, folded)
    ? pass('read_model', `the read model equals the fold of ${events.length} events (version ${record.version})`)
    : fail('read_model', `the read model (version ${record.version}) differs from the fold of the events (version ${folded.version})`);
}

function decisionVerdict(caseId: string, events: StoredCaseEvent[]): AuditVerdict {
  const { decided } = decisionOf(
    caseId,
    events.map((e) => e.event),
  );
  if (!decided) return skipped('decision', 'no decision recorded');
  if (events.some((e) => e.erased)) return skipped('decision', "the case was erased: the decision's inputs are no longer readable");
  const report = reevaluateDecision(decided);
  return report.match
    ? pass('decision', `policy ${report.policyVersion} reproduces the recorded decision (${report.note})`)
    : fail(
        'decision',
        `policy ${report.policyVersion} does not reproduce the recorded decision: ${report.differences.join(', ') || report.note}`,
      );
}

const pass = (step: AuditStep, detail: string): AuditVerdict => ({ step, status: 'pass', detail });
const fail = (step: AuditStep, detail: string): AuditVerdict => ({ step, status: 'fail', detail });
const skipped = (step: AuditStep, detail: string): AuditVerdict => ({ step, status: 'skipped', detail });
