import { centreY, type Cell } from './cell-geometry';

/** A taxpayer number alone in its box (18-character USCC, or an older 15- or 20-character one). */
const TAX_ID = /^[0-9A-Z]{15}$|^[0-9A-Z]{18}$|^[0-9A-Z]{20}$/;
/** An organisation's name alone in its box: Chinese (a bracketed place allowed) ending in a legal form. */
const ORGANISATION = /^[\u4e00-\u9fa5()（）]{4,40}(有限责任公司|股份有限公司|有限公司|公司|集团|厂|店|合作社|中心|商行|经营部)$/;

/**
 * The party names of an invoice whose labels OCR did not read (名称 printed faint or small): each party block prints its
 * name right above its taxpayer number, left-aligned with it, as the first two lines of the block. The first such
 * block on the page is the buyer's (above the goods), the last the seller's (below the totals). Returns the cell of
 * the name for `which` block, or null when fewer than two blocks are found (then which block is whose is unknown). Pure.
 */
export function partyNameAboveTaxId(cells: readonly Cell[], order: readonly number[], which: 'first' | 'last'): number | null {
  const names: number[] = [];
  for (const i of order) {
    const id = cells[i];
    if (!id || !TAX_ID.test(id.text) || !/\d/.test(id.text)) continue;
    const h = id.box[3];
    const above = cells.findIndex(
      (c) =>
        c !== id &&
        ORGANISATION.test(c.text) &&
        Math.abs(c.box[0] - id.box[0]) < h * 1.5 &&
        centreY(c) < centreY(id) &&
        centreY(id) - centreY(c) < h * 2.5,
    );
    if (above >= 0 && !names.includes(above)) names.push(above);
  }
  if (names.length < 2) return null;
  return (which === 'first' ? names[0] : names[names.length - 1]) ?? null;
}
