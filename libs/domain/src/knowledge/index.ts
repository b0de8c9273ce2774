import { INDUSTRY_KB_VERSION, type IndustryId } from '../catalogue';
import { INDUSTRY_KNOWLEDGE } from './industries';
import type { IndustryKnowledge } from './types';

export * from './types';
export { INDUSTRY_KNOWLEDGE, SOURCES, AVERAGE_MONTHLY_WAGE } from './industries';
export { EVIDENCE_KNOWLEDGE, evidenceKnowledge, complianceProbability } from './evidence';

/**
 * Version of the knowledge base (trade drivers, evidence strengths, efforts) the dialogue asks by and
 * the decision's norms come from; stored with every reply and decision record. Its text keeps the
 * name it had when the dialogue held it, so earlier records still match.
 */
export const KNOWLEDGE_BASE_VERSION = `dialogue-kb-1.0.0+domain-${INDUSTRY_KB_VERSION}`;

const BY_ID = new Map<string, IndustryKnowledge>(INDUSTRY_KNOWLEDGE.map((k) => [k.id, k]));

/** What the engine knows of one trade (drivers, norms, evidence, seasonality). */
export function industryKnowledge(id: IndustryId): IndustryKnowledge {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`no knowledge of industry ${id}`);
  return found;
}
