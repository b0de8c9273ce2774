import { initialCaseState, type CaseState, type EvidenceItem, type MerchantFacts } from '@uplift/domain';
import { CASE_DATE, type Merchant } from './merchant';

// The case state a decision sees when the merchant confirms its submission: opened a few days ago, facts
// from the dialogue, every upload assessed, recognised and checked.

/** Assembles the state of a case about to be decided. */
export function caseState(
  caseId: string,
  m: Merchant,
  facts: MerchantFacts,
  requestedLimit: number,
  items: readonly EvidenceItem[],
): CaseState {
  const opened = `${CASE_DATE.slice(0, 8)}${String(Number(CASE_DATE.slice(8, 10)) - 5).padStart(2, '0')}T09:00:00.000Z`;
  const last =
    items
      .map((i) => i.submittedAt)
      .sort()
      .pop() ?? opened;
  return {
    ...initialCaseState(caseId),
    status: 'collecting',
    channel: 'app',
    merchantRef: `merchant-${caseId}`,
    currentLimit: m.currentLimit,
    requestedLimit,
    industry: m.trade.id,
    language: 'zh',
    facts,
    evidence: Object.fromEntries(items.map((i) => [i.evidenceId, i])),
    evidenceOrder: items.map((i) => i.evidenceId),
    openedAt: opened,
    lastMerchantActivityAt: last,
    updatedAt: last,
    // CaseOpened, a message per fact, and four events per upload (submitted, assessed, recognised, checked).
    version: 1 + Object.keys(facts).length + 4 * items.length,
  };
}
