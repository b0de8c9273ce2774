/**
 * Held-out document renderer for the recognition benchmark: realistic Chinese voucher pages
 * (and a few non-voucher pages) with their truth, deterministic from a seed.
 */
import { ensureFonts, FAMILIES, type FontSet } from './fonts';
import { Random } from './random';
import { renderJpeg, renderPdf } from './render';
import { DOCUMENT_TYPES } from './documents/registry';
import { NON_VOUCHER_KINDS } from './documents/non-vouchers';
import type { BuildContext, DocumentType, LabelMode } from './documents/spec';

export interface HeldoutVoucher {
  /** e.g. "ho-vat_special_invoice-003" */
  id: string;
  /** Voucher type id from the catalogue, or 'none' for a non-voucher page. */
  type: string;
  format: 'jpeg' | 'pdf';
  bytes: Buffer;
  /** Field name -> normalised value. */
  truth: Record<string, string>;
  /** Which truth fields are money amounts. */
  amountFields: string[];
  variant: { layout: string; labels: 'catalogue' | 'real-world'; font: string; degradations: string[] };
}

export interface HeldoutOptions {
  seed: number;
  perType: number;
  nonVouchers: number;
  /** Only these voucher type ids (default: all 26). */
  types?: readonly string[];
}

/** Share of documents produced as clean vector PDFs, as downloaded from an e-invoice platform. */
const PDF_SHARE = 1 / 8;

function pickFonts(rng: Random): FontSet {
  return { song: rng.pick(FAMILIES.song), hei: rng.pick(FAMILIES.hei), kai: rng.pick(FAMILIES.kai) };
}

/** Chance for one PDF-eligible document, so that about PDF_SHARE of all voucher documents are PDFs. */
function pdfChance(): number {
  return Math.min(1, (PDF_SHARE * DOCUMENT_TYPES.length) / DOCUMENT_TYPES.filter((t) => !t.photoOnly).length);
}

async function renderVoucher(seed: number, type: DocumentType, typeIndex: number, index: number): Promise<HeldoutVoucher> {
  const rng = new Random(`${seed}:${type.id}:${index}`);
  const layoutOffset = new Random(`${seed}:${type.id}:layout`).int(0, type.layouts.length - 1);
  const labels: LabelMode = (index + typeIndex + seed) % 2 === 0 ? 'catalogue' : 'real-world';
  const forPdf = !type.photoOnly && rng.chance(pdfChance());
  const layout = forPdf && type.pdfLayout ? type.pdfLayout : (type.layouts[(index + layoutOffset) % type.layouts.length] as string);
  const fonts = pickFonts(rng);
  const context: BuildContext = { rng: rng.fork('content'), labels, layout, fonts, forPdf };
  const spec = type.build(context);
  const id = `ho-${type.id}-${String(index + 1).padStart(3, '0')}`;
  const rendered = forPdf ? renderPdf(spec, id) : await renderJpeg(spec, rng.fork('render'));
  return {
    id,
    type: type.id,
    format: forPdf ? 'pdf' : 'jpeg',
    bytes: rendered.bytes,
    truth: spec.truth,
    amountFields: spec.amountFields,
    variant: { layout, labels, font: fonts.song, degradations: rendered.degradations },
  };
}

async function renderNonVoucher(seed: number, index: number): Promise<HeldoutVoucher> {
  const rng = new Random(`${seed}:none:${index}`);
  const kind = NON_VOUCHER_KINDS[index % NON_VOUCHER_KINDS.length];
  if (!kind) throw new Error('no non-voucher kinds defined');
  const fonts = pickFonts(rng);
  const context: BuildContext = { rng: rng.fork('content'), labels: 'real-world', layout: kind.layouts[0] ?? kind.id, fonts, forPdf: false };
  const spec = kind.build(context);
  const rendered = await renderJpeg(spec, rng.fork('render'));
  return {
    id: `ho-none-${String(index + 1).padStart(3, '0')}`,
    type: 'none',
    format: 'jpeg',
    bytes: rendered.bytes,
    truth: {},
    amountFields: [],
    variant: { layout: kind.id, labels: 'real-world', font: fonts.song, degradations: rendered.degradations },
  };
}

/** Yields perType documents of every voucher type, then nonVouchers other pages. */
export async function* generateHeldout(options: HeldoutOptions): AsyncIterable<HeldoutVoucher> {
  ensureFonts();
  const selected = options.types ? DOCUMENT_TYPES.filter((t) => options.types?.includes(t.id)) : DOCUMENT_TYPES;
  for (const type of selected) {
    const typeIndex = DOCUMENT_TYPES.indexOf(type);
    for (let index = 0; index < options.perType; index++) yield await renderVoucher(options.seed, type, typeIndex, index);
  }
  for (let index = 0; index < options.nonVouchers; index++) yield await renderNonVoucher(options.seed, index);
}

export { DOCUMENT_TYPES };
