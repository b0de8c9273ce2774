// Drawing helpers on @napi-rs/canvas: fonts, wrapped text, ruled tables, red seals, QR-like codes and
// the light security patterns of certificates.
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Rand } from './rng';

export type Ctx = SKRSContext2D;

/** Font families on this machine (fc-list :lang=zh). */
export const FONTS = {
  song: ['AR PL UMing CN', 'Noto Serif CJK JP'],
  hei: ['Noto Sans CJK JP', 'WenQuanYi Micro Hei', 'WenQuanYi Zen Hei'],
  kai: ['AR PL UKai CN'],
} as const;

export interface Face {
  family: string;
  bold: boolean;
}

export function font(ctx: Ctx, face: Face, size: number, bold = face.bold): void {
  ctx.font = `${bold ? 'bold ' : ''}${Math.round(size)}px "${face.family}"`;
}

export function pickFace(r: Rand, kind: keyof typeof FONTS | 'any'): Face {
  const kinds = kind === 'any' ? r.pick(['song', 'song', 'hei', 'hei', 'kai'] as const) : kind;
  return { family: r.pick(FONTS[kinds]), bold: false };
}

export function page(w: number, h: number, paper = '#fbfaf6'): { canvas: Canvas; ctx: Ctx } {
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = paper;
  ctx.fillRect(0, 0, w, h);
  ctx.textBaseline = 'alphabetic';
  return { canvas, ctx };
}

export function text(ctx: Ctx, s: string, x: number, y: number, color = '#1a1a1a', align: CanvasTextAlign = 'left'): void {
  ctx.fillStyle = color;
  ctx.textAlign = align;
  ctx.fillText(s, x, y);
  ctx.textAlign = 'left';
}

/** Text with extra spacing between characters (titles such as 营 业 执 照). */
export function spaced(ctx: Ctx, s: string, cx: number, y: number, gap: number, color = '#1a1a1a'): void {
  const chars = [...s];
  const widths = chars.map((c) => ctx.measureText(c).width);
  const total = widths.reduce((a, b) => a + b, 0) + gap * (chars.length - 1);
  let x = cx - total / 2;
  ctx.fillStyle = color;
  ctx.textAlign = 'left';
  chars.forEach((c, i) => {
    ctx.fillText(c, x, y);
    x += (widths[i] ?? 0) + gap;
  });
}

/** A label whose characters are spread over a fixed width (名  称 in licences). */
export function justified(ctx: Ctx, s: string, x: number, y: number, width: number, color = '#1a1a1a'): void {
  const chars = [...s];
  if (chars.length < 2) return text(ctx, s, x, y, color);
  const widths = chars.map((c) => ctx.measureText(c).width);
  const gap = (width - widths.reduce((a, b) => a + b, 0)) / (chars.length - 1);
  let cx = x;
  ctx.fillStyle = color;
  chars.forEach((c, i) => {
    ctx.fillText(c, cx, y);
    cx += (widths[i] ?? 0) + gap;
  });
}

/** Breaks text into lines no wider than `width` (character by character, as Chinese wraps). */
export function wrap(ctx: Ctx, s: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const c of s) {
    if (c === '\n') {
      lines.push(line);
      line = '';
      continue;
    }
    if (ctx.measureText(line + c).width > width && line !== '') {
      // Closing punctuation does not start a line.
      if (/[，。、；：）》”]/.test(c)) {
        line += c;
        continue;
      }
      lines.push(line);
      line = '';
    }
    line += c;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Draws wrapped text, returning the y below the last line. */
export function para(ctx: Ctx, s: string, x: number, y: number, width: number, lineHeight: number, color = '#1a1a1a', indent = 0): number {
  const lines = wrap(ctx, ' '.repeat(0) + s, width - indent);
  lines.forEach((l, i) => text(ctx, l, x + (i === 0 ? indent : 0), y + i * lineHeight, color));
  return y + lines.length * lineHeight;
}

/** Fits text into a width by shrinking the font. */
export function fitText(
  ctx: Ctx,
  face: Face,
  s: string,
  x: number,
  y: number,
  width: number,
  size: number,
  color = '#1a1a1a',
  align: CanvasTextAlign = 'left',
): void {
  let sz = size;
  font(ctx, face, sz);
  while (ctx.measureText(s).width > width && sz > 8) {
    sz -= 1;
    font(ctx, face, sz);
  }
  text(ctx, s, x, y, color, align);
}

export function line(ctx: Ctx, x1: number, y1: number, x2: number, y2: number, color = '#222', width = 1.5): void {
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.stroke();
}

export function rect(ctx: Ctx, x: number, y: number, w: number, h: number, color = '#222', width = 1.5): void {
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.strokeRect(x, y, w, h);
}

export interface TableStyle {
  face: Face;
  size: number;
  rowHeight: number;
  color?: string;
  lineColor?: string;
  headerFill?: string;
  /** Draw only horizontal rules (bank statements), not a full grid. */
  horizontalOnly?: boolean;
  align?: readonly CanvasTextAlign[];
}

/** A ruled table: header row then body rows; returns the y below it. */
export function table(
  ctx: Ctx,
  x: number,
  y: number,
  widths: readonly number[],
  rows: readonly (readonly string[])[],
  st: TableStyle,
): number {
  const total = widths.reduce((a, b) => a + b, 0);
  const lc = st.lineColor ?? '#333';
  rows.forEach((row, ri) => {
    const top = y + ri * st.rowHeight;
    if (ri === 0 && st.headerFill) {
      ctx.fillStyle = st.headerFill;
      ctx.fillRect(x, top, total, st.rowHeight);
    }
    let cx = x;
    row.forEach((cell, ci) => {
      const w = widths[ci] ?? 0;
      const align = st.align?.[ci] ?? 'left';
      const tx = align === 'right' ? cx + w - 6 : align === 'center' ? cx + w / 2 : cx + 6;
      fitText(ctx, st.face, cell, tx, top + st.rowHeight * 0.68, w - 10, st.size, st.color ?? '#1a1a1a', align);
      cx += w;
    });
    if (st.horizontalOnly) {
      if (ri <= 1) line(ctx, x, top, x + total, top, lc, ri === 0 ? 1.8 : 1);
    } else {
      line(ctx, x, top, x + total, top, lc, 1.2);
      let vx = x;
      for (const w of [0, ...widths]) {
        vx += w;
        line(ctx, vx, top, vx, top + st.rowHeight, lc, 1.2);
      }
    }
  });
  const bottom = y + rows.length * st.rowHeight;
  line(ctx, x, bottom, x + total, bottom, lc, st.horizontalOnly ? 1.8 : 1.2);
  return bottom;
}

// --- seals -------------------------------------------------------------------------------------------

function star(ctx: Ctx, cx: number, cy: number, r: number): void {
  ctx.beginPath();
  for (let i = 0; i < 10; i += 1) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.4;
    ctx.lineTo(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
  }
  ctx.closePath();
  ctx.fill();
}

/**
 * A red company or authority seal: a ring, the name along the upper arc, a star in the middle and a word
 * (合同专用章, 财务专用章...) below, slightly transparent and unevenly inked so the text below shows through.
 */
export function roundSeal(ctx: Ctx, r: Rand, cx: number, cy: number, radius: number, name: string, bottom = ''): void {
  ctx.save();
  ctx.globalAlpha = r.real(0.55, 0.85);
  ctx.globalCompositeOperation = 'multiply';
  ctx.translate(cx, cy);
  ctx.rotate(r.real(-0.35, 0.35));
  const red = r.pick(['#d7261e', '#e0302a', '#c8161d', '#e8473f']);
  ctx.strokeStyle = red;
  ctx.fillStyle = red;
  ctx.lineWidth = radius * 0.06;
  ctx.beginPath();
  ctx.arc(0, 0, radius * 0.95, 0, Math.PI * 2);
  ctx.stroke();
  star(ctx, 0, 0, radius * 0.26);
  const chars = [...name];
  const size = Math.min(radius * 0.3, (radius * 3.6) / Math.max(chars.length, 1));
  ctx.font = `bold ${Math.round(size)}px "${FONTS.song[1]}"`;
  ctx.textAlign = 'center';
  const span = Math.min(Math.PI * 1.35, chars.length * ((size * 1.05) / (radius * 0.72)));
  chars.forEach((c, i) => {
    const a = -Math.PI / 2 - span / 2 + (span * (i + 0.5)) / chars.length;
    ctx.save();
    ctx.rotate(a + Math.PI / 2);
    ctx.fillText(c, 0, -radius * 0.66);
    ctx.restore();
  });
  if (bottom) {
    ctx.font = `bold ${Math.round(radius * 0.2)}px "${FONTS.song[1]}"`;
    ctx.fillText(bottom, 0, radius * 0.6);
  }
  // Uneven ink: small paper-coloured speckles.
  ctx.globalCompositeOperation = 'source-over';
  ctx.globalAlpha = 0.5;
  ctx.fillStyle = '#fbfaf6';
  for (let i = 0; i < radius * 1.5; i += 1) {
    const a = r.real(0, Math.PI * 2);
    const d = r.real(0, radius);
    ctx.fillRect(d * Math.cos(a), d * Math.sin(a), r.real(1, 3), r.real(1, 3));
  }
  ctx.restore();
}

/** The oval 发票专用章 of an invoice: seller name on the arc, taxpayer id across the middle. */
export function invoiceSeal(ctx: Ctx, r: Rand, cx: number, cy: number, w: number, name: string, taxId: string): void {
  ctx.save();
  ctx.globalAlpha = r.real(0.55, 0.8);
  ctx.globalCompositeOperation = 'multiply';
  ctx.translate(cx, cy);
  ctx.rotate(r.real(-0.15, 0.15));
  const red = '#d9261c';
  ctx.strokeStyle = red;
  ctx.fillStyle = red;
  const h = w * 0.66;
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.ellipse(0, 0, w / 2, h / 2, 0, 0, Math.PI * 2);
  ctx.stroke();
  ctx.textAlign = 'center';
  const chars = [...name];
  const size = Math.min(h * 0.16, (w * 1.6) / Math.max(chars.length, 1));
  ctx.font = `${Math.round(size)}px "${FONTS.song[1]}"`;
  const span = Math.PI * 1.1;
  chars.forEach((c, i) => {
    const a = -Math.PI / 2 - span / 2 + (span * (i + 0.5)) / chars.length;
    const px = Math.cos(a) * (w / 2 - size * 0.9);
    const py = Math.sin(a) * (h / 2 - size * 0.9);
    ctx.save();
    ctx.translate(px, py);
    ctx.rotate(a + Math.PI / 2);
    ctx.fillText(c, 0, size * 0.35);
    ctx.restore();
  });
  ctx.font = `bold ${Math.round(h * 0.13)}px "${FONTS.hei[0]}"`;
  ctx.fillText(taxId, 0, h * 0.08);
  ctx.font = `bold ${Math.round(h * 0.15)}px "${FONTS.song[1]}"`;
  ctx.fillText('发票专用章', 0, h * 0.34);
  ctx.restore();
}

// --- codes and patterns ------------------------------------------------------------------------------

function finder(ctx: Ctx, x: number, y: number, m: number): void {
  ctx.fillStyle = '#111';
  ctx.fillRect(x, y, 7 * m, 7 * m);
  ctx.fillStyle = '#fff';
  ctx.fillRect(x + m, y + m, 5 * m, 5 * m);
  ctx.fillStyle = '#111';
  ctx.fillRect(x + 2 * m, y + 2 * m, 3 * m, 3 * m);
}

/** A QR-code-looking square (random modules with the three finder patterns). */
export function qr(ctx: Ctx, r: Rand, x: number, y: number, size: number): void {
  const n = 29;
  const m = size / n;
  ctx.fillStyle = '#fff';
  ctx.fillRect(x - m, y - m, size + 2 * m, size + 2 * m);
  ctx.fillStyle = '#111';
  for (let i = 0; i < n; i += 1)
    for (let j = 0; j < n; j += 1) {
      const inFinder = (i < 8 && j < 8) || (i < 8 && j >= n - 8) || (i >= n - 8 && j < 8);
      if (!inFinder && r.chance(0.48)) ctx.fillRect(x + i * m, y + j * m, m + 0.3, m + 0.3);
    }
  finder(ctx, x, y, m);
  finder(ctx, x + (n - 7) * m, y, m);
  finder(ctx, x, y + (n - 7) * m, m);
}

/** Fine guilloche waves across a region, in a pale colour (certificates and licences). */
export function guilloche(ctx: Ctx, r: Rand, x: number, y: number, w: number, h: number, color: string): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.strokeStyle = color;
  ctx.lineWidth = 0.8;
  const waves = r.int(18, 34);
  const amp = r.real(8, 22);
  const period = r.real(60, 140);
  for (let k = 0; k < waves; k += 1) {
    const base = y + (k * h) / waves;
    const phase = r.real(0, Math.PI * 2);
    ctx.beginPath();
    for (let px = x; px <= x + w; px += 6)
      ctx.lineTo(px, base + amp * Math.sin(px / period + phase) + amp * 0.5 * Math.sin(px / (period * 0.37)));
    ctx.stroke();
  }
  ctx.restore();
}

/** A decorative double frame with corner blocks (licences, certificates). */
export function frame(ctx: Ctx, x: number, y: number, w: number, h: number, color: string): void {
  rect(ctx, x, y, w, h, color, 6);
  rect(ctx, x + 12, y + 12, w - 24, h - 24, color, 1.5);
  ctx.fillStyle = color;
  for (const [cx, cy] of [
    [x, y],
    [x + w, y],
    [x, y + h],
    [x + w, y + h],
  ] as const) {
    ctx.save();
    ctx.translate(cx, cy);
    ctx.rotate(Math.PI / 4);
    ctx.fillRect(-14, -14, 28, 28);
    ctx.restore();
  }
}

/** The national emblem area of licences: a red-gold roundel (not the real emblem, just its footprint). */
export function emblem(ctx: Ctx, cx: number, cy: number, radius: number): void {
  ctx.save();
  const g = ctx.createRadialGradient(cx, cy, radius * 0.1, cx, cy, radius);
  g.addColorStop(0, '#f3c242');
  g.addColorStop(0.55, '#d8342a');
  g.addColorStop(1, '#b8862d');
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.arc(cx, cy, radius, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#f6d04d';
  star(ctx, cx - radius * 0.25, cy - radius * 0.3, radius * 0.22);
  for (let i = 0; i < 4; i += 1) star(ctx, cx + radius * (0.05 + i * 0.12), cy - radius * (0.55 - i * 0.18), radius * 0.07);
  ctx.restore();
}

/** Faint handwriting-like scribble (a signature). */
export function signature(ctx: Ctx, r: Rand, name: string, x: number, y: number, size: number): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.rotate(r.real(-0.12, 0.05));
  ctx.font = `${Math.round(size)}px "${FONTS.kai[0]}"`;
  ctx.fillStyle = r.pick(['#1d2a6b', '#111111', '#22315e']);
  ctx.fillText(name, 0, 0);
  ctx.restore();
}
