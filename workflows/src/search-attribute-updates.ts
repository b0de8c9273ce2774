import type { SearchAttributeUpdatePair } from '@temporalio/common';
import type { CaseState } from '@uplift/domain';
import { CaseSearchAttributeKeys as K } from './search-attribute-keys';

function visible(state: CaseState): Record<'status' | 'channel' | 'industry' | 'outcome', string | null> {
  return {
    status: state.status === 'new' ? null : state.status,
    channel: state.channel || null,
    industry: state.industry,
    outcome: state.decision?.outcome ?? null,
  };
}

/** The search attributes that changed between two states (what operators filter on in the Web UI). */
export function caseSearchAttributeUpdates(before: CaseState, after: CaseState): SearchAttributeUpdatePair[] {
  const a = visible(before);
  const b = visible(after);
  const updates: SearchAttributeUpdatePair[] = [];
  if (a.status !== b.status) updates.push({ key: K.caseStatus, value: b.status });
  if (a.channel !== b.channel) updates.push({ key: K.channel, value: b.channel });
  if (a.industry !== b.industry) updates.push({ key: K.industry, value: b.industry });
  if (a.outcome !== b.outcome) updates.push({ key: K.decisionOutcome, value: b.outcome });
  return updates;
}
