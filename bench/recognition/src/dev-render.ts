// The dev variation of the project's vouchers, used while improving the reader: the same content drawn
// in boxed grids with two label/value pairs per row, labels above values, or spaced labels without
// colons; serif and kai faces from Debian's font packages; real-world label wording on request.
import { existsSync } from 'node:fs';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { drawSeal, registerFonts, type Rng, type VoucherContent } from '@uplift/evidence-synth';
import { DEV_SYNONYMS } from './dev-synonyms';

const SYSTEM_FACES: ReadonlyArray<[string, string]> = [
  ['/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', 'DevSerif'],
  ['/usr/share/fonts/truetype/arphic/uming.ttc', 'DevMing'],
  ['/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', 'DevHei'],
];
let faces: string[] | null = null;

function devFaces(): string[] {
  if (faces) return faces;
  registerFonts();
  faces = ['CJK'];
  for (const [path, name] of SYSTEM_FACES) {
    if (existsSync(path) && GlobalFonts.registerFromPath(path, name)) faces.push(name);
  }
  return faces;
}

const fold = (s: string): string => s.replace(/[（]/g, '(').replace(/[）]/g, ')').replace(/\s+/g, '');

/** The label as a real-world page might print it (same meaning, other words), or as given. */
function reword(label: string, realWorld: boolean, r: Rng): string {
  if (!realWorld || label === '') return label;
  const variants = DEV_SYNONYMS[fold(label)];
  return variants && variants.length > 0 ? r.pick([...variants]) : label;
}

type Pair = [string, string];

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function drawGridRows(g: SKRSContext2D, rows: Pair[][], y0: number, width: number, above: boolean, fontPx: number): number {
  const rowH = above ? fontPx * 2.9 : fontPx * 2;
  let y = y0;
  g.strokeStyle = '#333';
  g.lineWidth = 1.4;
  for (const row of rows) {
    const cellW = (width - 120) / row.length;
    row.forEach(([label, value], i) => {
      const x = 60 + i * cellW;
      if (above) {
        g.strokeRect(x, y, cellW, rowH);
        g.font = `${Math.round(fontPx * 0.75)}px ${g.font.split('px ')[1] ?? 'CJK'}`;
        g.fillText(label, x + 10, y + fontPx * 0.95);
        g.font = `${fontPx}px ${g.font.split('px ')[1] ?? 'CJK'}`;
        g.fillText(value, x + 14, y + fontPx * 2.3);
      } else {
        const labelW = Math.min(cellW * 0.38, 240);
        g.strokeRect(x, y, labelW, rowH);
        g.strokeRect(x + labelW, y, cellW - labelW, rowH);
        g.fillText(label, x + 8, y + fontPx * 1.35);
        g.fillText(value, x + labelW + 10, y + fontPx * 1.35);
      }
    });
    y += rowH;
  }
  return y;
}

/** Renders `content` in dev layout `variant % 3`; returns the PNG and the truth (content's own). */
export function renderDevVoucher(
  content: VoucherContent,
  variant: number,
  realWorld: boolean,
  r: Rng,
): { png: Buffer; truth: Record<string, string> } {
  const face = r.pick(devFaces());
  const layout = variant % 3;
  const width = 1400;
  const fontPx = r.int(24, 28);
  const pairs: Pair[] = content.rows.map(([l, v]) => [reword(l, realWorld, r), v]);
  const rows = chunk(pairs, layout === 1 ? r.pick([2, 3]) : 2);
  const tableRows = content.table ? content.table.rows.reduce((n, row) => n + Math.max(1, ...row.map((c) => c.split('\n').length)), 2) : 0;
  const height =
    260 +
    (content.lead?.length ?? 0) * fontPx * 2 +
    rows.length * fontPx * 3 +
    tableRows * 46 +
    (content.after?.length ?? 0) * fontPx * 2 +
    200;
  const canvas = createCanvas(width, Math.round(height));
  const g = canvas.getContext('2d');
  g.fillStyle = r.pick(['#ffffff', '#fbf7ec', '#f4f7f1']);
  g.fillRect(0, 0, width, height);
  g.fillStyle = '#161616';
  g.font = `bold ${r.int(46, 56)}px ${face}`;
  const title = [...content.title].join(r.next() < 0.4 ? ' ' : '');
  g.fillText(title, (width - g.measureText(title).width) / 2, 110);
  g.font = `${fontPx}px ${face}`;
  let y = 170;
  // Numbers printed above the form (预录入编号 … 海关编号 …), as on the real form; no random draw, so the
  // other documents of the split stay as they were.
  for (const line of content.lead ?? []) {
    g.fillText(line.map(([label, value]) => `${label}：${value}`).join('    '), 70, y + fontPx);
    y += fontPx * 2;
  }
  if (layout === 2) {
    // Borderless: spaced labels, a gap instead of a colon, two pairs per row.
    for (const row of rows) {
      row.forEach(([label, value], i) => {
        const x = 70 + i * 650;
        const shown = label.length <= 3 && r.next() < 0.5 ? [...label].join(' ') : label;
        g.fillText(`${shown}   ${value}`, x, y + fontPx);
      });
      y += fontPx * 2;
    }
  } else {
    y = drawGridRows(g, rows, y, width, layout === 1, fontPx);
  }
  if (content.table) {
    const t = content.table;
    const colW = (width - 120) / t.header.length;
    y += 20;
    for (const row of [t.header, ...t.rows, ...(t.footer ? [t.footer] : [])]) {
      // A cell holding several values (单价/总价/币制) prints them stacked, one per line, as the real form does.
      const rowH = 46 * Math.max(1, ...row.map((cell) => cell.split('\n').length));
      row.forEach((cell, i) => {
        g.strokeRect(60 + i * colW, y, colW, rowH);
        cell.split('\n').forEach((line, k) => g.fillText(line, 70 + i * colW, y + 32 + k * 42, colW - 16));
      });
      y += rowH;
    }
  }
  y += 30;
  for (const [label, value] of content.after ?? []) {
    g.fillText(value === '' ? reword(label, realWorld, r) : `${reword(label, realWorld, r)}  ${value}`, 70, y + fontPx);
    y += fontPx * 2;
  }
  if (content.seal)
    drawSeal(
      g,
      r.int(900, 1150),
      Math.max(200, Math.min(height - 140, y - r.int(60, 180))),
      r.int(80, 105),
      '某某市市场监督管理局专用章',
      false,
    );
  return { png: canvas.toBuffer('image/png'), truth: content.truth };
}
