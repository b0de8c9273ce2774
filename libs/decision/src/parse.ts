import type { RecognitionInput } from './inputs';

// Readers of normalised recognised values (amounts "12345.00", dates "YYYY-MM-DD", periods
// "from/until"). Pure: dates are computed with Date.UTC, never the clock.

const DAY_MS = 86_400_000;
/** Average month length in days (365.25 / 12). */
export const DAYS_PER_MONTH = 30.4375;

/** A field's value, when recognised. */
export function field(recognition: RecognitionInput, name: string): string | undefined {
  return recognition.fields.find((f) => f.name === name)?.value;
}

/** Mean confidence of the named fields that were read (0 when none). */
export function fieldConfidence(recognition: RecognitionInput, names: readonly string[]): number {
  const found = recognition.fields.filter((f) => names.includes(f.name));
  return found.length === 0 ? 0 : found.reduce((s, f) => s + f.confidence, 0) / found.length;
}

/** CNY amount of a normalised figure such as "12,345.00" or "¥12345"; null when not a number. */
export function parseAmount(text: string | undefined): number | null {
  if (text === undefined) return null;
  const t = text.replace(/[¥￥,，\s元]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** First number in a text such as "12,000 kWh" or "3人"; null when there is none. */
export function firstNumber(text: string | undefined): number | null {
  if (text === undefined) return null;
  const m = /-?\d[\d,]*(\.\d+)?/.exec(text);
  return m ? Number(m[0].replace(/,/g, '')) : null;
}

/** Day number (days since 1970-01-01) of an ISO date; null when not one. */
export function dayNumber(iso: string | undefined | null): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

/** A period "from/until" (until may be 长期, open-ended); null when it names no dates. */
export function parsePeriod(text: string | undefined): { from: number | null; until: number | null; openEnded: boolean } | null {
  if (!text) return null;
  const [a, b] = text.split('/');
  const from = dayNumber(a);
  const until = dayNumber(b);
  const openEnded = /长期/.test(b ?? '');
  if (from === null && until === null && !openEnded) return null;
  return { from, until, openEnded };
}

/** Length of a period in months (inclusive of both ends); null without both ends. */
export function periodMonths(text: string | undefined): number | null {
  const p = parsePeriod(text);
  if (!p || p.from === null || p.until === null || p.until < p.from) return null;
  return (p.until - p.from + 1) / DAYS_PER_MONTH;
}

/** Credits (inflows) of statement rows read from the statement text: date … [credit debit] balance. */
export function statementCredits(text: string | null): { rows: number; credits: number; firstDay: number | null; lastDay: number | null } {
  let rows = 0;
  let credits = 0;
  let firstDay: number | null = null;
  let lastDay: number | null = null;
  for (const line of (text ?? '').split('\n')) {
    const t = line.trim();
    const date = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})/.exec(t);
    if (!date) continue;
    const figures = [...t.slice(date[0].length).matchAll(/-?\d[\d,]*\.\d{2}(?!\d)/g)].map((m) => Number(m[0].replace(/,/g, '')));
    let credit = 0;
    if (figures.length === 2) credit = Math.max(figures[0] ?? 0, 0);
    else if (figures.length >= 3) credit = Math.max(figures[figures.length - 3] ?? 0, 0);
    else continue;
    rows += 1;
    credits += credit;
    const day = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])) / DAY_MS;
    firstDay = firstDay === null ? day : Math.min(firstDay, day);
    lastDay = lastDay === null ? day : Math.max(lastDay, day);
  }
  return { rows, credits, firstDay, lastDay };
}

/** Names compared loosely: case, spaces and brackets ignored. */
export function sameName(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const norm = (s: string) => s.toLowerCase().replace(/[\s()（）·.,，]/g, '');
  return norm(a) === norm(b);
}
