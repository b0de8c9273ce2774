import type { VoucherSpec, FieldSpec } from '../classify/voucher-specs';
import type { Field, OcrLine } from '../types';
import { findLabelHits, labelTable, type LabelHit } from './label-hits';
import { candidatesFor, estimateSkew, readingOrder, sameRow, type Cell, type ValueSource } from './layout';
import { compact } from './normalise-text';
import { parseValue, type ParsedValue } from './parse-value';
import { repairPlaceName } from './place-names';
import { plausibility } from './plausibility';
import { joinSpacedLabels } from './spaced-labels';
import { joinStackedLabels } from './stacked-labels';
import { hasLabelAbove } from './labels-above';
import { restoreClippedLabels } from './clipped-labels';
import { repairCompanyPlace } from './company-place-names';
import { lostLeadingDigits, restoreLostLeadingDigits } from './lost-leading-digits';
import { parseAmountFen } from '../validate/amounts';
import { amountFromWords, amountTaxProvenByTotal } from './proven-by-total';
import { totalFromGarbledWords } from './total-from-garbled-words';
import { purchaseOrderPrefix } from './order-number-prefix';
import { SERIAL_FIELDS, unlabelledSerial } from './serial-numbers';
import { firstTaxTypeBox, unlabelledUscc } from './unlabelled-codes';
import { partyNameAboveTaxId } from './party-blocks';
import { currencyName, fromVocabulary, medicalDeviceClass, taxTypeInCells } from './closed-vocabularies';
import { restoreMisreadLabels } from './misread-labels';
import { inHeadingScale, withHeadingUnit, withUsageUnit } from './heading-units';
import { headingOrganisation, withoutIdentityNote } from './heading-names';
import { ORGANISATION_NAME_FIELDS } from './organisation-name-fields';

/** Version of the field extractor; recorded in every result. */
export const EXTRACTOR_VERSION = 'layout-pairs-9';

/** Words beside a shared label (名称, 纳税人识别号) that say whose it is: buyer or seller side of an invoice. */
const ROLE_WORDS: Readonly<Record<string, readonly string[]>> = {
  buyer: ['购买方', '购方', '买方', '购货', '购'],
  buyer_tax_id: ['购买方', '购方', '买方', '购货', '购'],
  seller: ['销售方', '销方', '卖方', '销货', '销'],
  seller_tax_id: ['销售方', '销方', '卖方', '销货', '销'],
};
// A table's totals row outranks its first row for an amount; a column value is as sure as a value to the right.
const SOURCE_WEIGHT: Record<ValueSource, number> = { inline: 1, right: 0.97, below: 0.9, column: 0.97, total: 1 };
/** Invoice parties by their block's place on the page: the buyer's above the goods, the seller's below the totals. */
const PARTY_BLOCKS: Readonly<Record<string, 'first' | 'last'>> = { buyer: 'first', seller: 'last' };
/** Labels that name a total (…合计, …总计, 总收入) rather than a column of rows. */
const TOTALS_LABEL = /^.+(合计|总计|总额)$|^总(收入|支出)/;

/** Text that tells whose a label is: before it on its line, and the nearest cell to its left spanning its row. */
function roleContext(cells: readonly Cell[], hit: LabelHit, skew: number): string {
  const cell = cells[hit.line];
  if (!cell) return '';
  const own = cell.text.slice(0, hit.start);
  const cy = cell.box[1] + cell.box[3] / 2;
  // Spanning the label's row once the page's skew is taken out (a sheared photo lowers the left column).
  const lift = (c: Cell): number => skew * (cell.box[0] + cell.box[2] / 2 - (c.box[0] + c.box[2] / 2));
  const left = cells
    .filter(
      (c) =>
        c.box[0] + c.box[2] <= cell.box[0] + 2 && c.box[1] + lift(c) <= cy && c.box[1] + c.box[3] + lift(c) >= cy && c.text.length <= 8,
    )
    .sort((a, b) => b.box[0] + b.box[2] - (a.box[0] + a.box[2]))[0];
  // The same label printed between them (购买方 | 名称：… | 名称：… with the seller's side word lost) takes the side word.
  const between = left
    ? cells.some(
        (c) =>
          c !== cell &&
          c.box[0] >= left.box[0] + left.box[2] - 2 &&
          c.box[0] + c.box[2] <= cell.box[0] + 2 &&
          sameRow(cell, c, skew) &&
          c.text.includes(hit.label),
      )
    : false;
  return own + (between ? '' : (left?.text ?? ''));
}

function claims(field: string, context: string): boolean | null {
  const own = ROLE_WORDS[field];
  if (!own) return null;
  const sibling = field.startsWith('buyer') ? field.replace('buyer', 'seller') : field.replace('seller', 'buyer');
  const other = ROLE_WORDS[sibling] ?? [];
  const ownAt = Math.max(...own.map((w) => context.lastIndexOf(w)));
  const otherAt = Math.max(...other.map((w) => context.lastIndexOf(w)));
  if (ownAt < 0 && otherAt < 0) return null;
  return ownAt > otherAt;
}

/** Hits of a field: its own labels; shared ones claimed by role words, else by page order (`occurrence`). */
function hitsForField(
  spec: VoucherSpec,
  fieldSpec: FieldSpec,
  hits: readonly LabelHit[],
  cells: readonly Cell[],
  rank: ReadonlyMap<number, number>,
  skew: number,
): LabelHit[] {
  const byOrder = (a: LabelHit, b: LabelHit): number => (rank.get(a.line) ?? 0) - (rank.get(b.line) ?? 0) || a.start - b.start;
  const own = hits.filter((h) => h.fields.includes(fieldSpec.name)).sort(byOrder);
  const exclusive = own.filter((h) => h.fields.length === 1);
  const shared = own.filter((h) => h.fields.length > 1);
  const claimed = shared.filter((h) => claims(fieldSpec.name, roleContext(cells, h, skew)) === true);
  const open = shared.filter((h) => claims(fieldSpec.name, roleContext(cells, h, skew)) === null);
  // Siblings sharing the labels that come earlier in page order take the earlier open hits.
  const siblings = spec.fields.filter(
    (f) =>
      f.name !== fieldSpec.name && (f.occurrence ?? 0) < (fieldSpec.occurrence ?? 0) && f.labels.some((l) => fieldSpec.labels.includes(l)),
  );
  const takenBySiblings = siblings.filter((s) => !shared.some((h) => claims(s.name, roleContext(cells, h, skew)) === true)).length;
  const byOccurrence = open.slice(Math.min(takenBySiblings, open.length), takenBySiblings + 1);
  const ordered = [...exclusive, ...claimed, ...byOccurrence];
  // A totals line with its figure (贷方发生额合计：80,130.86) states the amount; a column heading of the same words only leads
  // to its rows. A totals label alone in its cell keeps its place (its column may prove the figure).
  const statesTotal = (h: LabelHit): boolean => TOTALS_LABEL.test(h.label) && /\d/.test(cells[h.line]?.text.slice(h.end) ?? '');
  return fieldSpec.kind === 'amount' ? [...ordered.filter(statesTotal), ...ordered.filter((h) => !statesTotal(h))] : ordered;
}

/** Reads every field of a voucher type from OCR lines by the page's geometry: label, then value right of or below it. Pure. */
export function extractFields(lines: readonly OcrLine[], spec: VoucherSpec): Field[] {
  const labels = new Set(labelTable(spec).keys());
  const spaced = joinSpacedLabels(
    lines.map((l) => ({ text: compact(l.text), box: l.box, confidence: l.confidence })),
    labels,
  );
  const skew = estimateSkew(spaced.cells);
  // Header labels wrapped inside narrow table cells (实缴(退)金 / 额) are joined back too.
  const stacked = joinStackedLabels(spaced.cells, labels, skew);
  // Then small labels that lost their first or last character (税人名称) are restored.
  // And labels OCR misread by one character (租货期) are read as the label.
  const ownLabels = new Set([...labelTable(spec)].filter(([, e]) => e.fields.length > 0 && !e.foreign).map(([label]) => label));
  const table = labelTable(spec);
  const fieldsOf = (label: string): string => table.get(label)?.fields.join(',') ?? '';
  const restored = restoreMisreadLabels(restoreClippedLabels(stacked.cells, labels, fieldsOf), labels, ownLabels);
  const joined = { cells: restored, source: stacked.source.map((i) => spaced.source[i] ?? -1) };
  const cells: Cell[] = joined.cells;
  const hits = findLabelHits(
    cells.map((c) => c.text),
    spec,
  );
  const order = readingOrder(cells, skew);
  const page = cells.map((c) => c.text).join('\n');
  const rank = new Map(order.map((line, i) => [line, i]));
  const fields: Field[] = [];
  for (const fieldSpec of spec.fields) {
    let found: Reading | null = null;
    const fieldHits = hitsForField(spec, fieldSpec, hits, cells, rank, skew);
    const readingsOf = (hit: LabelHit): Reading[] =>
      candidatesFor(cells, hits, hit, skew, fieldSpec.kind === 'amount').flatMap((candidate) => {
        const raw = fieldSpec.kind === 'amount' ? inHeadingScale(candidate.raw, hit.label) : candidate.raw;
        const read = parseValue(fieldSpec.kind, raw, fieldSpec.pattern, fieldSpec.nth ?? 0);
        if (!read) return [];
        // A quantity under a heading that names its unit (电量(千瓦时) over 1496) is judged and reported with it.
        const text = fieldSpec.kind === 'text' ? textValue(fieldSpec.name, read.value, hit.label) : read.value;
        const value = fieldSpec.name === 'usage' ? withUsageUnit(text, hit.label, page) : text;
        const parsed = { ...read, value };
        return [
          {
            value: parsed,
            score: parsed.certainty * plausibility(fieldSpec, parsed.value) * SOURCE_WEIGHT[candidate.source],
            line: candidate.line,
          },
        ];
      });
    let used = 0;
    for (const hit of fieldHits) {
      used += 1;
      for (const reading of readingsOf(hit)) if (!found || reading.score > found.score) found = reading;
      // The first label with a confident value wins; later labels of the field are only a fallback.
      if (found && found.score >= 0.85) break;
    }
    // A figure that lost its leading digits (405.00 under a seal) where the field's later label reads it whole (金额合计 陆万柒仟
    // 肆佰零伍元整): the whole one, as printed.
    if (found && fieldSpec.kind === 'amount') found = wholeElsewhere(found, fieldHits.slice(used).flatMap(readingsOf));
    if ((!found || found.score < 0.5) && fieldSpec.pattern) {
      // No label read: a value with an unmistakable format (USCC-like numbers, JY permits) can stand alone.
      // Standing alone means not inside a longer code (a 12-digit run inside an 18-character USCC).
      const pattern = new RegExp(`(?<![0-9A-Za-z])(?:${fieldSpec.pattern.source})(?![0-9A-Za-z])`);
      for (const i of order) {
        // A number printed under another label (经营许可证号 over the operator's licence number) is that label's.
        if (hasLabelAbove(cells, hits, i, -1, skew)) continue;
        const m = pattern.exec(cells[i]?.text ?? '');
        if (m) {
          found = { value: { value: m[0], certainty: 0.8 }, score: 0.8, line: i };
          break;
        }
      }
    }
    if ((!found || found.score < 0.5) && SERIAL_FIELDS.has(fieldSpec.name)) {
      // Trade stationery prints its running serial in the top right corner, often without a label.
      const serial = unlabelledSerial(cells);
      if (serial) found = { value: { value: serial.value, certainty: 0.75 }, score: 0.75, line: serial.line };
    }
    if ((!found || found.score < 0.5) && PARTY_BLOCKS[fieldSpec.name] && spec.fields.some((f) => f.name === `${fieldSpec.name}_tax_id`)) {
      // An invoice party whose 名称 label was not read: the name printed right above the party's taxpayer number.
      const line = partyNameAboveTaxId(cells, order, PARTY_BLOCKS[fieldSpec.name] ?? 'first');
      const text = line === null ? undefined : cells[line]?.text;
      if (line !== null && text) found = { value: { value: text, certainty: 0.8 }, score: 0.8, line };
    }
    if ((!found || found.score < 0.5) && spec.id === 'tax_payment_certificate' && fieldSpec.name === 'tax_type') {
      // A tilted table's tax type OCR boxed together with the voucher number on its left; else, its heading misread, the
      // first box that is a tax type.
      const merged = taxTypeInCells(cells, order) ?? firstTaxTypeBox(cells, order);
      if (merged) found = { value: { value: merged.value, certainty: 0.75 }, score: 0.75, line: merged.line };
    }
    if ((!found || found.score < 0.5) && fieldSpec.kind === 'uscc' && spec.fields.filter((f) => f.kind === 'uscc').length === 1) {
      // A page with one party's code whose label was lost: the one box holding a valid code and nothing else.
      const code = unlabelledUscc(cells);
      if (code) found = { value: { value: code.value, certainty: 0.8 }, score: 0.8, line: code.line };
    }
    if ((!found || found.score < 0.5) && isIssuer(spec.id, fieldSpec.name)) {
      // Sheets a company draws up itself print its name as their heading, without a label.
      const heading = headingOrganisation(cells, order);
      if (heading) found = { value: { value: heading.value, certainty: 0.8 }, score: 0.8, line: heading.line };
    }
    const line = found ? lines[joined.source[found.line] ?? -1] : undefined;
    if (found && line && found.score >= 0.3)
      fields.push({
        name: fieldSpec.name,
        value: repairValue(spec.id, fieldSpec.name, found.value.value),
        confidence: round(line.confidence * found.value.certainty),
        box: line.box,
      });
  }
  // Figures cut at the front by OCR are restored only where the invoice's arithmetic proves the lost digits.
  const repaired = restoreLostLeadingDigits(fields);
  // An invoice's amount and tax whose label was not read are the one pair of figures on a row that adds up to the total.
  const invoice = ['amount', 'tax', 'total'].every((name) => spec.fields.some((f) => f.name === name));
  const lineOf = (i: number): OcrLine | undefined => lines[joined.source[i] ?? -1];
  if (invoice) return amountTaxProvenByTotal(repaired, cells, skew, lineOf);
  // A totals row's figure that was not read, its amount in words garbled: the figure or column sum those words still spell.
  const totals = spec.fields.filter((f) => f.kind === 'amount' && f.labels.some((l) => /^(金额|实缴)?(合计|总计)$/.test(l)));
  const proven = totals.reduce<Field[]>((acc, f) => totalFromGarbledWords(acc, f.name, cells, skew, lineOf), repaired);
  return amountFromWords(proven);
}

/** A value read for a field: its parse, how sure the reading is, and the line it came from. */
interface Reading {
  value: ParsedValue;
  score: number;
  line: number;
}

/** The reading of another label of the amount whose figure ends with every digit of `found` and has more: else `found`. Pure. */
function wholeElsewhere(found: Reading, others: readonly Reading[]): Reading {
  const read = parseAmountFen(found.value.value);
  const whole = others.find((o) => {
    const fen = parseAmountFen(o.value.value);
    return read !== null && fen !== null && o.score >= 0.5 && lostLeadingDigits(read, fen);
  });
  return whole ? { ...whole, score: Math.min(found.score, whole.score) } : found;
}

/** Fields naming the organisation that draws a sheet up itself: its heading names it (工资表, 送货单). */
function isIssuer(type: VoucherSpec['id'], field: string): boolean {
  return field === 'company' || (type === 'delivery_note' && field === 'consignor');
}

/** A text value as reported: with the unit its heading names; a name in prose without the identity note after it. */
function textValue(field: string, value: string, label: string): string {
  // 兹证明甲公司（统一社会信用代码：…）在… names 甲公司.
  if (ORGANISATION_NAME_FIELDS.has(field)) return withoutIdentityNote(value);
  // A currency OCR lost or misread a character of (美无) is the one currency name it can be, before it is judged.
  if (field === 'currency') return currencyName(value);
  // In prose an address ends where the premises it locates are named: 位于××路536号的房屋（以下简称…）.
  if (field === 'address' || field === 'location') return value.replace(/的(房屋|商铺|厂房|房产|仓库|场地|写字楼|办公用房|物业).*$/, '');
  return withHeadingUnit(value, label);
}

/** Repairs that follow from what a value must look like: an address's leading place name, a patent title's 一种. */
function repairValue(type: VoucherSpec['id'], field: string, value: string): string {
  // Titles of inventions and utility models are phrased 一种…; OCR drops the thin stroke of 一.
  if (type === 'patent_certificate' && field === 'title' && /^种/.test(value)) return `一${value}`;
  // An area in metres is a square-metre sign OCR read as m (61.37㎡ → 61.37m); an area is never a length.
  if (field === 'area' && /\d\s*m[2²]?$/.test(value)) return value.replace(/\s*m[2²]?$/, '㎡');
  if (type === 'medical_device_business_licence' && field === 'scope') return medicalDeviceClass(value);
  if (field === 'trade_mode') return fromVocabulary(field, value);
  if (type === 'purchase_order' && field === 'order_no') return purchaseOrderPrefix(value);
  return repairCompanyPlace(field, repairPlaceName(field, value));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
