import type { AuthenticityFinding } from './authenticity';
import type { CaseEvent } from './events';
import type { EvidenceRecognition } from './recognition';
import type { Decision, DecisionRecordData, Understanding } from './vocabulary';

/*
 * What of a case survives its erasure. Every event is stored twice: in full, sealed with the case's
 * key, and in this erased form, in clear. Shredding the key (a withdrawal, the retention policy)
 * leaves only the erased form, so compliance still sees what was asked, submitted, recognised and
 * decided (types, codes, verdicts, amounts the bank set), never what the merchant said or showed.
 * Allowlist by construction: each event type keeps named, non-personal fields; free text becomes
 * ERASED_TEXT, read values are dropped, and a new event type does not compile until it is listed.
 */

/** What free text reads as once erased. */
export const ERASED_TEXT = '';

/** Why a case's personal data was erased. */
export type ErasureReason = 'consent_withdrawn' | 'retention';

type Erase<E> = (event: E) => E;
type EventOf<T extends CaseEvent['type']> = Extract<CaseEvent, { type: T }>;

/** The trade (a closed vocabulary, needed to route and report) is kept; the merchant's figures are not. */
function eraseUnderstanding(u: Understanding): Understanding {
  const { facts, model, ...kept } = u;
  return { ...kept, facts: facts.industry ? { industry: facts.industry } : {}, ...(model ? { model: { ...model } } : {}) };
}

function eraseRecognition(r: EvidenceRecognition): EvidenceRecognition {
  return {
    ...r,
    fields: r.fields.map((f) => ({ name: f.name, value: ERASED_TEXT, confidence: f.confidence, box: f.box })),
    validations: r.validations.map((v) => ({ rule: v.rule, fields: v.fields, passed: v.passed, detail: ERASED_TEXT })),
    text: ERASED_TEXT,
  };
}

function eraseFinding(f: AuthenticityFinding): AuthenticityFinding {
  return { ...f, detail: ERASED_TEXT };
}

/** A decision keeps its outcome, limits and reason codes; the figures behind them came from the merchant. */
function eraseDecision(d: Decision): Decision {
  return { ...d, reasons: d.reasons.map((r) => ({ code: r.code, params: {} })) };
}

function eraseRecord(record: DecisionRecordData): DecisionRecordData {
  return { ...record, inputs: null, decision: eraseDecision(record.decision) };
}

const ERASERS: { [T in CaseEvent['type']]: Erase<EventOf<T>> } = {
  CaseOpened: (e) => e,
  MerchantMessageReceived: (e) => ({
    ...e,
    data: { ...e.data, text: ERASED_TEXT, understanding: eraseUnderstanding(e.data.understanding) },
  }),
  AssistantReplied: (e) => ({ ...e, data: { ...e.data, text: ERASED_TEXT } }),
  EvidenceSubmitted: (e) => e,
  EvidenceAssessed: (e) => e,
  EvidenceRecognised: (e) => ({ ...e, data: { ...e.data, recognition: eraseRecognition(e.data.recognition) } }),
  AuthenticityChecked: (e) => ({
    ...e,
    data: { ...e.data, authenticity: { ...e.data.authenticity, findings: e.data.authenticity.findings.map(eraseFinding) } },
  }),
  ConsistencyChecked: (e) => ({ ...e, data: { ...e.data, findings: e.data.findings.map(eraseFinding) } }),
  MerchantReminded: (e) => e,
  HumanRequested: (e) => e,
  DecisionMade: (e) => {
    const { record, ...data } = e.data;
    return { ...e, data: { ...data, decision: eraseDecision(data.decision), ...(record ? { record: eraseRecord(record) } : {}) } };
  },
  ReviewEscalated: (e) => e,
  ReviewCompleted: (e) => ({
    ...e,
    data: { ...e.data, verdict: { ...e.data.verdict, note: ERASED_TEXT }, decision: eraseDecision(e.data.decision) },
  }),
  CaseAbandoned: (e) => e,
  ConsentWithdrawn: (e) => e,
  CaseErased: (e) => e,
  // Who intervened and why is the audit's, not the merchant's: it stays.
  OperatorAction: (e) => e,
  HistoryArchived: (e) => e,
  ActionProposed: (e) => e,
  ProposalClosed: (e) => e,
  ActionConfirmed: (e) => e,
};

/** The erased form of an event: what is kept in clear and all that is left once the case key is shredded. */
export function eraseEvent(event: CaseEvent): CaseEvent {
  return (ERASERS[event.type] as Erase<CaseEvent>)(event);
}
