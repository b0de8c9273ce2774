import sharp from 'sharp';
import { VOUCHER_TYPES, type VoucherTypeId } from '@uplift/domain';
import { degradeLikePhoto, renderVoucher, Rng, voucherContent } from '@uplift/evidence-synth';

// Own TRAINING genuine images with printed periodic structure — guilloche-like wave bands, ruled
// grids, halftone dot screens, in ink colours and pitches drawn at random — over a rendered voucher,
// then photographed: periodicity that is ink on paper, never a screen. Seeds from PERIODIC_SEED0.

export const PERIODIC_SEED0 = 70_000;

function waveBand(r: Rng, w: number, top: number, height: number, colour: string): string {
  const pitch = 2 + r.next() * 6;
  const amp = 2 + r.next() * 10;
  const period = 8 + r.next() * 40;
  const out: string[] = [];
  for (let y = top; y < top + height; y += pitch) {
    const pts = Array.from(
      { length: 60 },
      (_, k) => `L${((k * w) / 59).toFixed(1)} ${(y + amp * Math.sin((k * w) / 59 / period)).toFixed(1)}`,
    );
    out.push(
      `<path d="M0 ${y.toFixed(1)} ${pts.join(' ')}" stroke="${colour}" stroke-width="${(0.6 + r.next()).toFixed(1)}" fill="none" opacity="${(0.3 + r.next() * 0.5).toFixed(2)}"/>`,
    );
  }
  return out.join('');
}

function grid(r: Rng, w: number, top: number, height: number): string {
  const px = r.int(10, 40);
  const py = r.int(10, 30);
  const out: string[] = [];
  for (let x = 0; x <= w; x += px) out.push(`<line x1="${x}" y1="${top}" x2="${x}" y2="${top + height}" stroke="#333" stroke-width="1"/>`);
  for (let y = top; y <= top + height; y += py) out.push(`<line x1="0" y1="${y}" x2="${w}" y2="${y}" stroke="#333" stroke-width="1"/>`);
  return out.join('');
}

function halftone(r: Rng, w: number, top: number, height: number, colour: string): string {
  const pitch = r.int(4, 9);
  const rad = pitch * (0.2 + r.next() * 0.25);
  const id = `h${r.int(0, 1e6)}`;
  return `<defs><pattern id="${id}" width="${pitch}" height="${pitch}" patternUnits="userSpaceOnUse" patternTransform="rotate(${r.int(0, 45)})"><circle cx="${pitch / 2}" cy="${pitch / 2}" r="${rad.toFixed(2)}" fill="${colour}"/></pattern></defs><rect x="0" y="${top}" width="${w}" height="${height}" fill="url(#${id})" opacity="${(0.4 + r.next() * 0.5).toFixed(2)}"/>`;
}

/** The i-th genuine photo of a voucher overprinted with periodic structure. */
export async function printedPeriodicPhoto(i: number): Promise<Buffer> {
  const r = new Rng(PERIODIC_SEED0 + i);
  const type = VOUCHER_TYPES[i % VOUCHER_TYPES.length]?.id as VoucherTypeId;
  const page = renderVoucher(voucherContent(type, r), i % 3, r);
  const meta = await sharp(page).metadata();
  const w = meta.width ?? 1240;
  const h = meta.height ?? 1600;
  const colours = ['rgb(120,150,200)', 'rgb(200,120,140)', 'rgb(110,170,120)', 'rgb(170,150,90)', '#444'];
  const parts: string[] = [];
  for (let k = 0; k < r.int(1, 3); k += 1) {
    const top = r.int(0, Math.round(h * 0.8));
    const height = r.int(Math.round(h * 0.08), Math.round(h * 0.35));
    const colour = colours[r.int(0, colours.length - 1)] ?? '#444';
    const kind = r.int(0, 2);
    parts.push(
      kind === 0 ? waveBand(r, w, top, height, colour) : kind === 1 ? grid(r, w, top, height) : halftone(r, w, top, height, colour),
    );
  }
  const overlay = Buffer.from(`<svg width="${w}" height="${h}">${parts.join('')}</svg>`);
  const printed = await sharp(page)
    .composite([{ input: overlay }])
    .png()
    .toBuffer();
  return (await degradeLikePhoto(printed, r)).jpeg;
}
