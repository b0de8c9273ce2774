import { formatEvidenceKind, type CaseEvent, type StoredCaseEvent } from '@uplift/domain';

/** One line of a case's audit timeline: what happened, when, and the versions of the rules involved. */
export interface TimelineEntry {
  seq: number;
  at: string;
  type: CaseEvent['type'];
  actor: 'merchant' | 'assistant' | 'engine' | 'reviewer' | 'operator' | 'compliance';
  summary: string;
  /** The rules' versions that produced this entry (understanding, policy, knowledge, method). */
  versions: Record<string, string>;
  /** The event's personal data could no longer be read (erased): only its erased form is shown. */
  erased: boolean;
}

const money = (n: number) => `CNY ${n.toLocaleString('en-US')}`;

/** What an event says, in a sentence a compliance officer can read. */
function describe(event: CaseEvent): Pick<TimelineEntry, 'actor' | 'summary' | 'versions'> {
  switch (event.type) {
    case 'CaseOpened':
      return {
        actor: 'merchant',
        summary: `case opened through ${event.data.channel}: limit ${money(event.data.currentLimit)} → ${money(event.data.requestedLimit)} requested (${event.data.industry ?? 'industry not given'}, ${event.data.language})`,
        versions: {},
      };
    case 'MerchantMessageReceived': {
      const u = event.data.understanding;
      const facts = Object.keys(u.facts).join(', ');
      return {
        actor: 'merchant',
        summary: `said: "${event.data.text}" — read as ${u.intent}${facts ? ` with ${facts}` : ''}`,
        versions: { understanding: u.understandingVersion },
      };
    }
    case 'AssistantReplied':
      return {
        actor: 'assistant',
        summary: `${event.data.action.kind}: "${event.data.text}"`,
        versions: { policy: event.data.policyVersion, knowledge: event.data.knowledgeVersion },
      };
    case 'EvidenceSubmitted':
      return {
        actor: 'merchant',
        summary: `uploaded ${event.data.evidenceId} declared as ${formatEvidenceKind(event.data.declared)} (${event.data.mediaType}, ${event.data.sizeBytes} bytes, sha256 ${event.data.sha256.slice(0, 12)}…)`,
        versions: {},
      };
    case 'EvidenceAssessed':
      return { actor: 'engine', summary: `assessed ${event.data.evidenceId}: ${JSON.stringify(event.data.assessment)}`, versions: {} };
    case 'EvidenceRecognised': {
      const r = event.data.recognition;
      return {
        actor: 'engine',
        summary: `recognised ${event.data.evidenceId} as ${r.documentType ?? 'not a document'} (${r.fields.length} fields, OCR ${r.ocrEngine})`,
        versions: r.methodVersions,
      };
    }
    case 'AuthenticityChecked': {
      const a = event.data.authenticity;
      const found = a.findings.map((f) => `${f.check} ${f.severity}`).join(', ');
      return {
        actor: 'engine',
        summary: `authenticity of ${event.data.evidenceId}: ${a.verdict}${found ? ` (${found})` : ''}`,
        versions: Object.fromEntries(a.findings.map((f) => [f.check, f.methodVersion])),
      };
    }
    case 'ConsistencyChecked':
      return {
        actor: 'engine',
        summary: `cross-document consistency: ${event.data.findings.length === 0 ? 'no findings' : event.data.findings.map((f) => `${f.check} ${f.severity}`).join(', ')}`,
        versions: { consistency: event.data.methodVersion },
      };
    case 'MerchantReminded':
      return { actor: 'assistant', summary: `reminder ${event.data.reminder} sent`, versions: {} };
    case 'HumanRequested':
      return { actor: 'merchant', summary: 'asked for a person', versions: {} };
    case 'DecisionMade': {
      const d = event.data.decision;
      return {
        actor: 'engine',
        summary: `decided ${d.outcome}: ${money(d.grantedLimit)} granted (reasons ${d.reasons.map((r) => r.code).join(', ')})${event.data.record ? `, inputs hash ${event.data.record.inputsHash.slice(0, 12)}…` : ''}`,
        versions: { policy: d.policyVersion, ...(event.data.record ? { knowledge: event.data.record.knowledgeVersion } : {}) },
      };
    }
    case 'ReviewEscalated':
      return { actor: 'engine', summary: `review escalated after ${Math.round(event.data.waitedMs / 60000)} min waiting`, versions: {} };
    case 'ReviewCompleted':
      return {
        actor: 'reviewer',
        summary: `${event.data.verdict.reviewerId} ${event.data.verdict.outcome} ${money(event.data.verdict.grantedLimit)} (${event.data.agreesWithEngine ? 'agrees' : 'disagrees'} with the engine)`,
        versions: {},
      };
    case 'CaseAbandoned':
      return { actor: 'engine', summary: `closed as abandoned (${event.data.reason})`, versions: {} };
    case 'ConsentWithdrawn':
      return { actor: 'merchant', summary: `withdrew consent: ${event.data.erasedEvidence} upload(s) erased`, versions: {} };
    case 'CaseErased':
      return {
        actor: 'compliance',
        summary: `erased by the ${event.data.reason} policy (${event.data.erasedEvidence} upload(s))`,
        versions: {},
      };
    case 'OperatorAction':
      return {
        actor: 'operator',
        summary: `${event.data.operator}: ${event.data.kind}${event.data.activityId ? ` of activity ${event.data.activityId}` : ''}${event.data.resetToEventId ? ` to history event ${event.data.resetToEventId}` : ''} — "${event.data.reason}"`,
        versions: {},
      };
    case 'HistoryArchived':
      return {
        actor: 'engine',
        summary: `Temporal history of run ${event.data.runId} archived (${event.data.historyEvents} events, sha256 ${event.data.sha256.slice(0, 12)}…)`,
        versions: {},
      };
    case 'ActionProposed':
      return { actor: 'assistant', summary: `proposed ${event.data.proposal}, awaiting the merchant's confirmation`, versions: {} };
    case 'ProposalClosed':
      return { actor: 'merchant', summary: `proposal ${event.data.outcome}`, versions: {} };
    case 'ActionConfirmed':
      return { actor: 'merchant', summary: `confirmed ${event.data.proposal} via ${event.data.via}`, versions: {} };
  }
}

/** The case's events as a readable timeline, oldest first. */
export function timelineOf(events: readonly StoredCaseEvent[]): TimelineEntry[] {
  return events.map((stored) => ({
    seq: stored.seq,
    at: stored.event.occurredAt,
    type: stored.event.type,
    ...describe(stored.event),
    erased: stored.erased === true,
  }));
}
