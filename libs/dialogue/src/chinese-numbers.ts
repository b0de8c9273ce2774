import { allMatches, CHINESE_NUMERAL_CHARS, parseChineseNumeral as parseNumeral } from '@uplift/domain';
import { addFound, type FoundNumber } from './found-number';
import { SCALE_WORDS } from './number-scales';

// Chinese numerals as merchants write them: 一百二十万, 三十来万, 十几个, 三四万, and the round
// orders of magnitude 过千万, 上百万, 近亿.

/** A Chinese numeral as merchants say it: 一百二十万, 三十五, and the colloquial 三万五 (35,000); null when it is not one. */
export function parseChineseNumeral(text: string): number | null {
  return parseNumeral(text, { colloquial: true });
}

const CHINESE_RE = new RegExp(`([${CHINESE_NUMERAL_CHARS}几]+)(多|来|余)?(万|亿)?`, 'g');
/** 一 that belongs to a word (一共, 一起, 一般...), and ordinals or words a numeral sits in (第一, 统一, 万一). */
const WORD_AFTER_ONE = /^[共起般直定些下点样切向边旦律概贯致手会开再同块身心路次]/;
const WORD_BEFORE_NUMERAL = /[第统唯之万星]$/;

/** Parses the Chinese core of a numeral, with 几 (十几 = 15) and adjacent digits (三四 = 3.5). */
function chineseCore(core: string): { value: number; hedged: boolean } | null {
  if (core.startsWith('几')) return null; // 几十万: too vague to be a figure
  let hedged = false;
  let text = core;
  if (text.includes('几')) {
    hedged = true;
    text = text.replace(/几/g, '五');
  }
  // 三四万 / 二三十: two adjacent digits name a range; take its middle.
  const adjacent = /^([一二两三四五六七八九])([二三四五六七八九])(.*)$/.exec(text);
  if (adjacent?.[1] && adjacent[2] && adjacent[3] !== undefined) {
    const low = parseChineseNumeral(adjacent[1] + adjacent[3]);
    const high = parseChineseNumeral(adjacent[2] + adjacent[3]);
    if (low !== null && high !== null && high > low) return { value: (low + high) / 2, hedged: true };
  }
  // 十二三万 / 二十四五 / 一百二三十万 / 三万六七: two consecutive digits after 十/百/千/万 name a range too (12–13万).
  const afterTen = /^(.*[十百千万萬])([一二两三四五六七八])([二三四五六七八九])(.*)$/.exec(text);
  if (afterTen?.[1] && afterTen[2] && afterTen[3] && afterTen[4] !== undefined && DIGIT[afterTen[3]] === (DIGIT[afterTen[2]] ?? 0) + 1) {
    const low = parseChineseNumeral(afterTen[1] + afterTen[2] + afterTen[4]);
    const high = parseChineseNumeral(afterTen[1] + afterTen[3] + afterTen[4]);
    if (low !== null && high !== null && high > low) return { value: (low + high) / 2, hedged: true };
  }
  const value = parseChineseNumeral(text);
  return value === null ? null : { value, hedged };
}

const ROUGH_ROUND = /^(百八十|千八百)(万|萬|亿)?$/;
const DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Adds the Chinese numerals of `text` to `found`. */
export function chineseNumerals(text: string, found: FoundNumber[]): void {
  for (const m of allMatches(text, CHINESE_RE)) {
    let core = m[1] ?? '';
    // 一万一天 is 10,000 a day, not 11,000, and 十二万五一个月 is 125,000 a month: a trailing 一 before a period unit is the period's.
    const periodOne =
      !m[2] &&
      !m[3] &&
      /[万萬千][一二两三四五六七八九]?一$/.test(core) &&
      /^(天|年|周|个?月|礼拜|星期)/.test(text.slice((m.index ?? 0) + m[0].length));
    if (periodOne) core = core.slice(0, -1);
    // A lone 万/千/百 without digits ("万一", "千万别") is not a number.
    if (!/[零〇一壹二贰两俩三叁四肆五伍六陆七柒八捌九玖十拾]/.test(core)) continue;
    // 百八十万 (80万 to 100万), 千八百 (800 to 1,000): a round hundred or thousand, roughly.
    if (ROUGH_ROUND.test(core)) core = core.replace(/^百八十/, '九十').replace(/^千八百/, '九百');
    // A numeral never starts with a large unit: 万一 ("in case") and 千万 ("by all means") are words.
    else if (/^[万萬亿千仟百佰]/.test(core)) continue;
    const index = m.index ?? 0;
    const end = index + m[0].length - (periodOne ? 1 : 0);
    if (core === '一' && (WORD_AFTER_ONE.test(text.slice(end, end + 1)) || WORD_BEFORE_NUMERAL.test(text.slice(0, index)))) continue;
    const parsed = chineseCore(core);
    if (parsed === null) continue;
    const scale = m[3] ? (SCALE_WORDS[m[3]] ?? 1) : 1;
    const inner = /[亿億]/.test(core) ? 100_000_000 : /[万萬]/.test(core) ? 10_000 : /[千仟]/.test(core) ? 1_000 : 1;
    const value = parsed.value * scale;
    addFound(
      found,
      text,
      Number.isInteger(value) || value > 1_000 ? Math.round(value) : value,
      index,
      end,
      Boolean(m[2]) || parsed.hedged,
      Math.max(scale, inner),
    );
  }
}

const ROUND_MAGNITUDE = /(?<=过|上|近|超过?|破|达到?|将近|成|接近)(百万|千万|亿)/g;

/** Adds the round orders of magnitude of `text` (过千万 / 上百万 / 近亿) to `found`. */
export function roundMagnitudes(text: string, found: FoundNumber[]): void {
  for (const m of allMatches(text, ROUND_MAGNITUDE)) {
    const index = m.index ?? 0;
    addFound(found, text, SCALE_WORDS[m[0]] ?? 1, index, index + m[0].length, true, SCALE_WORDS[m[0]] ?? 1);
  }
}
