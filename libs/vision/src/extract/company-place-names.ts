import { ORGANISATION_NAME_FIELDS } from './organisation-name-fields';
import { PLACE_NAMES } from './place-names';

/**
 * Characters OCR confuses in print (a glyph and the one it is misread as, both ways). Only these are
 * repaired in a name: a brand name one other character away from a place (中兴, 中山) is left alone.
 */
const CONFUSABLE: ReadonlyArray<readonly [string, string]> = [
  ['门', '内'],
  ['门', '內'],
  ['门', '们'],
  ['州', '川'],
  ['州', '洲'],
  ['京', '景'],
  ['宁', '字'],
  ['锡', '钖'],
];
const confusable = (a: string, b: string): boolean => CONFUSABLE.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

/**
 * Repairs the place an organisation's name starts with (厦內永盛科技有限公司 → 厦门永盛科技有限公司) when its first two
 * characters differ from exactly one known two-character place in one position, by a known OCR confusion, and
 * the name ends like an organisation (公司, 厂, 店 …). Other names and fields are left as read. Pure.
 */
export function repairCompanyPlace(field: string, value: string): string {
  if (!ORGANISATION_NAME_FIELDS.has(field) || !/(公司|厂|店|中心|合作社|商行|经营部|集团)$/.test(value)) return value;
  if (PLACE_NAMES.some((p) => value.startsWith(p))) return value;
  const head = [...value.slice(0, 2)];
  const near = PLACE_NAMES.filter((p) => {
    const chars = [...p];
    if (chars.length !== 2) return false;
    const diffs = chars.map((c, i) => (c === head[i] ? null : [c, head[i] ?? ''])).filter((d): d is [string, string] => d !== null);
    return diffs.length === 1 && confusable(...(diffs[0] as [string, string]));
  });
  return near.length === 1 && near[0] ? near[0] + value.slice(2) : value;
}
