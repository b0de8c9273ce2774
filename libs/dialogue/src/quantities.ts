import { allMatches } from '@uplift/domain';
import { findNumbers, type FoundNumber } from './numbers';

/** A span of time found in text ("两个月", "三个多月", "half a year", "45 days"). */
export interface FoundDuration {
  days: number;
  /** The same span in the unit the merchant used (3 for "三年多"). */
  amount: number;
  unit: 'day' | 'week' | 'month' | 'quarter' | 'year';
  index: number;
  end: number;
  approximate: boolean;
}

/** A calendar reference found in text ("2025年3月", "March 2025", "上个月", "since 2015"). */
export interface FoundDate {
  year: number;
  month: number | null;
  index: number;
  end: number;
}

const UNIT_DAYS: Record<FoundDuration['unit'], number> = { day: 1, week: 7, month: 30, quarter: 90, year: 365 };

const UNIT_PATTERNS: readonly { unit: FoundDuration['unit']; re: RegExp }[] = [
  { unit: 'quarter', re: /^\s*-?\s*(个)?(多)?(季度|quarters?\b)/i },
  // 月结 is monthly settlement, but 三个月结 is a three-month span.
  {
    unit: 'month',
    re: /^\s*-?\s*(个(多)?(半)?(多)?月(?!份|底|初|流水|营业|收入|销售)|(多)?(半)?(多)?(月(?!结|份|底|初|流水|营业|收入|销售)|months?\b(?!ly)))/i,
  },
  { unit: 'week', re: /^\s*-?\s*(个)?(多)?(周(?!末)|星期|礼拜|weeks?\b(?!ly))/i },
  { unit: 'year', re: /^\s*-?\s*(多)?(半)?(多)?(年(?!级|营业|流水|收入|销售)|years?\b(?!ly))/i },
  { unit: 'day', re: /^\s*-?\s*(多)?(天|日(?!子|期)|days?\b)/i },
];

function durationAfter(text: string, n: FoundNumber): FoundDuration | null {
  const rest = text.slice(n.end, n.end + 8);
  for (const { unit, re } of UNIT_PATTERNS) {
    const m = re.exec(rest);
    if (!m) continue;
    const trailingHalf = rest.slice(m[0].length).startsWith('半');
    const half = m[0].includes('半') || trailingHalf ? 0.5 : 0;
    const more = m[0].includes('多') || n.approximate;
    // "2019年" is a date, not nineteen centuries.
    if (unit === 'year' && n.value >= 1900) return null;
    // rules-2.9.1: 二十几年, 廿几年 keep the stated tens, as "twenty-odd years" does (a lone 十几 stays 15).
    const tensHedged = unit === 'year' && /^([二三四五六七八九]十|[廿卅])几$/.test(text.slice(n.index, n.end));
    const amount = (tensHedged ? n.value - 5 : n.value) + half;
    const end = n.end + m[0].length + (trailingHalf ? 1 : 0);
    return { days: Math.round(amount * UNIT_DAYS[unit]), amount, unit, index: n.index, end, approximate: more };
  }
  return null;
}

const FIXED: readonly { re: RegExp; amount: number; unit: FoundDuration['unit'] }[] = [
  { re: /(?<![个一二两三四五六七八九十\d])半个?月|half a month/gi, amount: 0.5, unit: 'month' },
  { re: /\btwo weeks\b|\bfortnight/gi, amount: 2, unit: 'week' },
  { re: /(?<![年一二两三四五六七八九十\d上下前后])半年|half a year|six months/gi, amount: 0.5, unit: 'year' },
  { re: /a month and a half|one and a half months/gi, amount: 1.5, unit: 'month' },
  { re: /a year and a half|one and a half years/gi, amount: 1.5, unit: 'year' },
  { re: /\b(a|one) week\b/gi, amount: 1, unit: 'week' },
  { re: /\b(a|one) month\b/gi, amount: 1, unit: 'month' },
  { re: /\b(a|one) year\b/gi, amount: 1, unit: 'year' },
];

/** Finds spans of time; values are also given in days (a month counts as 30). */
export function findDurations(text: string, numbers: readonly FoundNumber[] = findNumbers(text)): FoundDuration[] {
  const found: FoundDuration[] = [];
  for (const { re, amount, unit } of FIXED) {
    for (const m of allMatches(text, re)) {
      const index = m.index ?? 0;
      // Half a year is six 30-day months, as merchants count it.
      const days = unit === 'year' && amount === 0.5 ? 180 : Math.round(amount * UNIT_DAYS[unit]);
      found.push({ days, amount, unit, index, end: index + m[0].length, approximate: false });
    }
  }
  for (const n of numbers) {
    if (found.some((f) => n.index < f.end && n.end > f.index)) continue;
    const d = durationAfter(text, n);
    if (d) found.push(d);
  }
  return found.sort((a, b) => a.index - b.index);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_MONTH =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*,?\s*((?:19|20)\d{2})\b/gi;

const YEAR_MONTH = /((?:19|20)\d{2})\s*(?:年|[-/.])\s*(\d{1,2})\s*月?/g;
// rules-2.9.5: also a year closing a clause that says the business started ("started the year after the crash, 2009").
const YEAR_ONLY =
  /((?:19|20)\d{2})\s*年|\b(?:in|since|from|year|established|founded|opened|started|est\.?)\s+((?:19|20)\d{2})\b|(?<=\b(?:started|opened|founded|established)\b[^.!?\d]{0,40}[,—–-]\s*)((?:19|20)\d{2})\b/gi;
const RELATIVE_DATES: readonly { re: RegExp; months?: number; years?: number }[] = [
  { re: /上个?月|last month/gi, months: -1 },
  { re: /这个?月|本月|this month/gi, months: 0 },
  { re: /去年|last year|last (spring|summer|autumn|fall|winter)/gi, years: -1 },
  { re: /前年|the year before last/gi, years: -2 },
  { re: /今年|this year/gi, years: 0 },
];

/** Reference point for relative dates: an ISO timestamp from case state (never the clock). */
function reference(iso: string | null | undefined): { year: number; month: number } | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  if (!m?.[1] || !m[2]) return null;
  return { year: Number(m[1]), month: Number(m[2]) };
}

/** Finds calendar references; relative ones (上个月, last year) resolve against `now` (ISO, from state). */
export function findDates(text: string, now?: string | null): FoundDate[] {
  const found: FoundDate[] = [];
  const add = (year: number, month: number | null, index: number, end: number) => {
    if (year < 1900 || year > 2200 || (month !== null && (month < 1 || month > 12))) return;
    if (found.some((f) => index < f.end && end > f.index)) return;
    found.push({ year, month, index, end });
  };
  for (const m of allMatches(text, YEAR_MONTH)) {
    add(Number(m[1]), Number(m[2]), m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const m of allMatches(text, EN_MONTH)) {
    const month = MONTHS.indexOf((m[1] ?? '').slice(0, 3).toLowerCase()) + 1;
    add(Number(m[2]), month, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const m of allMatches(text, YEAR_ONLY)) {
    add(Number(m[1] ?? m[2] ?? m[3]), null, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  const ref = reference(now);
  if (ref) {
    for (const { re, months, years } of RELATIVE_DATES) {
      for (const m of allMatches(text, re)) {
        const index = m.index ?? 0;
        if (months !== undefined) {
          const total = ref.year * 12 + (ref.month - 1) + months;
          add(Math.floor(total / 12), (total % 12) + 1, index, index + m[0].length);
        } else add(ref.year + (years ?? 0), null, index, index + m[0].length);
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
