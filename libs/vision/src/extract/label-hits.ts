import { VOUCHER_SPECS, type VoucherSpec } from '../classify/voucher-specs';
import { joinBracketedLabels } from './bracketed-labels';
import { FORM_HEADER_WORDS } from './form-header-words';
import { lexiconLabels, NON_FIELD_LABELS } from './label-lexicon';
import { compact } from './normalise-text';

/** A label found in a line: the fields it may introduce (none for a stop word), and where it is. */
export interface LabelHit {
  /** Another type's label: it ends a value only where a label can stand (line start, or before a colon). */
  foreign?: boolean;
  fields: readonly string[];
  label: string;
  line: number;
  start: number;
  end: number;
  /** A field's label as one part of a slash heading (总价 in 单价/总价/币制): its values are the cell's stacked lines. */
  part?: { index: number; count: number };
}

/** Labels of a field of a spec: the catalogue's first, then the lexicon's real-world variants. */
export function fieldLabels(spec: VoucherSpec, field: string): string[] {
  const own = spec.fields.find((f) => f.name === field)?.labels ?? [];
  return [...new Set([...own, ...lexiconLabels(spec.id, field)].map(compact))];
}

/** A label's fields, or none for a stop word; `foreign` when only another voucher type uses it. */
interface LabelEntry {
  fields: string[];
  foreign: boolean;
}

const cache = new Map<string, Map<string, LabelEntry>>();

/** Every label the reader knows for a type: its fields' labels mapped to fields, all other labels as stops. */
export function labelTable(spec: VoucherSpec): Map<string, LabelEntry> {
  const cached = cache.get(spec.id);
  if (cached) return cached;
  const labels = new Map<string, LabelEntry>();
  // Any label of any voucher type may end a value (two-column layouts put foreign labels on the same line).
  for (const other of VOUCHER_SPECS)
    for (const field of other.fields)
      for (const label of field.labels) if (label.length >= 2) labels.set(compact(label), { fields: [], foreign: true });
  for (const label of [...NON_FIELD_LABELS, ...FORM_HEADER_WORDS]) labels.set(compact(label), { fields: [], foreign: false });
  // Titles (账户交易明细) end values and never lend an inner word (账户) to a field.
  for (const other of VOUCHER_SPECS) for (const title of other.titles) labels.set(compact(title), { fields: [], foreign: false });
  for (const field of spec.fields) {
    for (const label of fieldLabels(spec, field.name)) {
      const fields = labels.get(label)?.fields ?? [];
      labels.set(label, { fields: fields.includes(field.name) ? fields : [...fields, field.name], foreign: false });
    }
  }
  cache.set(spec.id, labels);
  return labels;
}

/** Every label occurrence in every line, longest match first, overlapped shorter matches dropped; page order. Pure. */
export function findLabelHits(lines: readonly string[], spec: VoucherSpec): LabelHit[] {
  const candidates: LabelHit[] = [];
  for (const [label, { fields, foreign }] of labelTable(spec)) {
    lines.forEach((line, index) => {
      let at = line.indexOf(label);
      while (at >= 0) {
        // Inside a value (甲方贸易有限公司), another type's label is just text.
        const standsAsLabel = !foreign || at === 0 || /^[:：]/.test(line.slice(at + label.length));
        if (standsAsLabel) candidates.push({ fields, label, line: index, start: at, end: at + label.length, foreign });
        at = line.indexOf(label, at + 1);
      }
    });
  }
  candidates.sort((a, b) => b.label.length - a.label.length);
  const kept: LabelHit[] = [];
  for (const hit of candidates) {
    if (kept.some((k) => k.line === hit.line && hit.start < k.end && hit.end > k.start)) continue;
    kept.push(hit);
  }
  const sorted = kept.sort((a, b) => a.line - b.line || a.start - b.start);
  const whole = joinBracketedLabels(lines, sorted);
  return [...whole, ...slashParts(whole, spec)].sort((a, b) => a.line - b.line || a.start - b.start);
}

/** Hits of the fields named inside slash headings (单价/总价/币制 → 总价 part 1 of 3, 币制 part 2 of 3). */
function slashParts(hits: readonly LabelHit[], spec: VoucherSpec): LabelHit[] {
  const table = labelTable(spec);
  const out: LabelHit[] = [];
  for (const hit of hits) {
    if (hit.fields.length > 0 || !hit.label.includes('/')) continue;
    const parts = hit.label.split('/');
    parts.forEach((part, index) => {
      const fields = table.get(part)?.fields ?? [];
      if (fields.length > 0) out.push({ ...hit, fields, label: part, part: { index, count: parts.length } });
    });
  }
  return out;
}
