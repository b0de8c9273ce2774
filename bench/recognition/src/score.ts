// Scoring of one benchmark split: type accuracy, key-field exact rate overall, per type, per label
// wording, amount fields, non-voucher pages, and recognition time.

/** A document to recognise with its truth. `type` is a voucher type id or 'none'. */
export interface BenchDoc {
  id: string;
  type: string;
  bytes: Buffer;
  truth: Record<string, string>;
  amountFields: readonly string[];
  /** Which label wording the page uses: the project's own, the catalogue's, or real-world variants. */
  wording: string;
}

interface Tally {
  exact: number;
  total: number;
}

const rate = (t: Tally): number => (t.total === 0 ? 0 : Math.round((t.exact / t.total) * 1000) / 1000);
const add = (t: Tally, ok: boolean): void => {
  t.total += 1;
  if (ok) t.exact += 1;
};

/** Values compare after full-width folding and whitespace removal (truth has no spaces). */
export const normalise = (s: string): string =>
  s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** Accumulates the outcome of every document of a split. */
export class SplitScore {
  private readonly types = new Map<string, { docs: Tally; keys: Tally; misses: string[] }>();
  private readonly wordings = new Map<string, Tally>();
  private readonly fieldTally = new Map<string, Tally>();
  private readonly amounts: Tally = { exact: 0, total: 0 };
  private readonly keys: Tally = { exact: 0, total: 0 };
  private readonly docs: Tally = { exact: 0, total: 0 };
  private readonly nonVouchers: Tally = { exact: 0, total: 0 };
  private readonly seconds: number[] = [];
  private readonly cpuSeconds: number[] = [];
  private readonly ocrPasses: number[] = [];
  private truncated = 0;

  /**
   * `itemised` false for a held-out split: its report and console lines then carry figures only, never
   * a document's misreads, so nobody tuning the reader can see (or commit) held-out items.
   */
  constructor(
    readonly name: string,
    private readonly itemised = true,
  ) {}

  /**
   * Records one document: the type read, the fields read, the seconds it took and, when measured, the CPU
   * seconds the process spent on it (every thread: OCR, onnxruntime, libvips) and its OCR passes (orientation retries).
   */
  record(
    doc: BenchDoc,
    documentType: string | null,
    fields: ReadonlyMap<string, string>,
    seconds: number,
    cpuSeconds?: number,
    ocrPasses?: number,
  ): void {
    this.seconds.push(seconds);
    if (cpuSeconds !== undefined) this.cpuSeconds.push(cpuSeconds);
    if (ocrPasses !== undefined) this.ocrPasses.push(ocrPasses);
    if (doc.type === 'none') {
      add(this.nonVouchers, documentType === null || documentType === 'unknown');
      return;
    }
    const entry = this.types.get(doc.type) ?? { docs: { exact: 0, total: 0 }, keys: { exact: 0, total: 0 }, misses: [] };
    this.types.set(doc.type, entry);
    const typed = documentType === doc.type;
    add(entry.docs, typed);
    add(this.docs, typed);
    if (!typed && this.itemised) entry.misses.push(`${doc.id}: classified as ${documentType ?? 'null'}`);
    const wording = this.wordings.get(doc.wording) ?? { exact: 0, total: 0 };
    this.wordings.set(doc.wording, wording);
    for (const [name, expected] of Object.entries(doc.truth)) {
      const got = fields.get(name);
      const ok = got !== undefined && normalise(got) === normalise(expected);
      add(entry.keys, ok);
      add(this.keys, ok);
      add(wording, ok);
      const perField = this.fieldTally.get(`${doc.type}.${name}`) ?? { exact: 0, total: 0 };
      this.fieldTally.set(`${doc.type}.${name}`, perField);
      add(perField, ok);
      if (doc.amountFields.includes(name)) {
        add(this.amounts, ok);
        // A truncated amount is a read figure that is a strict suffix of the truth (¥219,514.00 → 514.00).
        if (!ok && got !== undefined && got.length < expected.length && expected.endsWith(got)) this.truncated += 1;
      }
      if (!ok && this.itemised && entry.misses.length < 8) entry.misses.push(`${doc.id} ${name}: expected ${expected}, got ${got ?? '—'}`);
    }
  }

  /** One line per type, for the console. */
  lines(): string[] {
    return [...this.types.entries()].map(
      ([type, s]) =>
        `  ${type.padEnd(40)} type ${s.docs.exact}/${s.docs.total}  key fields ${s.keys.exact}/${s.keys.total} (${rate(s.keys).toFixed(2)})`,
    );
  }

  /** The split's figures as a JSON-able report. */
  report(): Record<string, unknown> {
    const round = (x: number): number => Math.round(x * 1000) / 1000;
    return {
      documents: this.docs.total,
      typeAccuracy: rate(this.docs),
      keyFields: { exactRate: rate(this.keys), exact: this.keys.exact, total: this.keys.total },
      byLabelWording: Object.fromEntries([...this.wordings].map(([w, t]) => [w, { exactRate: rate(t), exact: t.exact, total: t.total }])),
      amountFields: { exactRate: rate(this.amounts), exact: this.amounts.exact, total: this.amounts.total, truncated: this.truncated },
      nonVouchers: { unknown: this.nonVouchers.exact, total: this.nonVouchers.total },
      minTypeKeyFieldRate: round(Math.min(...[...this.types.values()].map((s) => rate(s.keys)))),
      secondsPerDocument: { p50: round(quantile(this.seconds, 0.5)), p95: round(quantile(this.seconds, 0.95)) },
      ...(this.cpuSeconds.length > 0
        ? { cpuSecondsPerDocument: { p50: round(quantile(this.cpuSeconds, 0.5)), p95: round(quantile(this.cpuSeconds, 0.95)) } }
        : {}),
      ...(this.ocrPasses.length > 0
        ? {
            ocrPasses: {
              mean: round(this.ocrPasses.reduce((s, p) => s + p, 0) / this.ocrPasses.length),
              documentsRetried: this.ocrPasses.filter((p) => p > 1).length,
            },
          }
        : {}),
      perType: Object.fromEntries(
        [...this.types].map(([type, s]) => [
          type,
          { typeAccuracy: rate(s.docs), keyFieldExact: rate(s.keys), exact: s.keys.exact, total: s.keys.total, misses: s.misses },
        ]),
      ),
      perField: Object.fromEntries([...this.fieldTally].map(([f, t]) => [f, `${t.exact}/${t.total}`])),
    };
  }

  /** Summary line for the console. */
  summary(): string {
    const words = [...this.wordings].map(([w, t]) => `${w} ${rate(t).toFixed(3)}`).join(', ');
    return `${this.name}: type ${rate(this.docs).toFixed(3)} (${this.docs.exact}/${this.docs.total}), key fields ${rate(this.keys).toFixed(3)} (${this.keys.exact}/${this.keys.total}) [${words}], amounts ${rate(this.amounts).toFixed(3)} (truncated ${this.truncated}), non-vouchers unknown ${this.nonVouchers.exact}/${this.nonVouchers.total}, p50 ${quantile(this.seconds, 0.5).toFixed(2)} s, p95 ${quantile(this.seconds, 0.95).toFixed(2)} s${this.cpuSeconds.length > 0 ? `, CPU p50 ${quantile(this.cpuSeconds, 0.5).toFixed(2)} s, p95 ${quantile(this.cpuSeconds, 0.95).toFixed(2)} s` : ''}`;
  }
}
