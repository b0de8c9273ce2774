import { parseChineseNumeral } from '@uplift/domain';
import { rewriteDialect } from './dialect';
import { toSimplified } from './traditional';

// The text the rules read: simplified characters, lower case, regional words and typed variants
// rewritten to plain Mandarin/English, spelled-out and Republic-of-China years as Gregorian digits.
// Facts and intents come from this text only; nothing here needs offsets into the original.

/** Chinese digits read one by one (二零一五年, 一四年). */
export const SPELLED_DIGITS: Readonly<Record<string, string>> = {
  零: '0',
  〇: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** A two-digit year before 年 and a start word, also a few words on ("15年开的", "从一五年开始", "98年我爸开的", "一九年拿的证"): 2015, 1998. */
const SHORT_YEAR =
  /(?<![\d.了做干有近快过满第多国零〇一二两三四五六七八九十百])(\d{2}|[零〇一二三四五六七八九]{2})(?=\s*年\s*(\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月|开|成立|注册|入的?行|[拿领]的?(证|照|执照)|创|起|干起|做起|搞起|弄起|建|就|那|底|初|上半|下半|的时候|左右开|[^，,。！!？?\d年]{1,6}(开的|开始|开业|开店|开张|成立|注册|创办|创立|建的|建厂|办的|办厂|起家|干起|做起|搞起|弄起|开起|接手|拿的?(证|照|执照)|领的?(证|照|执照))))/g;

/** A year followed at once by its opening: 年开的, 年开业, 年成立, 年注册, 年那会儿. */
const OPENED_THAT_YEAR = /^\s*年\s*(开的|开业|开张|开店|成立|注册|创办|创立|那年|那会儿?|的时候开)/;

/** rules-2.9.5: years known by what happened in them (香港回归那年, 千禧年, 疫情头一年), written as the year. */
const EVENT_YEARS: readonly [RegExp, number][] = [
  [/澳门回归(的)?那一?年/g, 1999],
  [/(香港)?回归(的)?那一?年/g, 1997],
  [/千禧年/g, 2000],
  [/非典(的)?那一?年/g, 2003],
  [/(北京)?奥运(会)?(的)?那一?年|汶川地震(的)?那一?年/g, 2008],
  [/(上海)?世博(会)?(的)?那一?年/g, 2010],
  [/疫情(头一年|第一年|刚开始那年|开始(的)?那一?年|那一?年)/g, 2020],
  [/\bthe year (of )?the (beijing )?olympics\b/g, 2008],
  [/\bthe year (covid|the pandemic|the virus) (hit|started|began)\b/g, 2020],
];

/** 二零二零年 → 2020年 (a year read digit by digit), 民国93年 → 2004年 (Republic of China era). */
function gregorianYears(text: string): string {
  // Every event is named with 年 or "the year": most messages skip the table.
  const dated = !/年|the year/.test(text)
    ? text
    : EVENT_YEARS.reduce((t, [re, year]) => t.replace(re, re.source.startsWith('\\b') ? `in ${year}` : `${year}年`), text);
  return (
    dated
      .replace(/([零〇一二三四五六七八九]{4})(?=\s*年)/g, (digits) => [...digits].map((d) => SPELLED_DIGITS[d] ?? d).join(''))
      .replace(SHORT_YEAR, (whole: string, digits: string, ...rest: unknown[]) => {
        const [offset, source] = rest.slice(-2) as [number, string];
        const spelled = [...digits].map((d) => SPELLED_DIGITS[d] ?? d).join('');
        // 一二年 / 三四年 are "one or two years", "three or four years": consecutive digits are a range.
        // rules-2.9.3: unless the opening follows at once (一二年开的, 一四年成立): a span is never "opened".
        if (
          /^\D/.test(digits) &&
          Number(spelled[1]) === Number(spelled[0]) + 1 &&
          !(OPENED_THAT_YEAR.test(source.slice(offset + whole.length)) && (Number(spelled) <= 30 || Number(spelled) >= 50))
        )
          return whole;
        return `${Number(spelled) <= 40 ? 20 : 19}${spelled}`;
      })
      // rules-2.9.2: a two-digit year with a leading zero (零三年, 〇八年, 03年) is a year whatever follows: no span starts at zero.
      .replace(
        /(?<![\d.零〇一二两三四五六七八九十百])[零〇0]([一二三四五六七八九\d])(?=\s*年)/g,
        (_whole, digit: string) => `200${SPELLED_DIGITS[digit] ?? digit}`,
      )
      .replace(
        /\b(in|since|from|around|est\.?) '(\d{2})\b/g,
        (_whole, word: string, yy: string) => `${word} ${Number(yy) <= 40 ? 20 : 19}${yy}`,
      )
      .replace(/民国\s*(\d{1,3}|[一二三四五六七八九十百零〇]{1,5})\s*年/g, (whole, year: string) => {
        const n = /^\d+$/.test(year) ? Number(year) : parseChineseNumeral(year);
        return n !== null && n > 0 && n < 200 ? `${1911 + n}年` : whole;
      })
  );
}

/** The canonical form of a normalised message (see normaliseText). Pure and fast: a few regex passes. */
export function canonicalText(normalised: string): string {
  const text = rewriteDialect(toSimplified(normalised).toLowerCase());
  return gregorianYears(text).replace(/[ \t]+/g, ' ');
}
