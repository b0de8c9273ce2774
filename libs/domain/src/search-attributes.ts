/** Temporal search attributes the case workflow sets, so operators can filter cases in the Web UI. */
export const CASE_SEARCH_ATTRIBUTES = {
  CaseStatus: 'Keyword',
  Channel: 'Keyword',
  Industry: 'Keyword',
  DecisionOutcome: 'Keyword',
} as const;

/** Name of a search attribute the case workflow maintains. */
export type CaseSearchAttributeName = keyof typeof CASE_SEARCH_ATTRIBUTES;
