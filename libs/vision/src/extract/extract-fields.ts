import { VOUCHER_SPECS, type VoucherSpec } from '../classify/voucher-specs';
import type { Field, OcrLine } from '../types';
import { compact } from './normalise-text';
import { parseValue } from './parse-value';

/** Version of the field extractor; recorded in every result. */
export const EXTRACTOR_VERSION = 'label-segment-1';

interface LabelHit {
  /** Fields that use this label (several fields can share one: buyer and seller both follow 名称). */
  fields: readonly string[];
  label: string;
  line: number;
  start: number;
  end: number;
}

/** Words that end a value on real documents although no field of the type is read after them. */
const STOP_LABELS = ['类型', '电话', '日期', '开户行及账号', '地址、电话', '备注', '开票人', '收款人', '复核', '销售方(章)', '(小写)', '(大写)', '签字', '盖章', '签章'];

/** Every label occurrence in every line, longest match first, with contained shorter matches dropped. */
function findLabelHits(lines: readonly string[], spec: VoucherSpec): LabelHit[] {
  const candidates: LabelHit[] = [];
  const labels = new Map<string, string[]>();
  for (const label of STOP_LABELS) labels.set(compact(label), []);
  // Any label of any voucher type ends a value (two-column layouts put foreign labels on the same line).
  for (const other of VOUCHER_SPECS) for (const field of other.fields) for (const label of field.labels) if (label.length >= 2) labels.set(compact(label), []);
  for (const field of spec.fields) for (const label of field.labels) labels.set(compact(label), [...(labels.get(compact(label)) ?? []), field.name]);
  lines.forEach((line, index) => {
    for (const [label, fields] of labels) {
      let at = line.indexOf(label);
      while (at >= 0) {
        candidates.push({ fields, label, line: index, start: at, end: at + label.length });
        at = line.indexOf(label, at + 1);
      }
    }
  });
  candidates.sort((a, b) => b.label.length - a.label.length);
  const kept: LabelHit[] = [];
  for (const hit of candidates) {
    if (kept.some((k) => k.line === hit.line && hit.start < k.end && hit.end > k.start)) continue;
    kept.push(hit);
  }
  return kept.sort((a, b) => a.line - b.line || a.start - b.start);
}

/** Reads every field of a voucher type from OCR lines: the text after a label, up to the next label. Pure. */
export function extractFields(lines: readonly OcrLine[], spec: VoucherSpec): Field[] {
  const texts = lines.map((l) => compact(l.text));
  const hits = findLabelHits(texts, spec);
  const fields: Field[] = [];
  for (const fieldSpec of spec.fields) {
    // A field listing several labels takes hits of any of them; occurrence picks among them in page order.
    const own = hits.filter((h) => h.fields.includes(fieldSpec.name));
    const hit = own[fieldSpec.occurrence ?? 0];
    let found: Field | null = null;
    if (hit) {
      const lineText = texts[hit.line] ?? '';
      const next = hits.find((h) => h.line === hit.line && h.start >= hit.end);
      let raw = lineText.slice(hit.end, next ? next.start : undefined);
      let line = lines[hit.line];
      if (raw.replace(/[:：]/g, '').trim() === '') {
        // The label stands alone: in grids the value cell is a separate OCR line on the same row (either
        // just before or after in reading order); in stacked layouts it is the line below.
        const target = valueLineFor(lines, hits, hit.line);
        if (target !== null) {
          const first = hits.find((h) => h.line === target);
          raw = (texts[target] ?? '').slice(0, first && first.start > 0 ? first.start : undefined);
          if (first && first.start === 0) raw = '';
          line = lines[target];
        }
      }
      const parsed = parseValue(fieldSpec.kind, raw, fieldSpec.pattern, fieldSpec.nth ?? 0);
      if (parsed && line) {
        found = { name: fieldSpec.name, value: parsed.value, confidence: round(line.confidence * parsed.certainty), box: line.box };
      }
    }
    if (!found && fieldSpec.pattern) {
      // No label read: a value with an unmistakable format (USCC-like numbers, JY permits) can stand alone.
      for (let i = 0; i < texts.length; i += 1) {
        const m = new RegExp(fieldSpec.pattern.source).exec(texts[i] ?? '');
        const line = lines[i];
        if (m && line) {
          found = { name: fieldSpec.name, value: m[0], confidence: round(line.confidence * 0.8), box: line.box };
          break;
        }
      }
    }
    if (found) fields.push(found);
  }
  return fields;
}

/** The line holding the value of a lone label on line `i`: same row to its right first, then the line below. */
function valueLineFor(lines: readonly OcrLine[], hits: readonly LabelHit[], i: number): number | null {
  const label = lines[i];
  if (!label) return null;
  const centre = label.box[1] + label.box[3] / 2;
  for (const j of [i + 1, i - 1, i + 2, i - 2]) {
    const other = lines[j];
    if (!other || hits.some((h) => h.line === j && h.start === 0)) continue;
    const otherCentre = other.box[1] + other.box[3] / 2;
    if (Math.abs(otherCentre - centre) < Math.max(label.box[3], other.box[3]) * 0.6 && other.box[0] >= label.box[0] + label.box[2] * 0.5) return j;
  }
  const below = lines[i + 1];
  return below && !hits.some((h) => h.line === i + 1 && h.start === 0) ? i + 1 : null;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
