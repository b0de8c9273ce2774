// Values drawn from a closed list, restored when OCR lost or misread one character of them. Data with sources.

/** 监管方式 (customs supervision modes) as the declaration prints them: GACC 监管方式代码表, the modes merchants' goods move under. */
export const CUSTOMS_TRADE_MODES: readonly string[] = [
  '一般贸易',
  '来料加工',
  '进料对口',
  '进料非对口',
  '进料深加工',
  '来料深加工',
  '易货贸易',
  '租赁贸易',
  '修理物品',
  '暂时进出货物',
  '保税仓库货物',
  '保税区仓储转口',
  '其他进出口免费',
  '边境小额',
  '市场采购',
  '退运货物',
  '直接退运',
  '跨境电子商务',
  '保税电商',
];

const VOCABULARIES: Readonly<Record<string, readonly string[]>> = { trade_mode: CUSTOMS_TRADE_MODES };

/** True when `read` is `term` with one character lost (般贸易 for 一般贸易: the thin stroke of 一 is lost first). */
function lostOne(read: readonly string[], term: readonly string[]): boolean {
  if (term.length !== read.length + 1) return false;
  return term.some((_, i) => [...term.slice(0, i), ...term.slice(i + 1)].join('') === read.join(''));
}

/** True when `read` is `term` with one character misread (same length, one position differs). */
function oneMisread(read: readonly string[], term: readonly string[]): boolean {
  return term.length === read.length && term.filter((ch, i) => ch !== read[i]).length === 1;
}

/**
 * A value of a field with a closed vocabulary (customs 监管方式) that is not in it but is one of its terms with one
 * character lost or misread, when exactly one term fits, is that term; any other value stays as read. Pure.
 */
export function fromVocabulary(field: string, value: string): string {
  const terms = VOCABULARIES[field];
  if (!terms || terms.includes(value)) return value;
  const read = [...value];
  const fits = terms.filter((t) => read.length >= 3 && (lostOne(read, [...t]) || oneMisread(read, [...t])));
  return fits.length === 1 && fits[0] ? fits[0] : value;
}

/**
 * The device class in a medical device business licence's scope. The licence is issued for class Ⅲ devices (医疗器械监督
 * 管理条例 art. 41-42: class Ⅲ trade is licensed, class Ⅱ only filed), and OCR reads the Roman numeral Ⅲ as 川, 1I, lll or
 * loses it: a class marker at the start of the scope or of a list item that is not a proper Roman numeral is Ⅲ. Pure.
 */
export function medicalDeviceClass(value: string): string {
  return value.replace(/(^|[:：,，;；、])(?:[1lIi丨|川]{1,3})?类(?=[:：]|医疗器械)/g, '$1Ⅲ类');
}
