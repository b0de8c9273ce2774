/**
 * A printed date: 2024年3月5日, 2024-03-05, 2024.3.5, 2024/03/05, or 2028年0510日 (OCR lost the 月 between
 * two-digit month and day: with both 年 and 日 kept, the four digits between them can only be month and day).
 */
const DATE = /(\d{4})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})|(\d{4})\s*年\s*(\d{2})(\d{2})\s*日/;
const DATES = new RegExp(DATE.source, 'g');

/** ISO date (YYYY-MM-DD) from 2024年3月5日, 2024-03-05, 2024.3.5 or 2024/03/05; null when not a real date. */
export function parseChineseDate(text: string): string | null {
  const found = DATE.exec(text);
  const m = found && (found[1] !== undefined ? found : [found[0], found[4], found[5], found[6]]);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A validity period: from (may be unknown) until an ISO date, or open-ended (长期 / 永久). */
export interface Period {
  from: string | null;
  until: string | null;
  openEnded: boolean;
}

/** Reads a validity period such as "2020年1月1日至2030年12月31日" or "2019年3月15日至长期". */
export function parsePeriod(text: string): Period | null {
  const dates = [...text.matchAll(DATES)].map((m) => parseChineseDate(m[0])).filter((d): d is string => d !== null);
  // Print-outs of e-tax and bank systems give a period as two compact dates (20250101-20250331).
  const compactPair = /(?<!\d)(\d{4})(\d{2})(\d{2})\s*[-－~至]\s*(\d{4})(\d{2})(\d{2})(?!\d)/.exec(text);
  if (dates.length === 0 && compactPair) {
    const [, y1, m1, d1, y2, m2, d2] = compactPair;
    const from = parseChineseDate(`${y1}-${m1}-${d1}`);
    const until = parseChineseDate(`${y2}-${m2}-${d2}`);
    if (from && until && from <= until) return { from, until, openEnded: false };
  }
  const openEnded = /长期|永久|无固定期限/.test(text);
  if (dates.length === 0 && !openEnded) return null;
  if (dates.length >= 2) return { from: dates[0] ?? null, until: dates[1] ?? null, openEnded: false };
  if (openEnded) return { from: dates[0] ?? null, until: null, openEnded: true };
  // One date followed by 至/起/a dash starts a period: its end follows from a duration given with it (租期3年，自…起),
  // else it was not read (2025-07-01至2026290…) and the start is no end date.
  const single = DATE.exec(text);
  if (single && /^\s*日?\s*[至起\-－~]/.test(text.slice(single.index + single[0].length))) {
    const from = dates[0] ?? null;
    return { from, until: from ? endAfter(from, durationMonths(text.replace(DATES, ' '))) : null, openEnded: false };
  }
  return { from: null, until: dates[0] ?? null, openEnded: false };
}

const CHINESE_DIGITS = '零一二三四五六七八九';

/** A small number in figures or Chinese (3, 三, 两, 十二); null when none. */
function smallNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const t = text.replace(/两/g, '二');
  if (t === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(t);
  if (m) return (m[1] ? CHINESE_DIGITS.indexOf(m[1]) : 1) * 10 + (m[2] ? CHINESE_DIGITS.indexOf(m[2]) : 0);
  return t.length === 1 && CHINESE_DIGITS.includes(t) ? CHINESE_DIGITS.indexOf(t) : null;
}

/** A term's length in months from text without its dates (3年, 两年, 18个月, 六个月); null when none or more than one. */
function durationMonths(text: string): number | null {
  const found = [...text.matchAll(/(?<!\d)(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(个月|年)/g)];
  if (found.length !== 1) return null;
  const [, count = '', unit] = found[0] as RegExpMatchArray;
  const n = smallNumber(count);
  return n === null || n === 0 ? null : unit === '年' ? n * 12 : n;
}

/** The last day of a term of `months` starting on `from` (2024-01-01 + 36 months → 2026-12-31); null without a term. */
function endAfter(from: string, months: number | null): string | null {
  if (months === null) return null;
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y, m - 1 + months, d - 1));
  return end.toISOString().slice(0, 10);
}

/** True when `caseDate` falls inside the period (both ends inclusive; ISO dates compare as strings). */
export function periodCovers(period: Period, caseDate: string): boolean {
  if (period.from !== null && caseDate < period.from) return false;
  return period.openEnded || (period.until !== null && caseDate <= period.until);
}

/** True when a date is not after the case date and not absurdly old (before 1949-10-01). */
export function isPlausiblePastDate(iso: string, caseDate: string): boolean {
  return iso >= '1949-10-01' && iso <= caseDate;
}
