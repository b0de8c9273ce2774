import { isValidUscc, isValidVin, parseCapitalAmountFen } from '@uplift/domain';
import type { FieldKind } from '../classify/voucher-specs';
import { formatFen, parseAmountFen } from '../validate/amounts';
import { parseChineseDate, parsePeriod } from '../validate/dates';
import { PLATE_IN_TEXT } from '../validate/plate';
import { digitsFromLookalikes } from './normalise-text';

/** A normalised value and how sure the parse is (1 = the value has the exact expected form). */
export interface ParsedValue {
  value: string;
  certainty: number;
}

const USCC_RUN = /[0-9A-Z]{18}/g;
const VIN_RUN = /[A-Z0-9]{17}/g;

function parseUscc(raw: string): ParsedValue | null {
  const runs = [...raw.toUpperCase().matchAll(USCC_RUN)].map((m) => m[0]);
  for (const run of runs) if (isValidUscc(run)) return { value: run, certainty: 1 };
  for (const run of runs) {
    // The code's body is mostly digits; O and I never occur in a USCC, so read them as 0 and 1.
    const fixed = run.replace(/O/g, '0').replace(/I/g, '1').replace(/S/g, '5').replace(/Z/g, '2').replace(/V/g, 'Y');
    if (isValidUscc(fixed)) return { value: fixed, certainty: 0.9 };
  }
  return runs[0] ? { value: runs[0], certainty: 0.4 } : null;
}

function parseVin(raw: string): ParsedValue | null {
  const runs = [...raw.toUpperCase().replace(/[IOQ]/g, (c) => (c === 'I' ? '1' : '0')).matchAll(VIN_RUN)].map((m) => m[0]);
  for (const run of runs) if (isValidVin(run)) return { value: run, certainty: 1 };
  return runs[0] ? { value: runs[0], certainty: 0.4 } : null;
}

function parseFigure(raw: string, nth: number): ParsedValue | null {
  const figures = [...raw.matchAll(/-?\d[\d,]*\.\d{2}(?!\d)/g)].map((m) => parseAmountFen(m[0]));
  const fen = figures[nth];
  if (fen !== undefined && fen !== null) return { value: formatFen(fen), certainty: 1 };
  if (nth === 0) {
    const whole = /-?\d[\d,]*(?:\.\d+)?/.exec(raw);
    const alt = whole ? parseAmountFen(whole[0]) : null;
    if (alt !== null) return { value: formatFen(alt), certainty: 0.7 };
  }
  return null;
}

/** Normalises the raw text after a label according to the field's kind; null when nothing usable is there. */
export function parseValue(kind: FieldKind, raw: string, pattern?: RegExp, nth = 0): ParsedValue | null {
  const text = raw.replace(/^[:：;,，]+/, '').trim();
  if (text === '') return null;
  switch (kind) {
    case 'uscc':
      return parseUscc(text);
    case 'vin':
      return parseVin(text);
    case 'date': {
      const d = parseChineseDate(text);
      return d ? { value: d, certainty: 1 } : null;
    }
    case 'until': {
      const p = parsePeriod(text);
      if (!p) return null;
      if (p.openEnded) return { value: '长期', certainty: 1 };
      return p.until ? { value: p.until, certainty: 1 } : null;
    }
    case 'period': {
      const p = parsePeriod(text);
      if (!p) return { value: text, certainty: 0.5 };
      return { value: `${p.from ?? ''}/${p.openEnded ? '长期' : (p.until ?? '')}`, certainty: 1 };
    }
    case 'amount':
      return parseFigure(text, nth);
    case 'capital': {
      const m = /[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整]+/.exec(text);
      if (!m) return null;
      return { value: m[0].replace(/圆/g, '元'), certainty: parseCapitalAmountFen(m[0]) === null ? 0.5 : 1 };
    }
    case 'plate': {
      const m = PLATE_IN_TEXT.exec(text.toUpperCase());
      return m ? { value: m[0].replace(/[·•.\s]/g, ''), certainty: 1 } : null;
    }
    case 'integer': {
      const m = /\d+/.exec(text);
      return m ? { value: String(Number(m[0])), certainty: 1 } : null;
    }
    case 'id': {
      if (pattern) {
        const direct = new RegExp(pattern.source).exec(text) ?? new RegExp(pattern.source).exec(digitsFromLookalikes(text));
        if (direct) return { value: direct[0], certainty: 1 };
      }
      const token = /^[^\s,，;；]+/.exec(text);
      return token ? { value: token[0], certainty: pattern ? 0.5 : 0.9 } : null;
    }
    case 'text':
      return { value: text.replace(/[,，;；。]+$/, ''), certainty: 0.9 };
  }
}
