import type { VoucherTypeId } from '@uplift/domain';
import type { OcrLine } from '../types';
import { compact } from '../extract/normalise-text';
import { VOUCHER_SPECS } from './voucher-specs';

/** Version of the classifier; recorded in every result. */
export const CLASSIFIER_VERSION = 'title-cue-score-2';

/** Layout facts the classifier weighs besides the words. */
export interface LayoutHints {
  sealCount: number;
  /** Rows that look like table rows (a date or an item followed by several figures). */
  tableRows: number;
}

/** Type chosen, its confidence (0..1), and the scores of the runners-up for explanation. */
export interface Classification {
  type: VoucherTypeId | 'unknown';
  confidence: number;
  scores: Array<{ type: VoucherTypeId; score: number }>;
}

const TITLE_WEIGHT = 10;
const CUE_WEIGHT = 1.5;
const MIN_SCORE = 4;

/** Titles that contain another type's title: the longer one wins and hides the shorter. */
function titleHits(text: string): Map<VoucherTypeId, number> {
  const hits: Array<{ type: VoucherTypeId; start: number; end: number; title: string }> = [];
  for (const spec of VOUCHER_SPECS) {
    for (const title of spec.titles) {
      let at = text.indexOf(title);
      while (at >= 0) {
        hits.push({ type: spec.id, start: at, end: at + title.length, title });
        at = text.indexOf(title, at + 1);
      }
    }
  }
  hits.sort((a, b) => b.title.length - a.title.length);
  const kept: typeof hits = [];
  for (const hit of hits) {
    if (kept.some((k) => hit.start >= k.start && hit.end <= k.end)) continue;
    kept.push(hit);
  }
  const best = new Map<VoucherTypeId, number>();
  for (const hit of kept) {
    // Earlier (higher on the page) and longer titles count more: a title is at the top, a mention is in the body.
    const weight = TITLE_WEIGHT * (hit.start < text.length * 0.25 ? 1 : 0.5) * Math.min(1.3, 0.7 + hit.title.length / 15);
    best.set(hit.type, Math.max(best.get(hit.type) ?? 0, weight));
  }
  return best;
}

/** Titles that name a contract from one side; 购销合同 and 买卖合同 name both. */
const SALES_TITLE = /(销售|销货|供货)合同/;
const PURCHASE_TITLE = /(采购|购货|订购)合同/;
/** Role words of a contract's buyer and seller (Civil Code 出卖人/买受人; 供方/需方 of the GF model texts; 采购方/供应方). */
const BUYER_ROLE = '(需方|买方|采购方|采购人|买受人|购方|购货方|订货方)';
const SELLER_ROLE = '(供方|卖方|供货方|供应方|出卖人|销售方|销方)';

/**
 * Whose contract a page is when its title does not say: 甲方 (the first party, the applicant's side) as buyer makes a
 * purchase contract, as seller a sales contract (甲方（需方）…, 乙方（供方）…; 乙方向甲方供应 …). Null when the title names
 * a side, or the roles are not printed or disagree. Pure.
 */
export function contractSide(text: string): 'sales_contract' | 'purchase_contract' | null {
  if (SALES_TITLE.test(text) || PURCHASE_TITLE.test(text)) return null;
  const role = (party: string, roles: string): boolean => new RegExp(`${party}[(（]?${roles}`).test(text);
  const purchase = role('甲方', BUYER_ROLE) || role('乙方', SELLER_ROLE) || /乙方向甲方(供应|供货|提供|出售)/.test(text);
  const sales = role('甲方', SELLER_ROLE) || role('乙方', BUYER_ROLE) || /甲方向乙方(供应|供货|提供|出售)/.test(text);
  return purchase === sales ? null : purchase ? 'purchase_contract' : 'sales_contract';
}

/** Classifies a document from its OCR lines: titles, key labels, number formats, tables, seals. Pure. */
export function classifyDocument(lines: readonly OcrLine[], hints: LayoutHints): Classification {
  const text = compact(lines.map((l) => l.text).join('\n'));
  const titles = titleHits(text);
  const scores = VOUCHER_SPECS.map((spec) => {
    let score = titles.get(spec.id) ?? 0;
    for (const cue of spec.cues) if (text.includes(compact(cue))) score += CUE_WEIGHT;
    for (const field of spec.fields) if (field.pattern && field.pattern.test(text)) score += 1;
    if (spec.table && hints.tableRows >= 3) score += 1;
    if (spec.id === 'vat_special_invoice' && /专用发票/.test(text)) score += 2;
    if (spec.id === 'vat_ordinary_invoice' && /普通发票|普票/.test(text)) score += 2;
    return { type: spec.id, score };
  }).sort((a, b) => b.score - a.score);
  const side = contractSide(text);
  if (side && (scores[0]?.type === 'sales_contract' || scores[0]?.type === 'purchase_contract') && scores[0].type !== side) {
    // The parties' roles decide between a sales and a purchase contract when the title does not (购销合同, 买卖合同).
    const at = scores.findIndex((s) => s.type === side);
    const [own] = scores.splice(at, 1);
    if (own) scores.unshift({ type: side, score: Math.max(own.score, scores[0]?.score ?? 0) });
  }
  const top = scores[0];
  const second = scores[1];
  if (!top || top.score < MIN_SCORE)
    return { type: 'unknown', confidence: top ? Math.min(0.5, top.score / 10) : 0, scores: scores.slice(0, 3) };
  const margin = top.score - (second?.score ?? 0);
  const confidence = Math.max(0.3, Math.min(0.99, 0.5 + margin / 20 + Math.min(top.score, 20) / 60));
  return { type: top.type, confidence: Math.round(confidence * 1000) / 1000, scores: scores.slice(0, 3) };
}
