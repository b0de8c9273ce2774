import { evidenceKindName, type AssistantAction, type Language } from '@uplift/domain';
import { detectLanguage } from './language';
import { findNumbers } from './numbers';

/** What a rephraser is given: the template reply and the action it carries (read only). */
export interface RephraseRequest {
  text: string;
  language: Language;
  action: AssistantAction;
}

/** Something that may reword a reply (e.g. an OpenAI-compatible chat model). It never chooses anything. */
export interface Rephraser {
  rephrase(request: RephraseRequest): Promise<string>;
}

/** The reply to send, and whether it is the rephrased one or the template (with the reason). */
export interface RephraseResult {
  text: string;
  rephrased: boolean;
  reason: string | null;
}

const PROMISES =
  /(保证|一定能|一定会|肯定能|肯定会|必定|承诺|包过|guarantee|definitely|certainly will|will be approved|you will get|promise)/i;
const LINKS = /(https?:\/\/|www\.|\]\(|<\s*\w+[^>]*>)/i;

/** Figures that carry meaning: written with digits or with a money scale (万, k); "一份" is not one. */
const figures = (text: string) =>
  findNumbers(text)
    .filter((n) => n.scaled || /\d/.test(text.slice(n.index, n.end)))
    .map((n) => n.value)
    .sort((a, b) => a - b)
    .join(',');

/**
 * Checks that a rewording keeps what matters: same language, the same figures, the evidence named
 * by the action, no promise the template did not make, no links or markup, and a sane length.
 */
export function validateRephrasing(request: RephraseRequest, candidate: unknown): { ok: true } | { ok: false; reason: string } {
  if (typeof candidate !== 'string') return { ok: false, reason: 'not_text' };
  const text = candidate.trim();
  if (text.length === 0) return { ok: false, reason: 'empty' };
  if (text.length > Math.max(request.text.length * 2, request.text.length + 80)) return { ok: false, reason: 'too_long' };
  if (detectLanguage(text, request.language === 'zh' ? 'en' : 'zh') !== request.language) return { ok: false, reason: 'language_changed' };
  if (figures(text) !== figures(request.text)) return { ok: false, reason: 'numbers_changed' };
  if (PROMISES.test(text) && !PROMISES.test(request.text)) return { ok: false, reason: 'promise_added' };
  if (LINKS.test(text)) return { ok: false, reason: 'link_or_markup' };
  if (request.action.kind === 'request_evidence') {
    const name = evidenceKindName(request.action.evidence, request.language);
    if (!text.toLowerCase().includes(name.toLowerCase())) return { ok: false, reason: 'action_changed' };
  }
  return { ok: true };
}

/** Rewords a reply when a rephraser is configured and its answer passes validation; else the template. */
export async function rephraseReply(rephraser: Rephraser | null, request: RephraseRequest): Promise<RephraseResult> {
  if (!rephraser) return { text: request.text, rephrased: false, reason: 'disabled' };
  let candidate: unknown;
  try {
    candidate = await rephraser.rephrase(request);
  } catch (error) {
    return { text: request.text, rephrased: false, reason: `error:${error instanceof Error ? error.name : 'unknown'}` };
  }
  const verdict = validateRephrasing(request, candidate);
  if (!verdict.ok) return { text: request.text, rephrased: false, reason: verdict.reason };
  return { text: (candidate as string).trim(), rephrased: true, reason: null };
}
