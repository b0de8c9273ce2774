import { INDUSTRY_KB_VERSION, type IndustryId } from '@uplift/domain';
import { INDUSTRY_KNOWLEDGE } from './industries';
import type { IndustryKnowledge } from './types';

export * from './types';
export { INDUSTRY_KNOWLEDGE, SOURCES, AVERAGE_MONTHLY_WAGE } from './industries';
export { EVIDENCE_KNOWLEDGE, evidenceKnowledge, complianceProbability } from './evidence';

/** Version of the dialogue knowledge base (trade drivers, evidence strengths, efforts). */
export const DIALOGUE_KB_VERSION = `dialogue-kb-1.0.0+domain-${INDUSTRY_KB_VERSION}`;

const BY_ID = new Map<string, IndustryKnowledge>(INDUSTRY_KNOWLEDGE.map((k) => [k.id, k]));

/** The dialogue's knowledge of one trade. */
export function industryKnowledge(id: IndustryId): IndustryKnowledge {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`no dialogue knowledge for industry ${id}`);
  return found;
}
