// Chinese numerals, everyday (一百二十万, 两千零五) and financial (壹拾贰万), one grammar for the
// dialogue and for recognition. nzh's encoder is the oracle of its property tests.

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  幺: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  俩: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 10_000, 萬: 10_000, 亿: 100_000_000, 億: 100_000_000 };

/** Every character a Chinese numeral may contain. */
export const CHINESE_NUMERAL_CHARS = [...Object.keys(DIGITS), ...Object.keys(SMALL_UNITS), ...Object.keys(BIG_UNITS)].join('');

/** How to read a numeral. */
export interface NumeralReading {
  /**
   * Colloquial speech drops the last unit: 三万五 is 35,000 and 一百五 is 150. Documents never do
   * (壹万零伍 is 10,005), so recognition reads strictly.
   */
  colloquial?: boolean;
}

/**
 * The value of a Chinese numeral (一百二十万, 两千零五, 壹拾贰万叁仟, 一亿二千万, and with
 * `colloquial` 三万五 = 35,000); null when the text is not one numeral. Pure.
 */
export function parseChineseNumeral(text: string, reading: NumeralReading = {}): number | null {
  if (text.length === 0) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = 0;
  let zeroSince = false;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (d === 0) zeroSince = true;
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      // A bare unit counts one of it: 十二, and 一亿零十万 (a 零 before it is not its digit).
      section += (digit === null || digit === 0 ? 1 : digit) * small;
      digit = null;
      lastUnit = small;
      zeroSince = false;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big === undefined) return null;
    const group = section + (digit ?? 0);
    // 亿 after 万 (一万亿) scales everything so far; otherwise it closes the current group.
    total = big > 10_000 && total > 0 && total < big ? (total + group) * big : total + (group === 0 && total === 0 ? 1 : group) * big;
    section = 0;
    digit = null;
    lastUnit = big;
    zeroSince = false;
  }
  const tail = reading.colloquial && digit !== null && lastUnit >= 100 && !zeroSince ? digit * (lastUnit / 10) : (digit ?? 0);
  return total + section + tail;
}
