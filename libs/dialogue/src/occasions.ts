import { parseChineseNumeral } from './chinese-numbers';
import { parseEnglishNumberWord } from './english-numbers';
import type { FoundNumber } from './numbers';

// Takings per occasion times occasions per period: "一场四五千，一个礼拜三场", "a market day brings 2k, we do
// 4 markets a week", "每趟八百，一个月跑二十趟". The figure is per session, show, trip or market; the message
// says how many of the same occasion a week or a month brings. Without that count the figure says nothing
// of the month, and revenue.ts reads it as it always did.

const ZH_CLASSIFIER = '(场|次|趟|回|车)';
const EN_OCCASION = '(sessions?|shows?|markets?|market days?|trips?|runs?|gigs?|events?|fairs?|nights?)';
const ZH_NUMBER = '([\\d]+|[一二两三四五六七八九十几]+)';
const EN_NUMBER = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)';

/** "一场四五千", "每趟八百": the occasion's classifier just before the figure. */
const ZH_PER_BEFORE = new RegExp(`(?:一|每)${ZH_CLASSIFIER}[^，,。；;\\d一二两三四五六七八九十]{0,4}$`);
/** "2k a session", "per show about 5,000": the occasion next to the figure. */
const EN_PER_BEFORE = new RegExp(`\\b(?:a|per|each|every|one) ${EN_OCCASION}\\b[^.,;\\d]{0,16}$`, 'i');
const EN_PER_AFTER = new RegExp(`^[^.,;\\d]{0,10}\\b(?:a|per|each|every) ${EN_OCCASION}\\b`, 'i');

const monthsOf = (period: string) => (/月|month/i.test(period) ? 1 : 52 / 12);
const countOf = (word: string) => (/^\d+$/.test(word) ? Number(word) : (parseChineseNumeral(word) ?? parseEnglishNumberWord(word) ?? 0));

/** Occasions a month the message states for the occasion the figure is priced at, or undefined. */
export function occasionsPerMonth(text: string, n: FoundNumber): number | undefined {
  const before = text.slice(Math.max(0, n.index - 24), n.index);
  const zh = ZH_PER_BEFORE.exec(before);
  if (zh?.[1]) {
    const cls = zh[1];
    const re = new RegExp(
      `(?:一个?|每个?)(礼拜|星期|周|月)[^，,。；;\\d]{0,4}?${ZH_NUMBER}${cls}|${ZH_NUMBER}${cls}[^，,。；;]{0,2}(?:一个?|每个?)(礼拜|星期|周|月)`,
    );
    const m = re.exec(text);
    if (!m) return undefined;
    const count = countOf(m[2] ?? m[3] ?? '');
    return count > 0 ? count * monthsOf(m[1] ?? m[4] ?? '') : undefined;
  }
  const after = text.slice(n.end, n.end + 28);
  if (!EN_PER_BEFORE.test(before) && !EN_PER_AFTER.test(after)) return undefined;
  const m = new RegExp(`\\b${EN_NUMBER} (?:${EN_OCCASION}|times) (?:a|per|each|every) (week|month)\\b`, 'i').exec(text);
  if (!m) return undefined;
  const count = countOf((m[1] ?? '').toLowerCase());
  return count > 0 ? count * monthsOf(m[3] ?? '') : undefined;
}
