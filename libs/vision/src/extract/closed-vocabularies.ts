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

/**
 * 币制 as a declaration prints it: the Chinese names of the GACC 货币代码表 currencies merchants trade in. Each name is told
 * apart by its first characters (the country); OCR loses the thin 元 or misreads it as a lookalike (美无, 美).
 */
export const CUSTOMS_CURRENCIES: readonly string[] = [
  '人民币',
  '美元',
  '欧元',
  '日元',
  '港币',
  '英镑',
  '澳大利亚元',
  '澳元',
  '加拿大元',
  '加元',
  '新加坡元',
  '韩元',
  '瑞士法郎',
  '新台币',
  '卢布',
  '澳门元',
  '新西兰元',
  '瑞典克朗',
  '丹麦克朗',
  '挪威克朗',
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

/**
 * 税种 as a tax payment certificate prints them: the eighteen taxes of the current tax system (STA 现行税种) and the fees the
 * tax bureaus collect with them (教育费附加, 地方教育附加 …).
 */
export const TAX_TYPES: readonly string[] = [
  '增值税',
  '消费税',
  '企业所得税',
  '个人所得税',
  '资源税',
  '城市维护建设税',
  '房产税',
  '印花税',
  '城镇土地使用税',
  '土地增值税',
  '车船税',
  '车辆购置税',
  '关税',
  '耕地占用税',
  '契税',
  '烟叶税',
  '船舶吨税',
  '环境保护税',
  '教育费附加',
  '地方教育附加',
  '文化事业建设费',
  '残疾人就业保障金',
  '水利建设基金',
];

/** Levenshtein distance between two strings of characters. Pure. */
function editDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  a.forEach((ch, i) => {
    const row = [i + 1];
    b.forEach((other, j) => {
      row.push(Math.min((previous[j] ?? 0) + (ch === other ? 0 : 1), (previous[j + 1] ?? 0) + 1, (row[j] ?? 0) + 1));
    });
    previous = row;
  });
  return previous[b.length] ?? 0;
}

/**
 * The term of a closed vocabulary that `read` is, allowing one misread, lost or extra character in three (城电维护建设税,
 * 城4审维护建设税 for 城市维护建设税; 业所得税 for 企业所得税), when exactly one term is that close. Pure.
 */
export function nearestTerm(read: string, terms: readonly string[]): string | null {
  const chars = [...read];
  const fits = terms.filter((t) => editDistance(chars, [...t]) <= Math.floor([...t].length / 3));
  return fits.length === 1 ? (fits[0] ?? null) : null;
}

/**
 * A tax type OCR merged with the number printed left of it on its row (a tilted table's 原凭证号 | 税种 read as one box,
 * 7459617827911城4审维护建设税). The first box below the 税种 heading, in reading order, that starts with a voucher number is
 * the table's first row, whose tax type the field names: its text after the number, read within one character in three.
 * A first row that spells no tax type (or holds the number alone) gives none: a later row's tax is not the first's. Pure.
 */
export function taxTypeInCells(
  cells: ReadonlyArray<{ text: string; box: readonly number[] }>,
  order: readonly number[],
): { value: string; line: number } | null {
  const heading = cells.find((c) => /^税[(（]?费?[)）]?种$/.test(c.text));
  if (!heading) return null;
  const below = (heading.box[1] ?? 0) + (heading.box[3] ?? 0);
  for (const line of order) {
    const cell = cells[line];
    if (!cell || (cell.box[1] ?? 0) + (cell.box[3] ?? 0) / 2 < below || !/^\d{6,}/.test(cell.text)) continue;
    // The table's rule between the two cells may be read with them (076271275994954499|企业所得税).
    const tail = /^\d{6,}[A-Za-z]?[|丨│]?([\u4e00-\u9fa5][\u4e00-\u9fa5\dA-Za-z]{1,9})$/.exec(cell.text)?.[1];
    const term = tail ? nearestTerm(tail, TAX_TYPES) : null;
    return term ? { value: term, line } : null;
  }
  return null;
}

/** Characters OCR reads for 元 (its two strokes over 儿 lose the top one or hook the foot). */
const YUAN_LOOKALIKES = /[无兀九尤]$/;

/**
 * A currency name whose 元 OCR misread as a lookalike (美无) or lost (美) is the one currency it can be: the reading with
 * 元 restored, or the one name it is with a character lost. Another reading (美国, a country beside it) stays as read. Pure.
 */
export function currencyName(value: string): string {
  const restored = value.replace(YUAN_LOOKALIKES, '元');
  if (CUSTOMS_CURRENCIES.includes(restored)) return restored;
  const fits = CUSTOMS_CURRENCIES.filter((t) => lostOne([...value], [...t]));
  return fits.length === 1 && fits[0] ? fits[0] : value;
}
