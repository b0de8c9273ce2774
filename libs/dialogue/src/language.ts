import type { Language } from '@uplift/domain';

/** Detects the language of one message; text with no letters keeps the conversation's language. */
export function detectLanguage(text: string, fallback: Language): Language {
  const han = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  if (han === 0 && latin === 0) return fallback;
  // One Chinese character weighs about as much as a short English word.
  return han * 3 >= latin ? 'zh' : 'en';
}
