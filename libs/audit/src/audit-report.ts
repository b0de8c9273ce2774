import { formatEvidenceKind, type CaseState, type Decision } from '@uplift/domain';
import type { ArchivedHistory, MasterKeyRing } from '@uplift/persistence';
import type { AuditVerdict, CaseAudit } from './case-audit';
import { signReport, type ReportIntegrity } from './report-integrity';
import { eventsAsOf, stateAsOf, type AsOf } from './state-as-of';
import { timelineOf, type TimelineEntry } from './timeline';

/** One upload as the audit shows it: what was read, what was found, and the verdict (or that it was erased). */
export interface AuditedEvidence {
  evidenceId: string;
  declared: string;
  submittedAt: string;
  sha256: string;
  erased: boolean;
  recognised: {
    documentType: string | null;
    confidence: number;
    fields: { name: string; value: string; confidence: number }[];
    ocrEngine: string;
  } | null;
  authenticity: {
    verdict: string;
    findings: { check: string; severity: string; score: number; detail: string; region: unknown }[];
    heatmaps: string[];
  } | null;
}

/** The self-contained audit bundle of a case (`GET /v1/cases/:id/audit`, `case audit`). */
export interface AuditReport {
  format: 'uplift-audit-report/v1';
  generatedAt: string;
  asOf: { version: number } | { time: string } | null;
  case: {
    caseId: string;
    channel: string;
    status: string;
    outcome: string | null;
    currentLimit: number;
    requestedLimit: number;
    grantedLimit: number | null;
    industry: string | null;
    language: string;
    openedAt: string | null;
    closedAt: string | null;
    erasedAt: string | null;
    version: number;
  };
  timeline: TimelineEntry[];
  evidence: AuditedEvidence[];
  consistency: TimelineEntry[];
  decision: (Decision & { inputsHash: string | null; knowledgeVersion: string | null }) | null;
  review: CaseState['review'];
  operatorActions: CaseState['operatorActions'];
  archives: ArchivedHistory[];
  verification: { ok: boolean; verdicts: AuditVerdict[]; historySource: CaseAudit['historySource'] };
  integrity: ReportIntegrity;
}

function evidenceOf(state: CaseState, erasedIds: ReadonlySet<string>): AuditedEvidence[] {
  return state.evidenceOrder.flatMap((id) => {
    const item = state.evidence[id];
    if (!item) return [];
    const r = item.recognition;
    const a = item.authenticity;
    return [
      {
        evidenceId: id,
        declared: formatEvidenceKind(item.declared),
        submittedAt: item.submittedAt,
        sha256: item.sha256,
        erased: erasedIds.has(id),
        recognised: r
          ? {
              documentType: r.documentType,
              confidence: r.classificationConfidence,
              fields: r.fields.map((f) => ({ name: f.name, value: f.value, confidence: f.confidence })),
              ocrEngine: r.ocrEngine,
            }
          : null,
        authenticity: a
          ? {
              verdict: a.verdict,
              findings: a.findings.map((f) => ({
                check: f.check,
                severity: f.severity,
                score: f.score,
                detail: f.detail,
                region: f.region,
              })),
              heatmaps: Object.keys(a.heatmaps),
            }
          : null,
      },
    ];
  });
}

/** Builds and signs the audit report of an audited case (at `asOf` when given: the state at that point). */
export function buildAuditReport(
  audit: CaseAudit,
  erasedAt: string | null,
  keys: MasterKeyRing,
  now: Date,
  asOf: AsOf | null = null,
): AuditReport {
  const events = asOf ? eventsAsOf(audit.events, asOf) : audit.events;
  const state = stateAsOf(audit.caseId, audit.events, asOf ?? { version: Number.MAX_SAFE_INTEGER });
  const erased = new Set(erasedAt ? state.evidenceOrder : []);
  const timeline = timelineOf(events);
  const made = [...events].reverse().find((e) => e.event.type === 'DecisionMade')?.event;
  const record = made?.type === 'DecisionMade' ? made.data.record : undefined;
  const body: Omit<AuditReport, 'integrity'> = {
    format: 'uplift-audit-report/v1',
    generatedAt: now.toISOString(),
    asOf: asOf ? ('version' in asOf ? { version: asOf.version } : { time: asOf.time.toISOString() }) : null,
    case: {
      caseId: audit.caseId,
      channel: state.channel,
      status: state.status,
      outcome: state.decision?.outcome ?? null,
      currentLimit: state.currentLimit,
      requestedLimit: state.requestedLimit,
      grantedLimit: state.decision?.grantedLimit ?? null,
      industry: state.industry,
      language: state.language,
      openedAt: state.openedAt,
      closedAt: state.closedAt,
      erasedAt,
      version: state.version,
    },
    timeline,
    evidence: evidenceOf(state, erased),
    consistency: timeline.filter((t) => t.type === 'ConsistencyChecked'),
    decision: state.decision
      ? { ...state.decision, inputsHash: record?.inputsHash ?? null, knowledgeVersion: record?.knowledgeVersion ?? null }
      : null,
    review: state.review,
    operatorActions: state.operatorActions,
    archives: audit.archives,
    verification: { ok: audit.ok, verdicts: audit.verdicts, historySource: audit.historySource },
  };
  return { ...body, integrity: signReport(body, keys) };
}
