const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 俩: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5,
  六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10_000, 萬: 10_000, 亿: 100_000_000 };

/** Characters that can make up a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '零〇一壹二贰两俩三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿';

/** Parses a Chinese numeral such as 一百二十万 or 三十五 (null when it is not one). */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = null;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big !== undefined) {
      total = (total + section + (digit ?? 0)) * big;
      section = 0;
      digit = null;
      continue;
    }
    return null;
  }
  return total + section + (digit ?? 0);
}

const ENGLISH_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, couple: 2,
};

/** Parses a small English number word ("two", "a", "dozen"); null otherwise. */
export function parseEnglishNumberWord(word: string): number | null {
  return ENGLISH_WORDS[word.toLowerCase()] ?? null;
}

const SCALE_WORDS: Record<string, number> = {
  k: 1_000, thousand: 1_000, m: 1_000_000, mn: 1_000_000, million: 1_000_000, b: 1_000_000_000, billion: 1_000_000_000,
  万: 10_000, 萬: 10_000, 千: 1_000, 百万: 1_000_000, 千万: 10_000_000, 亿: 100_000_000, w: 10_000,
};

/** A number found in text, with where it was. */
export interface FoundNumber {
  value: number;
  index: number;
  end: number;
  /** True when the text hedged the figure (大概, 来, about, around...). */
  approximate: boolean;
}

const ARABIC = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)`;
const SCALE = String.raw`(百万|千万|万|萬|千|亿|million|thousand|billion|mn|k|m|b|w)?`;
const ARABIC_RE = new RegExp(`${ARABIC}\\s*(多|来|余)?\\s*${SCALE}(?![a-z])`, 'gi');
const CHINESE_RE = new RegExp(`([${CHINESE_NUMERAL_CHARS}]+)(多|来|余)?(万|亿)?`, 'g');
const HEDGES = /(大概|大约|约|差不多|左右|上下|将近|接近|about|around|roughly|approximately|approx|~|nearly|almost)/i;

function hedgedNear(text: string, index: number, end: number): boolean {
  const before = text.slice(Math.max(0, index - 8), index);
  const after = text.slice(end, end + 4);
  return HEDGES.test(before) || /左右|上下/.test(after);
}

/** Finds every amount or count in free text: 20万, 1.5 million, 300,000, 一百二十万, 三十来万, 30k. */
export function findNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const m of text.matchAll(ARABIC_RE)) {
    const base = Number((m[1] ?? '').replace(/,/g, ''));
    const scale = m[3] ? (SCALE_WORDS[m[3].toLowerCase()] ?? 1) : 1;
    if (!Number.isFinite(base)) continue;
    const index = m.index ?? 0;
    const end = index + m[0].length;
    found.push({ value: Math.round(base * scale), index, end, approximate: Boolean(m[2]) || hedgedNear(text, index, end) });
  }
  for (const m of text.matchAll(CHINESE_RE)) {
    const core = m[1] ?? '';
    // A lone 万/千/百 without digits ("万一", "千万别") is not a number.
    if (!/[零〇一壹二贰两俩三叁四肆五伍六陆七柒八捌九玖十拾]/.test(core)) continue;
    // A numeral never starts with a large unit: 万一 ("in case") and 千万 ("by all means") are words.
    if (/^[万萬亿千仟百佰]/.test(core)) continue;
    const base = parseChineseNumeral(core);
    if (base === null) continue;
    const scale = m[3] ? (SCALE_WORDS[m[3]] ?? 1) : 1;
    const index = m.index ?? 0;
    const end = index + m[0].length;
    found.push({ value: base * scale, index, end, approximate: Boolean(m[2]) || hedgedNear(text, index, end) });
  }
  for (const m of text.matchAll(/\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozen|couple)\b/gi)) {
    const value = parseEnglishNumberWord(m[1] ?? '');
    if (value === null) continue;
    const index = m.index ?? 0;
    found.push({ value, index, end: index + m[0].length, approximate: false });
  }
  return found.sort((a, b) => a.index - b.index);
}
