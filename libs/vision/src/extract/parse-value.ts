import { parseCapitalAmountFen } from '@uplift/domain';
import type { FieldKind } from '../classify/voucher-specs';
import { formatFen, parseAmountFen } from '../validate/amounts';
import { parseChineseDate, parsePeriod } from '../validate/dates';
import { PLATE_IN_TEXT } from '../validate/plate';
import { correctUscc, correctVin } from './correct-codes';
import { oneLookalikeFromPattern } from './pattern-codes';
import { digitsFromLookalikes } from './normalise-text';

/** A normalised value and how sure the parse is (1 = the value has the exact expected form). */
export interface ParsedValue {
  value: string;
  certainty: number;
}

/** Figures with two decimals; thousands groups may be read with commas or dots (OCR reads ',' as '.'). */
// A figure followed by a separator and a digit (67,78.00: a group that lost a digit) is not a figure with cents.
const MONEY = /-?\d{1,3}(?:[,，.]\d{3})+[.,]\d{2}(?![\d]|[.,，]\d)|-?\d+[.,]\d{2}(?![\d]|[.,，]\d)/g;
// A grouped figure keeps all its groups even when OCR lost a decimal (9,743.0), so it is never cut to 9.
const WHOLE = /-?\d{1,3}(?:[,，]\d{3})+(?:\.\d{1,2})?(?![\d.])|-?\d+(?:\.\d+)?/;

/** Fen of a money token: every digit counts, the last two are fen (219.514.00 → 21951400). */
function tokenFen(token: string): number | null {
  const digits = token.replace(/[^\d]/g, '');
  if (digits === '' || digits.length > 15) return null;
  return (token.trim().startsWith('-') ? -1 : 1) * Number(digits);
}

function parseFigure(raw: string, nth: number): ParsedValue | null {
  const text = raw.replace(/[¥￥]/g, ' ');
  // 50万元 / 100.00万元: a figure in ten-thousands (registered capital, contract sums) is scaled, not cut.
  const wan = nth === 0 ? /(\d+(?:\.\d+)?)\s*万/.exec(text.replace(/[,，]/g, '')) : null;
  if (wan?.[1]) return { value: formatFen(Math.round(Number(wan[1]) * 1_000_000)), certainty: 0.9 };
  const matches = [...text.matchAll(MONEY)];
  const tokens = matches.map((m) => m[0]);
  const token = tokens[nth];
  // A figure that starts at a thousands separator lost its leading digits (a seal over ¥74,779.00 read ★,779.00;
  // 80,728.00 read D.728.00):
  // nothing is reported rather than a cut amount.
  const at = matches[nth]?.index ?? 0;
  // A separator right after a colon or at the start is a misread currency sign (.3,000.00), not a lost digit.
  if (token !== undefined && at > 1 && /[,，.]/.test(text.charAt(at - 1)) && !/[\s:：]/.test(text.charAt(at - 2))) return null;
  if (token !== undefined) {
    const fen = tokenFen(token);
    // A dot used as a thousands separator is a misreading that was repaired: say so with lower certainty.
    const repaired = /\.\d{3}[.,]/.test(token);
    if (fen !== null) return { value: formatFen(fen), certainty: repaired ? 0.9 : 1 };
  }
  if (nth !== 0) return null;
  const capital = /[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整]{2,}/.exec(text);
  // Capital numerals end with their unit (…元整, …角, …分): a run cut by a misread character (陆拾陆万搬仟…) is not read.
  // 零 stands only before a digit (壹万零伍佰), never before a unit: 零拾 is a misread digit (肆拾).
  // Words ending at 元 or 角 with more Chinese after them (…壹拾元烧角掘: 柒角捌分 misread) were cut there by the misreading: their
  // yuan are not the amount. Words ending with 整 or 分 are whole whatever follows.
  const cut = capital !== null && /[元圆角]$/.test(capital[0]) && /^[\u4e00-\u9fa5]/.test(text.slice(capital.index + capital[0].length));
  const whole = capital !== null && !cut && /[元圆角分整]$/.test(capital[0]) && !/零[拾佰仟]/.test(capital[0]);
  const capitalFen = capital && whole ? parseCapitalAmountFen(capital[0].replace(/圆/g, '元')) : null;
  if (capitalFen !== null && tokens.length === 0) return { value: formatFen(capitalFen), certainty: 0.9 };
  // Words that do not read as an amount are not read for a stray digit in them (陆万肆仟肆4佰… is not 4.00).
  if (tokens.length === 0 && /[壹贰叁肆伍陆柒捌玖][拾佰仟万亿]/.test(text)) return null;
  // Thousands groups have three digits: two more after the last group are the cents of a lost decimal point.
  const lostPoint = /-?\d{1,3}(?:[,，]\d{3})+\d{2}(?!\d)/.exec(text);
  if (lostPoint) return { value: formatFen(tokenFen(lostPoint[0]) ?? 0), certainty: 0.7 };
  const plain = WHOLE.exec(text);
  // Digits or separators right after the match mean the figure was not read whole: nothing rather than a cut amount.
  if (plain && /^[\d,，.]/.test(text.slice(plain.index + plain[0].length))) return null;
  // A thousands group right after a separator (，552 of 42,552.54) is the tail of a figure that lost its front.
  if (plain && /^\d{3}$/.test(plain[0]) && /[,，.]$/.test(text.slice(0, plain.index))) return null;
  const alt = plain ? parseAmountFen(plain[0].replace(/[,，]/g, '')) : null;
  return alt !== null ? { value: formatFen(alt), certainty: 0.7 } : null;
}

/** Normalises the raw text after a label according to the field's kind; null when nothing usable is there. */
export function parseValue(kind: FieldKind, raw: string, pattern?: RegExp, nth = 0): ParsedValue | null {
  const text = raw.replace(/^[:：;,，]+/, '').trim();
  if (text === '') return null;
  switch (kind) {
    case 'uscc':
      return correctUscc(text);
    case 'vin':
      return correctVin(text);
    case 'date': {
      // A year OCR read without its leading 2 (024年02月24日): these documents date from this century, so it is 2024, read
      // less surely. Three digits starting 20 (202年) could be any year of a decade and stay unread.
      const lostCentury = /^0\d{2}\s*年/.test(text);
      const d = parseChineseDate(lostCentury ? `2${text}` : text);
      // A date that lost its closing 日 (2024年01月28) may have lost or misread its last digit too: another reading wins.
      const cut = /年\d{1,2}月\d{1,2}$/.test(text.replace(/\s/g, ''));
      return d ? { value: d, certainty: cut || lostCentury ? 0.8 : 1 } : null;
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
      // A period with an end that was not read is a weak reading.
      const whole = p.openEnded || p.until !== null;
      return { value: `${p.from ?? ''}/${p.openEnded ? '长期' : (p.until ?? '')}`, certainty: whole ? 1 : 0.5 };
    }
    case 'amount':
      // A thousands group right after a comma (，552 or ,552.54 of 42,552.54), or after a dot and ending the text, is the
      // tail of a figure that lost its front (a dot before a whole figure, .3,000.00, is a misread currency sign).
      // A separator before a three-digit group with cents (.568.00 of 53,568.00 under a rule) is such a tail too.
      return /^\s*([,，]\d{3}(?!\d)|\.\d{3}\s*$|\.\d{3}[.,]\d{2}\s*$)/.test(raw) ? null : parseFigure(text, nth);
    case 'capital': {
      // Numerals with a misread character among them (…壹拾玖圆雾贰分) are read whole, garbled: cut at the misreading they
      // would state another amount (…壹拾玖元), one the figures' arithmetic would then be checked against.
      const m = /[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整]+(?:[\u4e00-\u9fa5][零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整]+)*/.exec(text);
      if (!m) return null;
      const value = m[0].replace(/圆/g, '元');
      return { value, certainty: parseCapitalAmountFen(value) === null ? 0.5 : 1 };
    }
    case 'plate': {
      const m = PLATE_IN_TEXT.exec(text.toUpperCase());
      if (m) return { value: m[0].replace(/[·•.\s]/g, ''), certainty: 1 };
      // Plates use neither I nor O (GA 36): read as 1 and 0; a middle dot OCR read as a dash or colon is dropped.
      const fixed = PLATE_IN_TEXT.exec(
        text
          .toUpperCase()
          .replace(/[-－:：・]/g, '')
          .replace(/O/g, '0')
          .replace(/I/g, '1'),
      );
      return fixed ? { value: fixed[0].replace(/[·•.\s]/g, ''), certainty: 0.9 } : null;
    }
    case 'integer': {
      const m = /\d+/.exec(text);
      return m ? { value: String(Number(m[0])), certainty: 1 } : null;
    }
    case 'id': {
      if (pattern) {
        const direct = new RegExp(pattern.source).exec(text) ?? new RegExp(pattern.source).exec(digitsFromLookalikes(text));
        // The issuing province printed in brackets before the number ((鲁)XK22-…) is part of it.
        const province = direct
          ? /\([\u4e00-\u9fa5]{1,2}\)$/.exec(text.slice(0, direct.index).replace(/[（]/g, '(').replace(/[）]/g, ')'))
          : null;
        if (direct) return { value: (province?.[0] ?? '') + direct[0], certainty: 1 };
        const fixed = oneLookalikeFromPattern(text, pattern);
        if (fixed) return { value: fixed, certainty: 0.85 };
      }
      const token = /^[^\s,，;；]+/.exec(text);
      return token ? { value: token[0], certainty: pattern ? 0.5 : 0.9 } : null;
    }
    case 'text': {
      // A table's ruling line beside a value reads as 丨 or |: no name or address starts with one.
      const value = text.replace(/^[丨|│┃]+/, '');
      if (value === '') return null;
      // A text field with a closed vocabulary (currencies) takes the word it knows out of a longer reading.
      const known = pattern ? new RegExp(pattern.source).exec(value) : null;
      if (known) return { value: known[0], certainty: 1 };
      // A value never ends with punctuation: a clause's comma, a semicolon OCR read as a colon, or the bracket of a note
      // whose label ended it (甲公司（统一社会信用代码：…).
      return { value: value.replace(/[,，;；。:：(（]+$/, ''), certainty: pattern ? 0.6 : 0.9 };
    }
  }
}
