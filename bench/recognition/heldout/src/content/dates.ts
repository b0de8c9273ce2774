/** Calendar dates without time zones, and the ways documents print them. */
import type { Random } from '../random';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function fromUtc(date: Date): CalendarDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function toUtc(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

export function randomDate(rng: Random, fromYear: number, toYear: number): CalendarDate {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear, 11, 31);
  return fromUtc(new Date(start + Math.floor(rng.next() * ((end - start) / 86400000 + 1)) * 86400000));
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtc(new Date(toUtc(date).getTime() + days * 86400000));
}

/** Same day n months later (clamped to the month's end). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(date.day, last) };
}

export function firstOfMonth(date: CalendarDate): CalendarDate {
  return { year: date.year, month: date.month, day: 1 };
}

export function lastOfMonth(date: CalendarDate): CalendarDate {
  return { year: date.year, month: date.month, day: new Date(Date.UTC(date.year, date.month, 0)).getUTCDate() };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Truth form YYYY-MM-DD. */
export function isoDate(date: CalendarDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

export type DateStyle = 'cn' | 'cn-short' | 'dotted' | 'iso' | 'slash';

export function printDate(date: CalendarDate, style: DateStyle): string {
  switch (style) {
    case 'cn':
      return `${date.year}年${pad(date.month)}月${pad(date.day)}日`;
    case 'cn-short':
      return `${date.year}年${date.month}月${date.day}日`;
    case 'dotted':
      return `${date.year}.${pad(date.month)}.${pad(date.day)}`;
    case 'iso':
      return isoDate(date);
    case 'slash':
      return `${date.year}/${pad(date.month)}/${pad(date.day)}`;
  }
}

export function pickDateStyle(rng: Random): DateStyle {
  return rng.pick(['cn', 'cn', 'cn-short', 'dotted', 'iso', 'slash'] as const);
}

/** Truth form of a period: YYYY-MM-DD/YYYY-MM-DD. */
export function isoPeriod(from: CalendarDate, to: CalendarDate): string {
  return `${isoDate(from)}/${isoDate(to)}`;
}

/** 二〇二四年三月五日 as seals and certificates print issue dates. */
export function hanziDate(date: CalendarDate): string {
  const digits = '〇一二三四五六七八九';
  const year = String(date.year).split('').map((d) => digits.charAt(Number(d))).join('');
  const small = (n: number): string => {
    if (n < 10) return digits.charAt(n);
    if (n === 10) return '十';
    if (n < 20) return `十${digits.charAt(n % 10)}`;
    return `${digits.charAt(Math.floor(n / 10))}十${n % 10 === 0 ? '' : digits.charAt(n % 10)}`;
  };
  return `${year}年${small(date.month)}月${small(date.day)}日`;
}
