// Page drawing: fonts, wrapped text, key/value pages in two columns, label-above-value grids, column
// tables with totals rows, prose; red seals; and the phone photo (fold, curl, low light, glare, noise).
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import sharp from 'sharp';
import type { Rand } from './rand';

/** Song-like thin faces first: the light AR PL UMing at small sizes is the hard case. */
const SERIF = ['AR PL UMing CN', 'Noto Serif CJK SC'];
const SANS = ['Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Droid Sans Fallback'];
export const KAI = 'AR PL UKai CN';

export interface Field {
  label: string;
  value: string;
  /** Spans the whole row (long values: addresses, scopes). */
  wide?: boolean;
}

/** A page being drawn: canvas, pen position, chosen faces, and where key values were printed (for seals). */
export class Page {
  readonly canvas: Canvas;
  readonly ctx: SKRSContext2D;
  readonly face: string;
  readonly size: number;
  y: number;
  readonly margin: number;
  readonly spots: { x: number; y: number }[] = [];

  constructor(
    readonly r: Rand,
    readonly width: number,
    readonly height: number,
  ) {
    this.canvas = createCanvas(width, height);
    this.ctx = this.canvas.getContext('2d');
    const tint = r.pick(['#ffffff', '#fbfaf5', '#f7f5ee', '#fdfbf2']);
    this.ctx.fillStyle = tint;
    this.ctx.fillRect(0, 0, width, height);
    this.face = r.chance(0.55) ? r.pick(SERIF) : r.pick(SANS);
    this.size = Math.round(width / r.float(44, 56));
    this.margin = Math.round(width * r.float(0.06, 0.09));
    this.y = this.margin;
  }

  font(size: number, bold = false, face = this.face): void {
    this.ctx.font = `${bold ? 'bold ' : ''}${Math.round(size)}px "${face}"`;
    this.ctx.fillStyle = '#1b1b1b';
    this.ctx.textBaseline = 'top';
  }

  /** Splits `text` into lines of at most `width` pixels (character by character, as Chinese wraps). */
  wrap(text: string, width: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const ch of text) {
      if (line !== '' && this.ctx.measureText(line + ch).width > width) {
        lines.push(line);
        line = ch;
      } else line += ch;
    }
    if (line !== '') lines.push(line);
    return lines.length > 0 ? lines : [''];
  }

  title(text: string, spaced: boolean): void {
    const size = this.size * this.r.float(1.6, 2.1);
    this.font(size, true, this.r.chance(0.5) ? 'Noto Serif CJK SC' : 'Noto Sans CJK SC');
    const shown = spaced ? text.split('').join(' ') : text;
    const w = this.ctx.measureText(shown).width;
    this.ctx.fillText(shown, (this.width - w) / 2, this.y);
    this.y += size * 1.8;
  }

  line(text: string, align: 'left' | 'right' | 'center' = 'left', size = this.size, mark = false): void {
    this.font(size);
    const w = this.ctx.measureText(text).width;
    const x = align === 'left' ? this.margin : align === 'right' ? this.width - this.margin - w : (this.width - w) / 2;
    this.ctx.fillText(text, x, this.y);
    if (mark) this.spots.push({ x: x + w * 0.6, y: this.y + size / 2 });
    this.y += size * 1.7;
  }

  /** Running prose, justified by character, over as many lines as it needs. */
  prose(text: string, indent = true): void {
    this.font(this.size);
    const width = this.width - 2 * this.margin;
    const lines = this.wrap(`${indent ? '\u3000\u3000' : ''}${text}`, width);
    for (const l of lines) {
      this.ctx.fillText(l, this.margin, this.y);
      this.y += this.size * 1.75;
    }
  }

  /** Two columns of `label：value`, values wrapping to further lines inside their column. */
  keyValues(fields: readonly Field[], ruled: boolean): void {
    const s = this.size;
    const colW = (this.width - 2 * this.margin) / 2;
    this.font(s);
    const labelW = Math.max(...fields.map((f) => this.ctx.measureText(`${f.label}：`).width)) + s * 0.3;
    let i = 0;
    while (i < fields.length) {
      const row: Field[] = [];
      const first = fields[i] as Field;
      row.push(first);
      i += 1;
      if (!first.wide && i < fields.length && !(fields[i] as Field).wide) {
        row.push(fields[i] as Field);
        i += 1;
      }
      let lines = 1;
      row.forEach((f, k) => {
        const x = this.margin + k * colW;
        const valueW = (f.wide ? colW * 2 : colW) - labelW - s * 0.6;
        this.font(s);
        this.ctx.fillText(`${f.label}：`, x, this.y);
        const ls = this.wrap(f.value, valueW);
        ls.forEach((l, j) => this.ctx.fillText(l, x + labelW, this.y + j * s * 1.45));
        this.spots.push({ x: x + labelW + s * 3, y: this.y + s / 2 });
        lines = Math.max(lines, ls.length);
      });
      const h = lines * s * 1.45 + s * 0.9;
      if (ruled) {
        this.ctx.strokeStyle = '#555';
        this.ctx.lineWidth = 1;
        this.ctx.beginPath();
        this.ctx.moveTo(this.margin, this.y + h - s * 0.45);
        this.ctx.lineTo(this.width - this.margin, this.y + h - s * 0.45);
        this.ctx.stroke();
      }
      this.y += h;
    }
  }

  /** Ruled grid of cells, each with a small label at the top and its value below (customs, waybills). */
  gridAbove(fields: readonly Field[], columns: number): void {
    const s = this.size;
    const totalW = this.width - 2 * this.margin;
    const cellW = totalW / columns;
    const labelSize = s * 0.72;
    this.ctx.strokeStyle = '#222';
    this.ctx.lineWidth = 1.2;
    let i = 0;
    while (i < fields.length) {
      const row: { f: Field; span: number }[] = [];
      let used = 0;
      while (i < fields.length && used < columns) {
        const f = fields[i] as Field;
        const span = f.wide ? columns : 1;
        if (used + span > columns) break;
        row.push({ f, span });
        used += span;
        i += 1;
      }
      if (row.length === 0) {
        row.push({ f: fields[i] as Field, span: columns });
        i += 1;
      }
      const last = row[row.length - 1];
      if (last) last.span += columns - row.reduce((a, c) => a + c.span, 0);
      let maxLines = 1;
      this.font(s);
      const wrapped = row.map(({ f, span }) => this.wrap(f.value, cellW * span - s * 0.8));
      wrapped.forEach((w) => (maxLines = Math.max(maxLines, w.length)));
      const h = labelSize * 1.5 + maxLines * s * 1.35 + s * 0.5;
      let x = this.margin;
      row.forEach(({ f, span }, k) => {
        this.ctx.strokeRect(x, this.y, cellW * span, h);
        this.font(labelSize);
        this.ctx.fillStyle = '#444';
        this.ctx.fillText(f.label, x + s * 0.3, this.y + s * 0.25);
        this.font(s);
        (wrapped[k] ?? []).forEach((l, j) => this.ctx.fillText(l, x + s * 0.45, this.y + labelSize * 1.5 + j * s * 1.35));
        this.spots.push({ x: x + s * 3, y: this.y + labelSize * 1.5 + s / 2 });
        x += cellW * span;
      });
      this.y += h;
    }
    this.y += s * 0.8;
  }

  /** A column table with header row, body rows and optional totals rows; numeric columns right-aligned. */
  table(
    head: readonly string[],
    rows: readonly (readonly string[])[],
    weights: readonly number[],
    numeric: readonly boolean[],
    totals: readonly (readonly string[])[] = [],
  ): void {
    const s = this.size * 0.88;
    const totalW = this.width - 2 * this.margin;
    const sum = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => (w / sum) * totalW);
    const rowH = s * 1.75;
    this.ctx.strokeStyle = '#333';
    this.ctx.lineWidth = 1;
    const drawRow = (cells: readonly string[], bold: boolean, isHead: boolean): void => {
      let x = this.margin;
      cells.forEach((c, k) => {
        const w = widths[k] ?? 0;
        this.ctx.strokeRect(x, this.y, w, rowH);
        this.font(s, bold);
        let shown = c;
        while (shown.length > 1 && this.ctx.measureText(shown).width > w - s * 0.4) shown = shown.slice(0, -1);
        const tw = this.ctx.measureText(shown).width;
        const tx = isHead ? x + (w - tw) / 2 : numeric[k] ? x + w - tw - s * 0.25 : x + s * 0.25;
        this.ctx.fillText(shown, tx, this.y + (rowH - s) / 2);
        x += w;
      });
      this.y += rowH;
    };
    drawRow(head, true, true);
    for (const row of rows) drawRow(row, false, false);
    for (const t of totals) {
      const y = this.y;
      drawRow(t, true, false);
      this.spots.push({ x: this.width - this.margin - s * 3, y: y + rowH / 2 });
    }
    this.y += s;
  }

  /** A red round seal with its text around the rim, a star in the middle, printed over whatever is there. */
  seal(cx: number, cy: number, text: string): void {
    const ctx = this.ctx;
    const radius = this.width * this.r.float(0.075, 0.1);
    ctx.save();
    ctx.globalAlpha = this.r.float(0.55, 0.8);
    ctx.strokeStyle = '#d4202a';
    ctx.fillStyle = '#d4202a';
    ctx.lineWidth = radius * 0.06;
    ctx.beginPath();
    ctx.arc(cx, cy, radius, 0, Math.PI * 2);
    ctx.stroke();
    const chars = text.split('');
    const span = Math.PI * 1.35;
    const fs = Math.min(radius * 0.3, (span * radius * 0.78) / Math.max(1, chars.length));
    ctx.font = `bold ${Math.round(fs)}px "Noto Serif CJK SC"`;
    ctx.textBaseline = 'middle';
    chars.forEach((ch, i) => {
      const a = -Math.PI / 2 - span / 2 + (span * (i + 0.5)) / chars.length;
      ctx.save();
      ctx.translate(cx + Math.cos(a) * radius * 0.75, cy + Math.sin(a) * radius * 0.75);
      ctx.rotate(a + Math.PI / 2);
      ctx.fillText(ch, -fs / 2, 0);
      ctx.restore();
    });
    ctx.beginPath();
    for (let k = 0; k < 10; k += 1) {
      const a = -Math.PI / 2 + (k * Math.PI) / 5;
      const rr = k % 2 === 0 ? radius * 0.28 : radius * 0.11;
      ctx.lineTo(cx + Math.cos(a) * rr, cy + Math.sin(a) * rr);
    }
    ctx.closePath();
    ctx.fill();
    ctx.restore();
  }

  /** Seal over one of the printed key values (a stamp over numbers), or over the signature area. */
  sealOverValue(text: string, overValue: boolean): void {
    const spot =
      overValue && this.spots.length > 0 ? this.r.pick(this.spots) : { x: this.width * this.r.float(0.6, 0.75), y: this.y - this.size * 2 };
    this.seal(spot.x + this.r.float(-20, 20), spot.y + this.r.float(-10, 10), text);
  }

  /** A handwritten-looking name in the brush face. */
  signature(x: number, y: number, name: string): void {
    this.ctx.save();
    this.ctx.font = `${Math.round(this.size * 1.4)}px "${KAI}"`;
    this.ctx.fillStyle = '#1a2a6e';
    this.ctx.translate(x, y);
    this.ctx.rotate(this.r.float(-0.12, 0.05));
    this.ctx.fillText(name, 0, 0);
    this.ctx.restore();
  }
}

/** The conditions a photo was taken in, for the document id's wording. */
export interface PhotoConditions {
  fold: boolean;
  curl: boolean;
  lowLight: boolean;
  glare: boolean;
}

/** Photographs a page with a phone: desk, tilt, fold crease, page curl, low light, glare, noise, blur, JPEG. */
export async function photograph(page: Page, r: Rand): Promise<{ jpeg: Buffer; conditions: PhotoConditions }> {
  const conditions: PhotoConditions = { fold: r.chance(0.4), curl: r.chance(0.4), lowLight: r.chance(0.35), glare: r.chance(0.35) };
  const pc = page.ctx;
  const W = page.width;
  const H = page.height;
  if (conditions.fold) {
    // A crease across the page: a shaded band with a bright edge.
    const vertical = r.chance(0.4);
    const at = (vertical ? W : H) * r.pick([1 / 3, 1 / 2, 2 / 3]) + r.float(-20, 20);
    const band = r.float(14, 30);
    const g = vertical ? pc.createLinearGradient(at - band, 0, at + band, 0) : pc.createLinearGradient(0, at - band, 0, at + band);
    g.addColorStop(0, 'rgba(0,0,0,0)');
    g.addColorStop(0.45, `rgba(0,0,0,${r.float(0.12, 0.25).toFixed(2)})`);
    g.addColorStop(0.55, `rgba(255,255,255,${r.float(0.2, 0.4).toFixed(2)})`);
    g.addColorStop(1, 'rgba(0,0,0,0)');
    pc.fillStyle = g;
    if (vertical) pc.fillRect(at - band, 0, band * 2, H);
    else pc.fillRect(0, at - band, W, band * 2);
  }
  const pad = Math.round(Math.max(W, H) * r.float(0.06, 0.12));
  const out = createCanvas(W + 2 * pad, H + 2 * pad);
  const ctx = out.getContext('2d');
  ctx.fillStyle = r.pick(['#8a6a4a', '#6f6f72', '#d9d6cf', '#2f3035', '#a4845c']);
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.save();
  ctx.translate(out.width / 2, out.height / 2);
  ctx.rotate((r.float(-4, 4) * Math.PI) / 180);
  ctx.translate(-W / 2, -H / 2);
  const slice = 6;
  const curlFrom = W * r.float(0.55, 0.8);
  const amp = conditions.curl ? r.float(0.02, 0.05) * H : 0;
  const dir = r.chance(0.5) ? 1 : -1;
  ctx.fillStyle = 'rgba(0,0,0,0.35)';
  ctx.fillRect(6, 8, W, H);
  for (let x = 0; x < W; x += slice) {
    const t = Math.max(0, (x - curlFrom) / (W - curlFrom));
    const dy = dir * amp * t * t;
    const squash = 1 - 0.02 * t * t * (amp > 0 ? 1 : 0);
    ctx.drawImage(page.canvas, x, 0, slice, H, x, dy + (H * (1 - squash)) / 2, slice + 0.5, H * squash);
  }
  if (conditions.curl) {
    const g = ctx.createLinearGradient(curlFrom, 0, W, 0);
    g.addColorStop(0, 'rgba(0,0,0,0)');
    g.addColorStop(1, 'rgba(0,0,0,0.28)');
    ctx.fillStyle = g;
    ctx.fillRect(curlFrom, -amp, W - curlFrom, H + 2 * amp);
  }
  ctx.restore();
  // Light: a gradient across the frame, darker overall in low light, and a glare spot.
  const lg = ctx.createLinearGradient(0, 0, out.width * r.float(0.3, 1), out.height);
  const dark = conditions.lowLight ? r.float(0.35, 0.55) : r.float(0.0, 0.15);
  lg.addColorStop(0, `rgba(0,0,0,${(dark * 0.5).toFixed(2)})`);
  lg.addColorStop(1, `rgba(0,0,0,${dark.toFixed(2)})`);
  ctx.fillStyle = lg;
  ctx.fillRect(0, 0, out.width, out.height);
  if (conditions.glare) {
    const gx = out.width * r.float(0.2, 0.8);
    const gy = out.height * r.float(0.2, 0.8);
    const gr = Math.max(out.width, out.height) * r.float(0.12, 0.25);
    const gg = ctx.createRadialGradient(gx, gy, 0, gx, gy, gr);
    gg.addColorStop(0, `rgba(255,255,250,${r.float(0.55, 0.85).toFixed(2)})`);
    gg.addColorStop(0.4, 'rgba(255,255,250,0.35)');
    gg.addColorStop(1, 'rgba(255,255,250,0)');
    ctx.fillStyle = gg;
    ctx.fillRect(0, 0, out.width, out.height);
  }
  const img = ctx.getImageData(0, 0, out.width, out.height);
  const data = img.data;
  const sigma = conditions.lowLight ? r.float(6, 12) : r.float(2, 6);
  const warm = r.float(-8, 8);
  for (let i = 0; i < data.length; i += 4) {
    const n = (r.next() + r.next() + r.next() - 1.5) * sigma;
    data[i] = Math.max(0, Math.min(255, (data[i] ?? 0) + n + warm));
    data[i + 1] = Math.max(0, Math.min(255, (data[i + 1] ?? 0) + n));
    data[i + 2] = Math.max(0, Math.min(255, (data[i + 2] ?? 0) + n - warm));
  }
  const longSide = r.int(1400, 1800);
  let pipeline = sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), {
    raw: { width: out.width, height: out.height, channels: 4 },
  })
    .resize({ width: out.width >= out.height ? longSide : undefined, height: out.height > out.width ? longSide : undefined })
    .removeAlpha();
  if (r.chance(0.3)) pipeline = pipeline.blur(r.float(0.5, 1.1));
  const jpeg = await pipeline.jpeg({ quality: r.int(60, 90) }).toBuffer();
  return { jpeg, conditions };
}
