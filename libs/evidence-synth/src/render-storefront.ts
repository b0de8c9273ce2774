import { createCanvas } from '@napi-rs/canvas';
import { company, type Rng } from './random';
import { registerFonts } from './render-voucher';

/** A storefront sign: a coloured board with the shop name over a doorway, on a wall-like background. */
export function renderStorefront(r: Rng): { png: Buffer; sign: string } {
  registerFonts();
  const sign = company(r).replace('有限公司', '').slice(0, 8);
  const c = createCanvas(1200, 800);
  const g = c.getContext('2d');
  g.fillStyle = '#b9b2a5';
  g.fillRect(0, 0, 1200, 800);
  g.fillStyle = r.pick(['#b3161b', '#1d4f91', '#0e6b3a']);
  g.fillRect(80, 120, 1040, 220);
  g.fillStyle = '#fff8e0';
  g.font = '110px CJKBold';
  g.fillText(sign, 110, 275);
  g.fillStyle = '#3b3b3b';
  g.fillRect(300, 400, 600, 400);
  return { png: c.toBuffer('image/png'), sign };
}
