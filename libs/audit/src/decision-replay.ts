import { decisionDifferences, decisionInputs, findPolicy, hashDecisionInputs, verifyRecord, type DecisionRecord } from '@uplift/decision';
import { foldCase, initialCaseState, type CaseEvent, type CaseState, type Decision } from '@uplift/domain';
import { EventStore, type DataSource, type MasterKeyRing } from '@uplift/persistence';

// A case's recorded decision re-run on the policy version that made it (`decision reevaluate`, and the
// decision step of `case replay`).

/** A case's decision as the event log holds it, with the state it was made on. */
export interface StoredDecision {
  caseId: string;
  state: CaseState;
  recorded: Decision;
  /** Present when the DecisionMade event carries the full record (see ADR 0013). */
  record: DecisionRecord | null;
}

function isRecord(value: unknown): value is DecisionRecord {
  const v = value as Partial<DecisionRecord> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.policyVersion === 'string' &&
    typeof v.inputsHash === 'string' &&
    typeof v.inputs === 'object'
  );
}

/** Folds a case's events up to its last decision; null when the case has none. Also the final state. */
export async function loadDecision(
  ds: DataSource,
  keys: MasterKeyRing,
  caseId: string,
): Promise<{ decided: StoredDecision | null; finalState: CaseState }> {
  return decisionOf(
    caseId,
    (await new EventStore(ds, keys).readStream(caseId)).map((s) => s.event),
  );
}

/** The same, from events already read. */
export function decisionOf(caseId: string, events: readonly CaseEvent[]): { decided: StoredDecision | null; finalState: CaseState } {
  const finalState = foldCase(initialCaseState(caseId), events);
  const at = events.map((e) => e.type).lastIndexOf('DecisionMade');
  const made = events[at];
  if (!made || made.type !== 'DecisionMade') return { decided: null, finalState };
  const data = made.data as { decision: Decision; record?: unknown };
  const state = foldCase(initialCaseState(caseId), events.slice(0, at));
  return { decided: { caseId, state, recorded: data.decision, record: isRecord(data.record) ? data.record : null }, finalState };
}

/** Result of re-evaluating one case. */
export interface ReevaluationReport {
  caseId: string;
  policyVersion: string;
  match: boolean;
  differences: string[];
  /** Whether the stored inputs hash verifies (null when the event has no record). */
  hashMatches: boolean | null;
  recorded: Decision;
  reproduced: Decision | null;
  note: string;
}

/** Re-evaluates a case's recorded decision with the policy version that made it. */
export async function reevaluateCase(ds: DataSource, keys: MasterKeyRing, caseId: string): Promise<ReevaluationReport> {
  const { decided } = await loadDecision(ds, keys, caseId);
  if (!decided) throw new Error(`case ${caseId} has no DecisionMade event`);
  return reevaluateDecision(decided);
}

/** Re-evaluates a decision already loaded (decisionOf). */
export function reevaluateDecision(decided: StoredDecision): ReevaluationReport {
  const caseId = decided.caseId;
  const version = decided.recorded.policyVersion;
  if (decided.record) {
    const check = verifyRecord(decided.record);
    // The record's inputs must also be what the event log says the case held.
    const rebuilt = hashDecisionInputs(decisionInputs(decided.state));
    const inputsMatchLog = rebuilt === decided.record.inputsHash;
    const differences = [...check.differences, ...decisionDifferences(decided.recorded, decided.record.decision).map((d) => `event.${d}`)];
    return {
      caseId,
      policyVersion: version,
      match: check.match && differences.length === 0 && check.hashMatches && inputsMatchLog,
      differences,
      hashMatches: check.hashMatches,
      recorded: decided.recorded,
      reproduced: check.reproduced,
      note: inputsMatchLog ? 'from the stored decision record' : 'stored record inputs differ from the event log',
    };
  }
  const made = findPolicy(version);
  if (!made) {
    return {
      caseId,
      policyVersion: version,
      match: false,
      differences: ['policyVersion'],
      hashMatches: null,
      recorded: decided.recorded,
      reproduced: null,
      note: `policy ${version} is not registered`,
    };
  }
  const reproduced = made.evaluate(decisionInputs(decided.state));
  const differences = decisionDifferences(decided.recorded, reproduced);
  return {
    caseId,
    policyVersion: version,
    match: differences.length === 0,
    differences,
    hashMatches: null,
    recorded: decided.recorded,
    reproduced,
    note: 'inputs rebuilt from the event log',
  };
}
