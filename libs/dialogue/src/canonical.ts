import { parseChineseNumeral } from '@uplift/domain';
import { DIALECT_REWRITES } from './dialect';
import { toSimplified } from './traditional';

// The text the rules read: simplified characters, lower case, regional words and typed variants
// rewritten to plain Mandarin/English, spelled-out and Republic-of-China years as Gregorian digits.
// Facts and intents come from this text only; nothing here needs offsets into the original.

const SPELLED_DIGITS: Readonly<Record<string, string>> = { 零: '0', 〇: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** 二零二零年 → 2020年 (a year read digit by digit), 民国93年 → 2004年 (Republic of China era). */
function gregorianYears(text: string): string {
  return text
    .replace(/([零〇一二三四五六七八九]{4})(?=\s*年)/g, (digits) => [...digits].map((d) => SPELLED_DIGITS[d] ?? d).join(''))
    .replace(/民国\s*(\d{1,3}|[一二三四五六七八九十百零〇]{1,5})\s*年/g, (whole, year: string) => {
      const n = /^\d+$/.test(year) ? Number(year) : parseChineseNumeral(year);
      return n !== null && n > 0 && n < 200 ? `${1911 + n}年` : whole;
    });
}

/** The canonical form of a normalised message (see normaliseText). Pure and fast: a few regex passes. */
export function canonicalText(normalised: string): string {
  let text = toSimplified(normalised).toLowerCase();
  for (const [re, replacement] of DIALECT_REWRITES) text = text.replace(re, replacement);
  return gregorianYears(text).replace(/[ \t]+/g, ' ');
}
