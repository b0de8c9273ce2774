import {
  formatEvidenceKind,
  industry as industryEntry,
  type AssistantAction,
  type CaseState,
  type EvidenceKind,
  type FactName,
  type IndustryId,
  type Intent,
} from '@uplift/domain';

/** Version of the next-action policy; recorded with every reply. */
export const DIALOGUE_POLICY_VERSION = 'policy-0.1.0';

/** The fact that drives revenue in each trade (trucks, seats, staff...), asked once revenue is known. */
const DRIVER_FACT: Record<IndustryId, FactName> = {
  catering: 'seats',
  retail: 'employees',
  logistics: 'vehicles',
  construction: 'employees',
  manufacturing: 'employees',
  wholesale: 'paymentCycleDays',
  agriculture: 'yearsInBusiness',
  personal_services: 'employees',
};

function sameAction(a: AssistantAction | undefined, b: AssistantAction): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/** Times the assistant already took this exact action. */
function timesTaken(state: CaseState, action: AssistantAction): number {
  return state.actions.filter((a) => sameAction(a, action)).length;
}

function submitted(state: CaseState, kind: EvidenceKind): boolean {
  const wanted = formatEvidenceKind(kind);
  return state.evidenceOrder.some((id) => {
    const item = state.evidence[id];
    return item !== undefined && formatEvidenceKind(item.declared) === wanted && item.assessment?.verdict !== 'unreadable';
  });
}

/** Evidence the merchant has not given yet, most informative first for their trade. */
export function outstandingEvidence(state: CaseState): EvidenceKind[] {
  if (!state.industry) return [];
  return industryEntry(state.industry).evidence.filter((kind) => !submitted(state, kind));
}

function readableCount(state: CaseState): number {
  return state.evidenceOrder.filter((id) => state.evidence[id]?.assessment?.verdict === 'readable').length;
}

/**
 * Candidate next steps in order of value for this merchant now. Each is skipped once it has been
 * tried twice without an answer, so a merchant who declines a question is not asked forever.
 */
function candidates(state: CaseState): AssistantAction[] {
  const list: AssistantAction[] = [];
  const facts = state.facts;
  if (!state.industry) list.push({ kind: 'ask_fact', fact: 'industry' });
  if (facts.monthlyRevenue === undefined) list.push({ kind: 'ask_fact', fact: 'monthlyRevenue' });
  const outstanding = outstandingEvidence(state);
  const first = outstanding[0];
  if (first) list.push({ kind: 'request_evidence', evidence: first });
  if (state.industry) {
    const driver = DRIVER_FACT[state.industry];
    if (facts[driver] === undefined) list.push({ kind: 'ask_fact', fact: driver });
  }
  for (const kind of outstanding.slice(1)) list.push({ kind: 'request_evidence', evidence: kind });
  if (facts.paymentCycleDays === undefined) list.push({ kind: 'ask_fact', fact: 'paymentCycleDays' });
  return list;
}

/** Picks the assistant's next step. Deterministic: same state and intent, same choice. */
export function nextAction(state: CaseState, intent: Intent | null): AssistantAction {
  if (intent === 'ask_human') return { kind: 'handoff_human' };
  const options = candidates(state).filter((a) => timesTaken(state, a) < 2);
  if (intent === 'ask_what_to_upload') {
    const evidence = options.find((a) => a.kind === 'request_evidence');
    if (evidence) return evidence;
  }
  const enough = state.facts.monthlyRevenue !== undefined && readableCount(state) >= 2;
  const previous = state.actions.at(-1);
  if (enough && previous?.kind !== 'invite_done' && (options.length === 0 || readableCount(state) >= 3)) {
    return { kind: 'invite_done' };
  }
  const choice = options.find((a) => !sameAction(previous, a)) ?? options[0];
  return choice ?? { kind: 'invite_done' };
}
