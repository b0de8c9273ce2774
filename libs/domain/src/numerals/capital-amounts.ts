import { parseChineseNumeral } from './chinese-numerals';

const JIAO_FEN: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  壹: 1,
  一: 1,
  贰: 2,
  貳: 2,
  二: 2,
  两: 2,
  叁: 3,
  參: 3,
  三: 3,
  肆: 4,
  四: 4,
  伍: 5,
  五: 5,
  陆: 6,
  陸: 6,
  六: 6,
  柒: 7,
  七: 7,
  捌: 8,
  八: 8,
  玖: 9,
  九: 9,
};

/** Value in fen (1/100 yuan) of an amount in capital numerals such as 壹拾万元整, or null if it is not one. */
export function parseCapitalAmountFen(text: string): number | null {
  const t = text.replace(/[\s人民币圆（）()：:]/g, (c) => (c === '圆' ? '元' : '')).replace(/^¥/, '');
  // Amounts under one yuan have no 元 part (伍角, 壹分).
  const m = /^(.*?)元零?(?:(.)角)?零?(?:(.)分)?整?$/u.exec(t) ?? /^()(?:(.)角)?(?:(.)分)?$/u.exec(/[角分]/.test(t) ? t : '-');
  if (!m) return null;
  const yuanText = (m[1] ?? '').replace(/^零/, '');
  const yuan = yuanText === '' ? 0 : parseChineseNumeral(yuanText);
  if (yuan === null) return null;
  const jiao = m[2] !== undefined ? JIAO_FEN[m[2]] : 0;
  const fen = m[3] !== undefined ? JIAO_FEN[m[3]] : 0;
  if (jiao === undefined || fen === undefined) return null;
  return yuan * 100 + jiao * 10 + fen;
}

/** Capital-numeral form of an amount in fen (e.g. 10000000 → 壹拾万元整); the inverse of the parser. */
export function formatCapitalAmount(fen: number): string {
  const digits = '零壹贰叁肆伍陆柒捌玖';
  const units = ['', '拾', '佰', '仟'];
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  const groupText = (n: number): string => {
    let s = '';
    let zero = false;
    for (let i = 3; i >= 0; i -= 1) {
      const d = Math.floor(n / 10 ** i) % 10;
      if (d === 0) zero = s !== '';
      else {
        if (zero) s += '零';
        s += digits.charAt(d) + units[i];
        zero = false;
      }
    }
    return s;
  };
  const parts: string[] = [];
  const groups = [Math.floor(yuan / 100_000_000), Math.floor(yuan / 10_000) % 10_000, yuan % 10_000];
  const bigUnits = ['亿', '万', ''];
  let needZero = false;
  groups.forEach((g, i) => {
    if (g === 0) {
      needZero = parts.length > 0;
      return;
    }
    if (needZero || (parts.length > 0 && g < 1000)) parts.push('零');
    parts.push(groupText(g) + bigUnits[i]);
    needZero = false;
  });
  let out = parts.join('');
  if (out === '' && (jiao !== 0 || cents !== 0))
    return `${jiao !== 0 ? `${digits.charAt(jiao)}角` : ''}${cents !== 0 ? `${digits.charAt(cents)}分` : ''}`;
  out = out === '' ? '零元' : `${out}元`;
  if (jiao === 0 && cents === 0) return `${out}整`;
  if (jiao !== 0) out += `${digits.charAt(jiao)}角`;
  else out += '零';
  if (cents !== 0) out += `${digits.charAt(cents)}分`;
  return out;
}
