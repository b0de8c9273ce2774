import type { Reason } from './reasons.js';

// The shapes of the API answers the console reads (a subset; the OpenAPI document at /docs-json is the reference).

/** A decision. */
export interface Decision {
  outcome: string;
  currentLimit: number;
  requestedLimit: number;
  grantedLimit: number;
  reasons: Reason[];
  policyVersion: string;
}

/** A finding of the authenticity checks. */
export interface Finding {
  check: string;
  severity: 'info' | 'warning' | 'critical';
  score: number;
  region: [number, number, number, number] | null;
  detail: string;
}

/** One upload as the case state holds it. */
export interface Evidence {
  evidenceId: string;
  declared: { kind: string; type?: string; class?: string };
  mediaType: string;
  submittedAt: string;
  recognition: {
    documentType: string | null;
    fields: { name: string; value: string; confidence: number; box: [number, number, number, number] | null }[];
  } | null;
  authenticity: { verdict: 'pass' | 'suspect' | 'fail'; findings: Finding[]; heatmaps: Record<string, number[][] | undefined> } | null;
}

/** GET /v1/cases/:id */
export interface CaseRecord {
  caseId: string;
  channel: string;
  status: string;
  industry: string | null;
  currentLimit: number;
  requestedLimit: number;
  grantedLimit: number | null;
  erasedAt: string | null;
  state: {
    evidence: Record<string, Evidence>;
    evidenceOrder: string[];
    decision: Decision | null;
    review: { referredAt: string; engineDecision: Decision; decidedAt: string | null; agreesWithEngine: boolean | null } | null;
  };
}

/** One stored event. */
export interface StoredEvent {
  seq: number;
  recordedAt: string;
  erased?: true;
  hash: string;
  event: { type: string; occurredAt: string; data: Record<string, unknown> };
}

/** GET /v1/cases/:id/events */
export interface CaseEvents {
  chain: { ok: boolean; checked: number; brokenAtSeq: number | null };
  events: StoredEvent[];
}

/** One item of GET /v1/review-queue. */
export interface QueueItem {
  caseId: string;
  channel: string;
  industry: string | null;
  currentLimit: number;
  requestedLimit: number;
  provisionalLimit: number;
  reasons: string[];
  triggers: string[];
  referredAt: string;
  dueAt: string;
  overdue: boolean;
  evidenceCount: number;
  claim: { reviewerId: string; expiresAt: string } | null;
  proposal: { proposedBy: string; outcome: string; grantedLimit: number } | null;
}

/** GET /v1/review-queue */
export interface QueuePage {
  items: QueueItem[];
  counts: { total: number; matching: number; unclaimed: number; mine: number; overdue: number; byIndustry: Record<string, number> };
  fourEyesAbove: number;
  reasonCodes: string[];
}
