import type { CaseState, EvidenceItem, EvidenceKind, IndustryId, MerchantFacts } from '@uplift/domain';

// The exact, canonical inputs of a limit decision: a projection of the case state that keeps only what
// a policy reads. It is stored in the decision record and hashed, so a past decision re-runs from it.

/** Schema of DecisionInputs; bump when the projection changes (policies read every schema they accept). */
export const DECISION_INPUTS_SCHEMA = 1;

/** Authenticity verdict of one upload, as the authenticity checks will add it to CaseState. */
export interface AuthenticityInput {
  verdict: 'pass' | 'suspect' | 'fail';
  /** Finding codes, sorted; a code marked critical refers the case to a human. */
  findings: { code: string; critical: boolean }[];
}

/** What recognition read, reduced to what policies use. */
export interface RecognitionInput {
  documentType: string | null;
  photoClass: { class: string; matchesDeclared: boolean } | null;
  fields: { name: string; value: string; confidence: number }[];
  validations: { rule: string; passed: boolean }[];
  objects: { label: string; assetClass: string | null; count: number; confidence: number }[];
  /** Statement text, kept for bank statements only: their transaction rows are read from it. */
  text: string | null;
}

/** One upload as a policy sees it. */
export interface EvidenceInput {
  evidenceId: string;
  declared: EvidenceKind;
  /** Legibility verdict; null while not yet assessed. */
  readable: boolean | null;
  recognition: RecognitionInput | null;
  authenticity: AuthenticityInput | null;
}

/** Everything a limit policy reads. Plain JSON; hashed canonically into the decision record. */
export interface DecisionInputs {
  schema: typeof DECISION_INPUTS_SCHEMA;
  caseId: string;
  /** Day the decision is made as of (YYYY-MM-DD, from the case's last event); null when unknown. */
  asOf: string | null;
  industry: IndustryId | null;
  currentLimit: number;
  requestedLimit: number;
  facts: MerchantFacts;
  evidence: EvidenceInput[];
  /** Uploads excluded by an outside verdict (evidence id → reason code), e.g. an authenticity review. */
  excludedEvidence: Record<string, string>;
}

/** Options of a decision besides the case state. */
export interface DecisionOptions {
  /** Evidence to leave out, with a reason code (merged with the authenticity verdicts in state). */
  excludedEvidence?: Readonly<Record<string, string>>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads `evidence[id].authenticity` (EvidenceAuthenticity) defensively: events are old and new, never edited. */
export function readAuthenticity(item: EvidenceItem): AuthenticityInput | null {
  const raw: unknown = (item as unknown as Record<string, unknown>)['authenticity'];
  if (!isRecord(raw)) return null;
  const verdict = raw['verdict'];
  if (verdict !== 'pass' && verdict !== 'suspect' && verdict !== 'fail') return null;
  const findings = Array.isArray(raw['findings']) ? raw['findings'] : [];
  const read = findings.filter(isRecord).map((f) => {
    const code = typeof f['check'] === 'string' ? f['check'] : 'UNSPECIFIED';
    const severity = f['severity'];
    return { code, critical: severity === 'critical' || f['critical'] === true };
  });
  read.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : Number(a.critical) - Number(b.critical)));
  return { verdict, findings: read };
}

function recognitionInput(item: EvidenceItem): RecognitionInput | null {
  const r = item.recognition;
  if (!r) return null;
  const statement = r.documentType === 'bank_statement' || (item.declared.kind === 'voucher' && item.declared.type === 'bank_statement');
  return {
    documentType: r.documentType,
    photoClass: r.photoClass ? { class: r.photoClass.class, matchesDeclared: r.photoClass.matchesDeclared } : null,
    fields: r.fields.map((f) => ({ name: f.name, value: f.value, confidence: f.confidence })),
    validations: r.validations.map((v) => ({ rule: v.rule, passed: v.passed })),
    objects: r.objects.map((o) => ({ label: o.label, assetClass: o.assetClass, count: o.count, confidence: o.confidence })),
    text: statement ? r.text : null,
  };
}

function sortedRecord(record: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((k) => [k, record[k] ?? '']),
  );
}

/** Projects a case state onto the inputs a decision uses. Pure. */
export function decisionInputs(state: CaseState, options: DecisionOptions = {}): DecisionInputs {
  const evidence = state.evidenceOrder
    .map((id) => state.evidence[id])
    .filter((e): e is EvidenceItem => e !== undefined)
    .map((item) => ({
      evidenceId: item.evidenceId,
      declared: item.declared,
      readable: item.assessment ? item.assessment.verdict === 'readable' : null,
      recognition: recognitionInput(item),
      authenticity: readAuthenticity(item),
    }));
  const stamp = state.updatedAt ?? state.openedAt;
  return {
    schema: DECISION_INPUTS_SCHEMA,
    caseId: state.caseId,
    asOf: stamp ? stamp.slice(0, 10) : null,
    industry: state.industry,
    currentLimit: state.currentLimit,
    requestedLimit: state.requestedLimit,
    facts: { ...state.facts },
    evidence,
    excludedEvidence: sortedRecord(options.excludedEvidence ?? {}),
  };
}
