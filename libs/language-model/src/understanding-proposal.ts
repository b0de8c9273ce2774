import {
  INDUSTRIES,
  INTENTS,
  type FactName,
  type IndustryId,
  type Intent,
  type Language,
  type MerchantFacts,
  type ModelProposal,
} from '@uplift/domain';
import { z } from 'zod';
import type { ChatModel } from './chat-model';

/** What the model is told about one merchant message. */
export interface UnderstandingRequest {
  text: string;
  language: Language;
  /** The fact the assistant just asked about, if any (a bare "20万" answers it). */
  pendingFact: FactName | null;
  /** The case's date (YYYY-MM-DD), to turn "since 2018" into years. */
  today: string;
}

const INDUSTRY_IDS = INDUSTRIES.map((i) => i.id) as [IndustryId, ...IndustryId[]];

const count = z.number().finite().nonnegative().nullish();
const proposalSchema = z.object({
  intent: z.enum(INTENTS as [Intent, ...Intent[]]),
  facts: z
    .object({
      industry: z.enum(INDUSTRY_IDS).nullish(),
      monthlyRevenue: count,
      employees: count,
      vehicles: count,
      seats: count,
      yearsInBusiness: count,
      paymentCycleDays: count,
    })
    .strip()
    .default({}),
});

const SYSTEM_PROMPT = (today: string) =>
  [
    'You read one message that a small-business owner wrote to the assistant of their bank, which is reviewing a request for a higher credit limit.',
    'Answer with one JSON object and nothing else: {"intent": ..., "facts": {...}}.',
    `intent is exactly one of: provide_info (states facts or answers; also "don't finish yet, I'll upload more"), ask_question (any question, including "will you delete my data?" or "is it done?"),`,
    'ask_what_to_upload, done (wants to finish now and be assessed), ask_human (wants a human agent; a job title is not a request), greeting, off_topic,',
    'withdraw_consent (wants consent withdrawn, processing stopped or their data deleted), decline (refuses or cannot provide what was asked).',
    'A negated, questioned, hypothetical or reported irreversible wish ("I do not want to withdraw", "if you cannot, I might cancel") is never done or withdraw_consent.',
    'facts holds only what the message states: industry (one of catering, retail, logistics, construction, manufacturing, wholesale, agriculture, personal_services),',
    'monthlyRevenue in CNY per month (per day x30, per week x52/12, per year /12, ranges -> midpoint, seasonal high and low -> average, 万 = 10000, k = 1000),',
    `employees, vehicles, seats, yearsInBusiness (whole years as of ${today}), paymentCycleDays (days customers take to pay; 月结 = 30). Leave out what is not stated.`,
  ].join(' ');

/**
 * Asks the model what a message means. Returns null when the model fails, times out or answers
 * outside the schema: the rules then stand alone. The proposal is only advice (see guardProposal).
 */
export async function proposeUnderstanding(model: ChatModel, request: UnderstandingRequest): Promise<ModelProposal | null> {
  let raw: string;
  try {
    const context = request.pendingFact
      ? `The assistant had just asked about: ${request.pendingFact}.`
      : 'The assistant had asked nothing specific.';
    raw = await model.complete(
      [
        { role: 'system', content: SYSTEM_PROMPT(request.today) },
        { role: 'user', content: `${context}\nMessage (${request.language}): ${request.text}` },
      ],
      { json: true, maxTokens: 200 },
    );
  } catch {
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch {
    return null;
  }
  const result = proposalSchema.safeParse(parsed);
  if (!result.success) return null;
  const facts: MerchantFacts = {};
  for (const [key, value] of Object.entries(result.data.facts)) {
    if (value !== null && value !== undefined) (facts as Record<string, unknown>)[key] = value;
  }
  return { model: model.name, intent: result.data.intent, facts };
}
