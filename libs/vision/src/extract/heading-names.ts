import type { Cell } from './cell-geometry';

/** An organisation's name: Chinese (bracketed place allowed), ending in a legal form. */
const ORGANISATION = /^[\u4e00-\u9fa5()]{4,40}?(?:有限责任公司|股份有限公司|有限公司|公司|集团|厂|合作社|中心)/;

/**
 * The organisation named as a page's heading: sheets a company draws up itself (工资表, 明细表) print its name
 * as the first line, alone or before the sheet's title (深圳市…有限公司2023年4月工资表), and carry no label for
 * it. Looks at the first lines in reading order. Pure.
 */
export function headingOrganisation(cells: readonly Cell[], order: readonly number[]): { value: string; line: number } | null {
  for (const i of order.slice(0, 3)) {
    const text = cells[i]?.text ?? '';
    const m = ORGANISATION.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length);
    // Nothing after the name, or a period and the sheet's title (2023年4月工资明细表).
    if (rest === '' || /^[\d年月\-/.]*[\u4e00-\u9fa5]{0,8}表$/.test(rest)) return { value: m[0], line: i };
  }
  return null;
}

/**
 * An organisation's name cut before a bracketed identity note or the prose after it: 兹证明甲公司（统一社会信用代码：…）在…
 * names 甲公司. Values without such a note are returned unchanged. Pure.
 */
export function withoutIdentityNote(value: string): string {
  const m = /^(.{4,}?(?:公司|厂|店|中心|合作社|集团))[(（]?(?:统一社会信用代码|社会信用代码|纳税人识别号|注册号|身份证)/.exec(value);
  return m?.[1] ?? value;
}
