import { metricMeter } from '@temporalio/workflow';
import type { CaseEvent } from '@uplift/domain';

/*
 * Case metrics, counted where events are committed. `metricMeter` emits nothing while a history is
 * replayed, so each committed event counts once however often the workflow is replayed. Labels are
 * closed vocabularies (never ids or text): no personal data reaches the metrics endpoint.
 */
const turns = metricMeter.createCounter('uplift_case_turns', 'messages', 'Merchant messages taken into cases.');
const uploads = metricMeter.createCounter('uplift_case_uploads', 'uploads', 'Uploads by stage and verdict.');
const decisions = metricMeter.createCounter('uplift_case_decisions', 'decisions', 'Limit decisions by outcome and trigger.');
const closures = metricMeter.createCounter('uplift_case_closures', 'cases', 'Cases closed without a decision, by reason.');

type EventOf<T extends CaseEvent['type']> = Extract<CaseEvent, { type: T }>;

/** What each counted event adds; events not listed are not counted. */
const counting: { [T in CaseEvent['type']]?: (event: EventOf<T>) => void } = {
  MerchantMessageReceived: () => turns.add(1),
  EvidenceSubmitted: () => uploads.add(1, { stage: 'submitted', verdict: 'received' }),
  EvidenceAssessed: (e) => uploads.add(1, { stage: 'quality', verdict: e.data.assessment.verdict }),
  EvidenceRecognised: (e) => {
    const type = e.data.recognition.documentType;
    uploads.add(1, { stage: 'recognition', verdict: type === null || type === 'unknown' ? 'unclassified' : 'classified' });
  },
  AuthenticityChecked: (e) => uploads.add(1, { stage: 'authenticity', verdict: e.data.authenticity.verdict }),
  DecisionMade: (e) => decisions.add(1, { outcome: e.data.decision.outcome, trigger: e.data.trigger ?? 'engine' }),
  CaseAbandoned: (e) => closures.add(1, { reason: e.data.reason }),
  ConsentWithdrawn: () => closures.add(1, { reason: 'consent_withdrawn' }),
};

/** Counts what a commit added to a case. */
export function countCommitted(events: readonly CaseEvent[]): void {
  for (const event of events) (counting[event.type] as ((e: CaseEvent) => void) | undefined)?.(event);
}
