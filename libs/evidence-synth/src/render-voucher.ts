import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { dirname, join } from 'node:path';
import type { Rng } from './random';
import { drawBoxedForm } from './render-boxed-form';
import { drawColumnTable } from './render-table';
import type { VoucherContent } from './voucher-content';
import { fillLines, wrapText } from './wrap-text';

let fontsReady = false;
/** Registers the Noto Sans CJK SC faces that @embedpdf/fonts-sc ships (no system CJK font is needed). */
export function registerFonts(): void {
  if (fontsReady) return;
  // The package exports only its index; its fonts folder sits one level above dist/.
  const dir = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
  GlobalFonts.registerFromPath(join(dir, 'NotoSansHans-Regular.otf'), 'CJK');
  GlobalFonts.registerFromPath(join(dir, 'NotoSansHans-Bold.otf'), 'CJKBold');
  GlobalFonts.registerFromPath(join(dir, 'NotoSansHans-Light.otf'), 'CJKLight');
  fontsReady = true;
}

/** Draws a red official seal: ring, five-pointed star, and the issuer's name around the top. */
export function drawSeal(g: SKRSContext2D, cx: number, cy: number, radius: number, text: string, ellipse: boolean): void {
  g.save();
  g.strokeStyle = 'rgba(215, 30, 35, 0.85)';
  g.fillStyle = 'rgba(215, 30, 35, 0.85)';
  g.lineWidth = Math.max(3, radius / 14);
  g.beginPath();
  g.ellipse(cx, cy, radius * (ellipse ? 1.35 : 1), radius, 0, 0, Math.PI * 2);
  g.stroke();
  g.beginPath();
  for (let i = 0; i < 10; i += 1) {
    const r = i % 2 === 0 ? radius * 0.3 : radius * 0.12;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    g.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
  }
  g.closePath();
  g.fill();
  g.font = `${Math.round(radius / 4.5)}px CJK`;
  const chars = [...text];
  chars.forEach((ch, i) => {
    const a = Math.PI + (Math.PI * (i + 0.5)) / chars.length + Math.PI * 0.0;
    g.save();
    g.translate(cx + radius * 0.72 * Math.cos(a) * (ellipse ? 1.35 : 1), cy + radius * 0.72 * Math.sin(a));
    g.rotate(a + Math.PI / 2);
    g.fillText(ch, -radius / 9, radius / 12);
    g.restore();
  });
  g.restore();
}

/** Draws a handwriting-like signature: a few connected Bézier strokes in blue-black ink. */
export function drawSignature(g: SKRSContext2D, r: Rng, x: number, y: number, width: number): void {
  g.save();
  g.strokeStyle = 'rgba(20, 30, 70, 0.9)';
  g.lineWidth = 2.2;
  g.lineCap = 'round';
  let px = x;
  for (let s = 0; s < 3; s += 1) {
    g.beginPath();
    g.moveTo(px, y + r.int(-8, 8));
    for (let k = 0; k < 3; k += 1) {
      const nx = px + width / 9;
      g.bezierCurveTo(px + r.int(-10, 20), y - r.int(10, 30), nx + r.int(-20, 10), y + r.int(10, 30), nx, y + r.int(-10, 10));
      px = nx;
    }
    g.stroke();
    px += 8;
  }
  g.restore();
}

/** Layouts of `renderVoucher`: label：value lines, a ruled label|value grid, two pairs per line, boxed cells with labels above values. */
export const VOUCHER_LAYOUTS = 4;

/** Draws the label/value rows in layouts 0-2 (values wrap inside their line, cell or column); returns the y after them. */
function drawRows(g: SKRSContext2D, content: VoucherContent, layout: number, y0: number, rowH: number, fontPx: number): number {
  const sep = layout === 0 ? '：' : '';
  const lineH = Math.round(fontPx * 1.25);
  const pairs =
    layout === 2
      ? content.rows.reduce<Array<Array<[string, string]>>>((acc, row, i) => {
          if (i % 2 === 0) acc.push([row]);
          else acc[acc.length - 1]?.push(row);
          return acc;
        }, [])
      : content.rows.map((row) => [row]);
  let y = y0;
  for (const pair of pairs) {
    let lines = 1;
    pair.forEach(([label, value], col) => {
      const x = 70 + col * 600;
      if (layout === 1) {
        const wrapped = wrapText(g, value, 780);
        lines = wrapped.length;
        const h = Math.max(rowH, wrapped.length * lineH + 22);
        g.strokeStyle = '#555';
        g.lineWidth = 1.5;
        g.strokeRect(60, y - 38, 300, h);
        g.strokeRect(360, y - 38, 820, h);
        g.fillText(label, 75, y + (h - rowH) / 2);
        fillLines(g, wrapped, 380, y, lineH);
      } else if (label === '') {
        g.fillText(value, x, y);
      } else {
        // A value that does not fit wraps under its own start, not under the label.
        const head = `${label}${sep}${layout === 2 ? '  ' : ''}`;
        const valueX = x + g.measureText(head).width;
        const wrapped = wrapText(g, value, (layout === 2 ? 580 : 1120) - (valueX - x));
        lines = Math.max(lines, wrapped.length);
        g.fillText(head, x, y);
        fillLines(g, wrapped, valueX, y, lineH);
      }
    });
    y += layout === 1 ? Math.max(rowH, lines * lineH + 22) : rowH + (lines - 1) * lineH;
  }
  return y;
}

/**
 * Renders a voucher as PNG in one of `VOUCHER_LAYOUTS` layouts. A type whose real form is boxed
 * (`content.boxed`, the customs declaration) is drawn as boxed cells with labels above values in every layout.
 */
export function renderVoucher(content: VoucherContent, layout: number, r: Rng): Buffer {
  registerFonts();
  const width = 1240;
  const rowH = layout === 1 ? 58 : 52;
  const canvas = createCanvas(width, 4000);
  const g = canvas.getContext('2d');
  g.fillStyle = layout === 1 ? '#fbf8ef' : '#ffffff';
  g.fillRect(0, 0, width, 4000);
  g.fillStyle = '#151515';
  g.font = `${r.int(50, 60)}px CJKBold`;
  const titleWidth = g.measureText(content.title).width;
  g.fillText(content.title, (width - titleWidth) / 2, 100);
  const font = layout === 2 ? 'CJK' : r.pick(['CJK', 'CJKLight']);
  const fontPx = r.int(26, 30);
  g.font = `${fontPx}px ${font}`;
  let y = 190;
  for (const line of content.lead ?? []) {
    g.fillText(line.map(([label, value]) => `${label}：${value}`).join('      '), 70, y);
    y += rowH;
  }
  if (content.boxed || layout === 3) {
    const perRow = content.boxed ? 3 + (layout % 2) : 2 + (layout % 2);
    y = drawBoxedForm(g, content.rows, 60, y - 34, width - 120, { face: font, labelPx: r.int(19, 22), valuePx: fontPx - 2, perRow }) + 44;
    g.font = `${fontPx}px ${font}`;
  } else {
    y = drawRows(g, content, layout, y, rowH, fontPx);
  }
  if (content.table) {
    // Forms with many columns print their table smaller, as the customs declaration's goods table.
    const tablePx = content.table.header.length >= 8 ? Math.round(fontPx * 0.8) : fontPx;
    g.font = `${tablePx}px ${font}`;
    y = drawColumnTable(g, content.table, 70, y + 10, width - 140, tablePx) + 30;
    g.font = `${fontPx}px ${font}`;
  }
  const sep = layout === 0 ? '：' : '';
  for (const [label, value] of content.after ?? []) {
    g.fillText(value === '' ? label : `${label}${sep}${value}`, 70, y);
    if (content.signature && /签字/.test(label)) drawSignature(g, r, 70 + g.measureText(label).width + 40, y - 8, 220);
    y += rowH;
  }
  const height = y + 160;
  if (content.seal)
    drawSeal(g, r.int(800, 1000), Math.min(height - 150, y - r.int(80, 200)), r.int(85, 110), '某某市市场监督管理局专用章', r.next() < 0.3);
  const page = createCanvas(width, height);
  page.getContext('2d').drawImage(canvas, 0, 0);
  return page.toBuffer('image/png');
}
