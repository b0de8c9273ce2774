// Drawing helpers of the dev "real forms": a page in a face from Debian's font packages, paragraphs that wrap
// like Chinese typesetting (a break after any character, figures kept whole), two-column signature blocks,
// ruled tables with a totals row, and a stronger phone-photo tilt than the project generator's.
import { existsSync } from 'node:fs';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { registerFonts, type Rng } from '@uplift/evidence-synth';
import sharp from 'sharp';

const FACES: ReadonlyArray<[string, string]> = [
  ['/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', 'FormSerif'],
  ['/usr/share/fonts/truetype/arphic/uming.ttc', 'FormMing'],
  ['/usr/share/fonts/truetype/arphic/ukai.ttc', 'FormKai'],
  ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', 'FormMicroHei'],
];
let faces: string[] | null = null;

/** The faces a form may be printed in (the project's Noto Sans plus every installed system CJK face). */
export function formFaces(): string[] {
  if (faces) return faces;
  registerFonts();
  faces = ['CJK'];
  for (const [path, name] of FACES) if (existsSync(path) && GlobalFonts.registerFromPath(path, name)) faces.push(name);
  return faces;
}

/** A page being drawn: its context, face, body size and the current baseline. */
export interface Page {
  g: SKRSContext2D;
  face: string;
  px: number;
  y: number;
  width: number;
  finish: () => Buffer;
}

/** A white (or yellowish) page of `width` px with a centred title; `finish` crops it to what was drawn. */
export function newPage(r: Rng, title: string, width = 1400): Page {
  const face = r.pick(formFaces());
  const canvas = createCanvas(width, 4200);
  const g = canvas.getContext('2d');
  g.fillStyle = r.pick(['#ffffff', '#fcf9f0', '#f6f8f3']);
  g.fillRect(0, 0, width, 4200);
  g.fillStyle = '#161616';
  g.font = `bold ${r.int(44, 54)}px ${face}`;
  const shown = r.next() < 0.3 ? [...title].join(' ') : title;
  g.fillText(shown, (width - g.measureText(shown).width) / 2, 100);
  const px = r.int(24, 28);
  g.font = `${px}px ${face}`;
  const page: Page = {
    g,
    face,
    px,
    y: 170,
    width,
    finish: () => {
      const out = createCanvas(width, Math.round(page.y + 120));
      out.getContext('2d').drawImage(canvas, 0, 0);
      return out.toBuffer('image/png');
    },
  };
  return page;
}

/** Splits text into lines no wider than `width`: a break may fall after any Chinese character, never inside a figure or Latin word. */
export function breakLines(g: SKRSContext2D, text: string, width: number): string[] {
  const tokens = text.match(/[A-Za-z0-9¥.,:%\-/]+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line !== '' && g.measureText(line + token).width > width) {
      lines.push(line);
      line = token;
    } else line += token;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Draws a paragraph from x (first line indented by `indent` px) wrapping at the page margin; advances the page. */
export function paragraph(p: Page, text: string, x = 70, indent = 0): void {
  const lineH = Math.round(p.px * 1.6);
  const right = p.width - 70;
  const first = breakLines(p.g, text, right - x - indent)[0] ?? '';
  p.g.fillText(first, x + indent, p.y);
  p.y += lineH;
  for (const line of breakLines(p.g, text.slice(first.length), right - x)) {
    p.g.fillText(line, x, p.y);
    p.y += lineH;
  }
}

/** Draws label：value lines in two columns side by side (signature blocks of contracts). */
export function twoColumns(p: Page, left: readonly string[], right: readonly string[]): void {
  const lineH = Math.round(p.px * 2);
  const rows = Math.max(left.length, right.length);
  for (let i = 0; i < rows; i += 1) {
    p.g.fillText(left[i] ?? '', 90, p.y);
    p.g.fillText(right[i] ?? '', p.width / 2 + 40, p.y);
    p.y += lineH;
  }
}

/** A ruled table; columns sized by content; returns nothing, advances the page. */
export function ruledTable(p: Page, rows: ReadonlyArray<readonly string[]>, x = 70): void {
  const { g } = p;
  const cols = Math.max(...rows.map((row) => row.length));
  const widths = Array.from({ length: cols }, (_, c) => Math.max(...rows.map((row) => g.measureText(row[c] ?? '').width)) + 28);
  const scale = Math.min(1, (p.width - 2 * x) / widths.reduce((a, b) => a + b, 0));
  const rowH = Math.round(p.px * 1.9);
  g.strokeStyle = '#333';
  g.lineWidth = 1.3;
  let top = p.y - p.px * 1.3;
  for (const row of rows) {
    let cx = x;
    row.forEach((cell, c) => {
      const w = (widths[c] ?? 0) * scale;
      // A cell spanning the rest of the row (a totals line in words).
      const span = c === row.length - 1 && row.length < cols ? widths.slice(c).reduce((a, b) => a + b, 0) * scale : w;
      g.strokeRect(cx, top, span, rowH);
      g.fillText(cell, cx + 10, top + rowH * 0.68, span - 14);
      cx += w;
    });
    top += rowH;
  }
  p.y = top + p.px * 1.6;
}

/** A photo of the page taken by hand: a tilt of up to ±`maxAngle` degrees, perspective-like shear, blur, JPEG. */
export async function handheldPhoto(png: Buffer, r: Rng, maxAngle: number): Promise<Buffer> {
  const angle = (r.next() * 2 - 1) * maxAngle;
  const shear = r.next() * 0.08 - 0.04;
  return sharp(png)
    .affine([1, shear, shear / 3, 1], { background: '#5f6160' })
    .rotate(angle, { background: '#666865' })
    .blur(0.4 + r.next() * 0.8)
    .resize({ width: r.int(1100, 1600) })
    .jpeg({ quality: r.int(50, 85) })
    .toBuffer();
}
