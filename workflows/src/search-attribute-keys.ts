import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Typed keys of the case search attributes (names match CASE_SEARCH_ATTRIBUTES in @uplift/domain). */
export const CaseSearchAttributeKeys = {
  caseStatus: defineSearchAttributeKey('CaseStatus', SearchAttributeType.KEYWORD),
  channel: defineSearchAttributeKey('Channel', SearchAttributeType.KEYWORD),
  industry: defineSearchAttributeKey('Industry', SearchAttributeType.KEYWORD),
  decisionOutcome: defineSearchAttributeKey('DecisionOutcome', SearchAttributeType.KEYWORD),
} as const;
