// The benchmark's document sources: the project split (the project's own generator, which the reader
// was developed against), the dev split (a varied rendering of the same content used while improving the
// reader) and the held-out split (an independent renderer, used only to measure).
import { VOUCHER_TYPES } from '@uplift/domain';
import { degradeLikePhoto, MAKERS, renderVoucher, Rng, VOUCHER_LAYOUTS } from '@uplift/evidence-synth';
import { generateDevB } from '../dev-b/dist/index';
import { generateDevC } from '../dev-c/dist/index';
import { generateHeldout } from '../heldout/dist/index';
import { drawUtilityForm } from './dev-bill-forms';
import { drawPaperInvoice } from './dev-invoice-forms';
import { drawContractForm, drawLeaseForm, type DevForm } from './dev-contract-forms';
import { handheldPhoto } from './dev-page';
import { drawTaxPaymentVoucher } from './dev-tax-forms';
import { renderDevVoucher } from './dev-render';
import type { BenchDoc } from './score';

const AMOUNT = /^-?\d+\.\d{2}$/;

/** BENCH_TYPES=a,b restricts a split to some types (for quick iterations); the documents stay those of the full run. */
const ONLY = process.env.BENCH_TYPES ? new Set(process.env.BENCH_TYPES.split(',').map((t) => t.trim())) : null;

/**
 * The project's own vouchers: label-colon-value rows, ruled grid, two pairs per line, boxed cells with labels
 * above values (the layout turns with the type, so two per type cover every layout); phone-photo degradation.
 */
export async function* projectSplit(perType: number): AsyncIterable<BenchDoc> {
  const r = new Rng(20261101);
  for (const [index, { id: type }] of VOUCHER_TYPES.entries()) {
    for (let i = 0; i < perType; i += 1) {
      const content = { type, ...MAKERS[type](r) };
      const { jpeg } = await degradeLikePhoto(renderVoucher(content, (index + i) % VOUCHER_LAYOUTS, r), r);
      // Skipped types are still drawn so that the random stream, and every document, stays that of the full run.
      if (ONLY && !ONLY.has(type)) continue;
      const amountFields = Object.entries(content.truth)
        .filter(([, v]) => AMOUNT.test(v))
        .map(([k]) => k);
      yield { id: `pr-${type}-${i + 1}`, type, bytes: jpeg, truth: content.truth, amountFields, wording: 'project' };
    }
  }
}

/** The dev variation: the project's content in grid and two-pair layouts, serif fonts, real-world labels. */
export async function* devSplit(perType: number, seed: number): AsyncIterable<BenchDoc> {
  const r = new Rng(seed);
  for (const { id: type } of VOUCHER_TYPES) {
    for (let i = 0; i < perType; i += 1) {
      const content = { type, ...MAKERS[type](r) };
      const realWorld = i % 2 === 1;
      const { png, truth } = renderDevVoucher(content, i, realWorld, r);
      const { jpeg } = await degradeLikePhoto(png, r);
      if (ONLY && !ONLY.has(type)) continue;
      const amountFields = Object.entries(truth)
        .filter(([, v]) => AMOUNT.test(v))
        .map(([k]) => k);
      yield { id: `dev-${type}-${i + 1}`, type, bytes: jpeg, truth, amountFields, wording: realWorld ? 'real-world' : 'project' };
    }
  }
}

/** The independent held-out renderer's documents (never used for tuning). */
export async function* heldoutSplit(perType: number, seed: number, nonVouchers: number): AsyncIterable<BenchDoc> {
  for await (const doc of generateHeldout({ seed, perType, nonVouchers })) {
    yield { id: doc.id, type: doc.type, bytes: doc.bytes, truth: doc.truth, amountFields: doc.amountFields, wording: doc.variant.labels };
  }
}

/** The dev-b renderer's documents (bench/recognition/dev-b): a third renderer, real-looking documents photographed. */
export async function* devBSplit(perType: number, seed: number): AsyncIterable<BenchDoc> {
  for await (const doc of generateDevB({ seed, perType, types: ONLY })) {
    yield { id: doc.id, type: doc.type, bytes: doc.bytes, truth: doc.truth, amountFields: doc.amountFields, wording: doc.wording };
  }
}

/** The dev-c renderer's documents (bench/recognition/dev-c): labels above values, column tables with totals, prose, fold/curl/low light/glare. */
export async function* devCSplit(perType: number, seed: number): AsyncIterable<BenchDoc> {
  for await (const doc of generateDevC({ seed, perType, types: ONLY })) {
    yield { id: doc.id, type: doc.type, bytes: doc.bytes, truth: doc.truth, amountFields: doc.amountFields, wording: doc.wording };
  }
}

/** Dev "real forms": contracts, leases and utility bills drawn as real ones are printed (prose articles, item tables, meter tables). */
const FORM_DRAWERS: Readonly<Record<string, (r: Rng) => DevForm>> = {
  lease_contract: drawLeaseForm,
  sales_contract: (r) => drawContractForm(r, true),
  purchase_contract: (r) => drawContractForm(r, false),
  utility_bill: drawUtilityForm,
  tax_payment_certificate: drawTaxPaymentVoucher,
  vat_special_invoice: (r) => drawPaperInvoice(r, true),
  vat_ordinary_invoice: (r) => drawPaperInvoice(r, false),
};

/** The dev "real forms" split: `perType` pages per type, half of them photographed at a tilt of up to 8°. */
export async function* formsSplit(perType: number, seed: number): AsyncIterable<BenchDoc> {
  const r = new Rng(seed);
  for (const [type, draw] of Object.entries(FORM_DRAWERS)) {
    for (let i = 0; i < perType; i += 1) {
      const { png, truth } = draw(r);
      const jpeg = i % 2 === 0 ? (await degradeLikePhoto(png, r)).jpeg : await handheldPhoto(png, r, 8);
      if (ONLY && !ONLY.has(type)) continue;
      const amountFields = Object.entries(truth)
        .filter(([, v]) => AMOUNT.test(v))
        .map(([k]) => k);
      yield { id: `form-${type}-${i + 1}`, type, bytes: jpeg, truth, amountFields, wording: 'real-world' };
    }
  }
}
