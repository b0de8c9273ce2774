import type { LabelHit } from './label-hits';

/** A bracket right after a label: 出卖人(甲方), 出租方(以下简称甲方), 承租人（乙方）. */
const BRACKET = /^\(([^()]{1,12})\)/;

/**
 * Joins a label and the bracketed note printed right after it into one label (出卖人(甲方), 出租方(以下简称甲方)).
 * The note says how the rest of the document names the party, so when it holds a label of the type (甲方 on
 * a contract) that label's fields decide; otherwise (以下简称甲方 on a lease, whose fields are 出租方/承租方)
 * it is only a note and the outer label's fields stand. Either way the value starts after the bracket, never
 * at its ")". Stop words are not joined (甲方(盖章) is one stop already). Pure.
 */
export function joinBracketedLabels(lines: readonly string[], hits: readonly LabelHit[]): LabelHit[] {
  const dropped = new Set<LabelHit>();
  const joined = new Map<LabelHit, LabelHit>();
  for (const hit of hits) {
    if (hit.fields.length === 0 || hit.part || dropped.has(hit)) continue;
    const m = BRACKET.exec((lines[hit.line] ?? '').slice(hit.end));
    if (!m) continue;
    const end = hit.end + m[0].length;
    const inner = hits.filter((h) => h !== hit && h.line === hit.line && h.start > hit.end && h.end < end);
    const named = inner.filter((h) => h.fields.length > 0).pop();
    for (const h of inner) dropped.add(h);
    joined.set(hit, { ...hit, label: `${hit.label}${m[0]}`, end, fields: named ? named.fields : hit.fields });
  }
  return hits.filter((h) => !dropped.has(h)).map((h) => joined.get(h) ?? h);
}
