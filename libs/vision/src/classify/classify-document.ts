import type { VoucherTypeId } from '@uplift/domain';
import type { OcrLine } from '../types';
import { compact } from '../extract/normalise-text';
import { VOUCHER_SPECS } from './voucher-specs';

/** Version of the classifier; recorded in every result. */
export const CLASSIFIER_VERSION = 'title-cue-score-1';

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
  const top = scores[0];
  const second = scores[1];
  if (!top || top.score < MIN_SCORE)
    return { type: 'unknown', confidence: top ? Math.min(0.5, top.score / 10) : 0, scores: scores.slice(0, 3) };
  const margin = top.score - (second?.score ?? 0);
  const confidence = Math.max(0.3, Math.min(0.99, 0.5 + margin / 20 + Math.min(top.score, 20) / 60));
  return { type: top.type, confidence: Math.round(confidence * 1000) / 1000, scores: scores.slice(0, 3) };
}
