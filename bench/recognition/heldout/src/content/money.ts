/** Money kept as integer cents; printed the ways Chinese documents print it. */
import type { Random } from '../random';

const CAPITAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const CAPITAL_UNITS = ['', '拾', '佰', '仟'];
const SECTION_UNITS = ['', '万', '亿'];

function groupToCapital(group: number): string {
  let out = '';
  let pendingZero = false;
  for (let position = 3; position >= 0; position--) {
    const digit = Math.floor(group / 10 ** position) % 10;
    if (digit === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += CAPITAL_DIGITS.charAt(digit) + (CAPITAL_UNITS[position] as string);
  }
  return out;
}

function integerToCapital(value: number): string {
  if (value === 0) return '零';
  const groups = [value % 10000, Math.floor(value / 10000) % 10000, Math.floor(value / 1e8)];
  let out = '';
  let pendingZero = false;
  for (let section = 2; section >= 0; section--) {
    const group = groups[section] as number;
    if (group === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (out !== '' && (pendingZero || group < 1000)) out += '零';
    out += groupToCapital(group) + (SECTION_UNITS[section] as string);
    pendingZero = false;
  }
  return out;
}

/** 叁佰贰拾万元整 / 贰拾壹万玖仟伍佰壹拾肆圆零伍分 ('圆' is what invoices print). */
export function capitalAmount(cents: number, yuanCharacter: '元' | '圆' = '元'): string {
  const yuan = Math.floor(cents / 100);
  const jiao = Math.floor(cents / 10) % 10;
  const fen = cents % 10;
  let out = yuan > 0 ? integerToCapital(yuan) + yuanCharacter : '';
  if (jiao === 0 && fen === 0) return `${out}整`;
  if (jiao > 0) out += `${CAPITAL_DIGITS.charAt(jiao)}角`;
  else if (yuan > 0) out += '零';
  if (fen > 0) out += `${CAPITAL_DIGITS.charAt(fen)}分`;
  else out += '整';
  return out;
}

/** Truth form: plain decimal, two places, no separators. */
export function plainAmount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 3,200,000.00 */
export function groupedAmount(cents: number): string {
  const plain = plainAmount(Math.abs(cents));
  const [whole, fraction] = plain.split('.') as [string, string];
  return `${cents < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}

export type AmountStyle = 'grouped' | 'plain' | 'yen' | 'fullwidth-yen' | 'yen-plain';

/** One of the printed forms: 3,200,000.00, 3200000.00, ¥3,200,000.00, ￥3,200,000.00, ¥3200000.00. */
export function printAmount(cents: number, style: AmountStyle): string {
  switch (style) {
    case 'grouped':
      return groupedAmount(cents);
    case 'plain':
      return plainAmount(cents);
    case 'yen':
      return `¥${groupedAmount(cents)}`;
    case 'fullwidth-yen':
      return `￥${groupedAmount(cents)}`;
    case 'yen-plain':
      return `¥${plainAmount(cents)}`;
  }
}

export function pickAmountStyle(rng: Random, withSymbol: boolean): AmountStyle {
  return withSymbol ? rng.pick(['yen', 'fullwidth-yen', 'yen-plain', 'yen'] as const) : rng.pick(['grouped', 'plain', 'grouped'] as const);
}

/** A random amount in yuan between min and max, with cents as real documents have (often round). */
export function randomCents(rng: Random, minYuan: number, maxYuan: number, roundTo = 0): number {
  const yuan = rng.range(minYuan, maxYuan);
  if (roundTo > 0) return Math.max(roundTo, Math.round(yuan / roundTo) * roundTo) * 100;
  return Math.round(yuan * 100);
}

/** Tax of an amount at a rate in percent, rounded half up to a cent. */
export function taxOf(amountCents: number, ratePercent: number): number {
  return Math.round((amountCents * ratePercent) / 100);
}
