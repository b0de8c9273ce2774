const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 拾: 10, 十: 10, 佰: 100, 百: 100, 仟: 1000, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10_000, 萬: 10_000, 亿: 100_000_000, 億: 100_000_000 };

/** Integer value of capital numerals without a currency part (e.g. 壹拾万零伍佰), or null. */
function parseInteger(text: string): number | null {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in DIGITS) digit = DIGITS[ch] ?? 0;
    else if (ch in SMALL_UNITS) {
      section += (digit === 0 ? 1 : digit) * (SMALL_UNITS[ch] ?? 1);
      digit = 0;
    } else if (ch in BIG_UNITS) {
      const unit = BIG_UNITS[ch] ?? 1;
      section += digit;
      // 亿 after 万 (壹万亿) multiplies everything so far; otherwise it closes the current section.
      total = unit > 10_000 && total > 0 && total < unit ? (total + section) * unit : total + section * unit;
      section = 0;
      digit = 0;
    } else return null;
  }
  return total + section + digit;
}

/** Value in fen (1/100 yuan) of an amount in capital numerals such as 壹拾万元整, or null if it is not one. */
export function parseCapitalAmountFen(text: string): number | null {
  const t = text.replace(/[\s人民币圆（）()：:]/g, (c) => (c === '圆' ? '元' : '')).replace(/^¥/, '');
  // Amounts under one yuan have no 元 part (伍角, 壹分).
  const m = /^(.*?)元零?(?:(.)角)?零?(?:(.)分)?整?$/u.exec(t) ?? /^()(?:(.)角)?(?:(.)分)?$/u.exec(/[角分]/.test(t) ? t : '-');
  if (!m) return null;
  const yuanText = (m[1] ?? '').replace(/^零/, '');
  const yuan = yuanText === '' ? 0 : parseInteger(yuanText);
  if (yuan === null) return null;
  const jiao = m[2] !== undefined ? DIGITS[m[2]] : 0;
  const fen = m[3] !== undefined ? DIGITS[m[3]] : 0;
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
    if ((needZero || (parts.length > 0 && g < 1000))) parts.push('零');
    parts.push(groupText(g) + bigUnits[i]);
    needZero = false;
  });
  let out = parts.join('');
  if (out === '' && (jiao !== 0 || cents !== 0)) return `${jiao !== 0 ? `${digits.charAt(jiao)}角` : ''}${cents !== 0 ? `${digits.charAt(cents)}分` : ''}`;
  out = out === '' ? '零元' : `${out}元`;
  if (jiao === 0 && cents === 0) return `${out}整`;
  if (jiao !== 0) out += `${digits.charAt(jiao)}角`;
  else out += '零';
  if (cents !== 0) out += `${digits.charAt(cents)}分`;
  return out;
}
