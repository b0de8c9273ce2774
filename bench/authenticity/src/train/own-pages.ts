import { existsSync } from 'node:fs';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import type { Rng } from '@uplift/evidence-synth';

// The training split's own page renderer (written for bench/authenticity/src/train, independent of
// @uplift/evidence-synth and of the held-out generator): printed documents full of the periodic
// structure real paper carries — ruled tables, guilloche line families, halftone screens, 2D codes,
// microtext, laid/woven paper — in several fonts. Used only to fit and calibrate the learned checks.

/** RGBA pixels of a rendered page. */
export interface Page {
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
  kind: string;
}

const FONT_FILES: ReadonlyArray<[string, string]> = [
  ['/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf', 'OwnSerifA'],
  ['/usr/share/fonts/opentype/urw-base35/C059-Roman.otf', 'OwnSerifB'],
  ['/usr/share/fonts/opentype/urw-base35/NimbusRoman-Regular.otf', 'OwnSerifC'],
  ['/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf', 'OwnSerifD'],
  ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', 'OwnSansA'],
  ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 'OwnSansB'],
  ['/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Regular.otf', 'OwnMono'],
  ['/usr/share/fonts/truetype/arphic/ukai.ttc', 'OwnKai'],
  ['/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', 'OwnCjkSerif'],
  ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', 'OwnCjkSans'],
];
let fonts: string[] | null = null;
function families(): string[] {
  if (!fonts)
    fonts = FONT_FILES.filter(([p]) => existsSync(p))
      .map(([p, name]) => (GlobalFonts.registerFromPath(p, name) ? name : null))
      .filter((n): n is string => n !== null);
  if (fonts.length === 0) throw new Error('no system font found for the training page renderer');
  return fonts;
}

const HANZI =
  '营业执照统一社会信用代码名称类型住所法定代表人注册资本成立日期经营范围发票购买方销售方金额税额合计银行流水账户余额交易摘要租赁合同甲乙双方车辆行驶证号牌品牌型号';
const LATIN = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
function words(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i += 1) s += r.next() < 0.7 ? HANZI.charAt(r.int(0, HANZI.length - 1)) : LATIN.charAt(r.int(0, LATIN.length - 1));
  return s;
}
const digits = (r: Rng, n: number): string => Array.from({ length: n }, () => String(r.int(0, 9))).join('');
const ink = (r: Rng): string => `rgb(${r.int(10, 60)},${r.int(10, 60)},${r.int(20, 80)})`;
const tint = (r: Rng, a: number): string => `rgba(${r.int(60, 220)},${r.int(60, 220)},${r.int(60, 220)},${a})`;

function paper(g: SKRSContext2D, w: number, h: number, r: Rng): void {
  const base = r.int(228, 252);
  g.fillStyle = `rgb(${base},${base - r.int(0, 8)},${base - r.int(2, 18)})`;
  g.fillRect(0, 0, w, h);
  const style = r.int(0, 2);
  if (style === 1) {
    // laid paper: faint periodic lines
    const step = 3 + r.next() * 6;
    g.strokeStyle = `rgba(120,110,90,${0.04 + r.next() * 0.06})`;
    g.lineWidth = 1;
    for (let y = 0; y < h; y += step) {
      g.beginPath();
      g.moveTo(0, y);
      g.lineTo(w, y);
      g.stroke();
    }
  } else if (style === 2) {
    // fibres
    for (let i = 0; i < (w * h) / 900; i += 1) {
      g.strokeStyle = `rgba(${r.int(90, 160)},${r.int(90, 150)},${r.int(80, 140)},${0.05 + r.next() * 0.1})`;
      const x = r.next() * w;
      const y = r.next() * h;
      const a = r.next() * Math.PI;
      g.beginPath();
      g.moveTo(x, y);
      g.lineTo(x + Math.cos(a) * r.int(4, 18), y + Math.sin(a) * r.int(4, 18));
      g.stroke();
    }
  }
}

function guilloche(g: SKRSContext2D, x0: number, y0: number, w: number, h: number, r: Rng): void {
  g.save();
  g.beginPath();
  g.rect(x0, y0, w, h);
  g.clip();
  const spacing = 2.5 + r.next() * 5;
  const amp = 4 + r.next() * 30;
  const period = 40 + r.next() * 200;
  g.strokeStyle = tint(r, 0.25 + r.next() * 0.35);
  g.lineWidth = 0.6 + r.next() * 0.8;
  const polar = r.next() < 0.35;
  if (polar) {
    const cx = x0 + w / 2;
    const cy = y0 + h / 2;
    const lobes = r.int(6, 24);
    for (let rad = spacing; rad < Math.max(w, h) * 0.7; rad += spacing) {
      g.beginPath();
      for (let t = 0; t <= 360; t += 2) {
        const a = (t * Math.PI) / 180;
        const rr = rad + (amp / 4) * Math.sin(lobes * a);
        if (t === 0) g.moveTo(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
        else g.lineTo(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
      }
      g.stroke();
    }
  } else {
    for (let off = -amp; off < h + amp; off += spacing) {
      g.beginPath();
      for (let x = 0; x <= w; x += 3) {
        const y = y0 + off + amp * Math.sin((2 * Math.PI * x) / period + off * 0.05);
        if (x === 0) g.moveTo(x0 + x, y);
        else g.lineTo(x0 + x, y);
      }
      g.stroke();
    }
  }
  g.restore();
}

function halftone(g: SKRSContext2D, x0: number, y0: number, w: number, h: number, r: Rng): void {
  const cell = 2 + r.next() * 4;
  const angle = (r.pick([0, 15, 45, 75]) * Math.PI) / 180;
  g.save();
  g.beginPath();
  g.rect(x0, y0, w, h);
  g.clip();
  g.fillStyle = tint(r, 0.9);
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const reach = Math.hypot(w, h);
  for (let i = -reach / cell; i < reach / cell; i += 1) {
    for (let j = -reach / cell; j < reach / cell; j += 1) {
      const x = x0 + w / 2 + (i * c - j * s) * cell;
      const y = y0 + h / 2 + (i * s + j * c) * cell;
      if (x < x0 - cell || y < y0 - cell || x > x0 + w + cell || y > y0 + h + cell) continue;
      const cover = 0.5 + 0.5 * Math.sin(x / (w / 3 + 1)) * Math.cos(y / (h / 2 + 1));
      g.beginPath();
      g.arc(x, y, (cell / 2) * Math.sqrt(cover), 0, 2 * Math.PI);
      g.fill();
    }
  }
  g.restore();
}

function code2d(g: SKRSContext2D, x0: number, y0: number, r: Rng): number {
  const n = r.int(21, 41);
  const m = r.int(3, 7);
  g.fillStyle = '#fff';
  g.fillRect(x0 - 2 * m, y0 - 2 * m, (n + 4) * m, (n + 4) * m);
  g.fillStyle = '#111';
  const finder = (fx: number, fy: number): void => {
    g.fillRect(x0 + fx * m, y0 + fy * m, 7 * m, 7 * m);
    g.fillStyle = '#fff';
    g.fillRect(x0 + (fx + 1) * m, y0 + (fy + 1) * m, 5 * m, 5 * m);
    g.fillStyle = '#111';
    g.fillRect(x0 + (fx + 2) * m, y0 + (fy + 2) * m, 3 * m, 3 * m);
  };
  for (let i = 0; i < n; i += 1)
    for (let j = 0; j < n; j += 1)
      if (r.next() < 0.5 && !((i < 8 && j < 8) || (i < 8 && j >= n - 8) || (i >= n - 8 && j < 8))) g.fillRect(x0 + i * m, y0 + j * m, m, m);
  finder(0, 0);
  finder(n - 7, 0);
  finder(0, n - 7);
  return n * m;
}

function table(g: SKRSContext2D, x0: number, y0: number, w: number, rows: number, cols: number, font: string, r: Rng): number {
  const rowH = r.int(28, 56);
  const zebra = r.next() < 0.4;
  for (let i = 0; i < rows; i += 1) {
    if (zebra && i % 2 === 1) {
      g.fillStyle = tint(r, 0.12);
      g.fillRect(x0, y0 + i * rowH, w, rowH);
    }
    for (let j = 0; j < cols; j += 1) {
      g.fillStyle = ink(r);
      g.font = `${Math.round(rowH * 0.5)}px ${font}`;
      g.fillText(
        j % 3 === 2 ? `${digits(r, r.int(2, 6))}.${digits(r, 2)}` : words(r, r.int(2, 6)),
        x0 + (j * w) / cols + 6,
        y0 + i * rowH + rowH * 0.7,
      );
    }
  }
  g.strokeStyle = ink(r);
  g.lineWidth = r.pick([1, 1, 1.5, 2, 3]);
  for (let i = 0; i <= rows; i += 1) {
    g.beginPath();
    g.moveTo(x0, y0 + i * rowH);
    g.lineTo(x0 + w, y0 + i * rowH);
    g.stroke();
  }
  for (let j = 0; j <= cols; j += 1) {
    g.beginPath();
    g.moveTo(x0 + (j * w) / cols, y0);
    g.lineTo(x0 + (j * w) / cols, y0 + rows * rowH);
    g.stroke();
  }
  return rows * rowH;
}

function seal(g: SKRSContext2D, cx: number, cy: number, rad: number, font: string, r: Rng): void {
  g.save();
  g.strokeStyle = `rgba(${r.int(190, 230)},${r.int(20, 60)},${r.int(20, 60)},${0.6 + r.next() * 0.3})`;
  g.fillStyle = g.strokeStyle;
  g.lineWidth = rad / 12;
  g.beginPath();
  g.arc(cx, cy, rad, 0, 2 * Math.PI);
  g.stroke();
  g.font = `${Math.round(rad / 3.2)}px ${font}`;
  const text = words(r, 8);
  for (let i = 0; i < text.length; i += 1) {
    const a = Math.PI * (1.15 + (0.7 * i) / text.length);
    g.save();
    g.translate(cx + rad * 0.75 * Math.cos(a), cy + rad * 0.75 * Math.sin(a));
    g.rotate(a + Math.PI / 2);
    g.fillText(text.charAt(i), -rad / 8, 0);
    g.restore();
  }
  g.restore();
}

/** Renders one page (A4-like or card-like) with a random mix of periodic structures. */
export function renderPage(r: Rng): Page {
  const fam = families();
  const card = r.next() < 0.2;
  const width = card ? r.int(1300, 1800) : r.int(1100, 1700);
  const height = Math.round(width * (card ? 0.62 + r.next() * 0.1 : 1.3 + r.next() * 0.15));
  const canvas = createCanvas(width, height);
  const g = canvas.getContext('2d');
  paper(g, width, height, r);
  const font = r.pick(fam);
  const kind: string[] = [font];
  if (r.next() < 0.55) {
    guilloche(g, 0, 0, width, height * (0.3 + r.next() * 0.7), r);
    kind.push('guilloche');
  }
  if (r.next() < 0.3) {
    g.fillStyle = tint(r, 0.18);
    g.font = `${r.int(7, 10)}px ${font}`;
    for (let y = 10; y < height; y += r.int(9, 14)) g.fillText(words(r, 200), 0, y);
    kind.push('microtext');
  }
  const margin = Math.round(width * 0.06);
  let y = margin + 40;
  g.fillStyle = ink(r);
  g.font = `${r.int(36, 64)}px ${font}`;
  g.fillText(words(r, r.int(4, 9)), margin + r.int(0, width / 4), y);
  y += r.int(30, 60);
  if (r.next() < 0.5) {
    halftone(g, width - margin - 220, margin, 200, 140, r);
    kind.push('halftone');
  }
  while (y < height - margin - 120) {
    const block = r.int(0, 5);
    if (block <= 1) y += table(g, margin, y, width - 2 * margin, r.int(3, 12), r.int(2, 6), r.pick(fam), r) + r.int(20, 40);
    else if (block === 2 && r.next() < 0.5) {
      const s = code2d(g, r.int(margin, width - margin - 250), y + 10, r);
      y += s + 40;
      kind.push('code2d');
    } else if (block === 3) {
      halftone(g, margin, y, width - 2 * margin, r.int(30, 90), r);
      y += r.int(100, 140);
    } else {
      for (let k = 0; k < r.int(2, 6) && y < height - margin; k += 1) {
        g.fillStyle = ink(r);
        g.font = `${r.int(18, 34)}px ${r.pick(fam)}`;
        g.fillText(`${words(r, r.int(3, 8))}  ${digits(r, r.int(4, 18))}`, margin, y);
        y += r.int(30, 50);
      }
    }
  }
  if (r.next() < 0.7)
    seal(g, r.int(width / 2, width - margin - 100), r.int(height / 2, height - margin - 100), r.int(70, 130), r.pick(fam), r);
  if (kind.length === 1) kind.push('plain');
  return { width, height, rgba: g.getImageData(0, 0, width, height).data, kind: kind.join('+') };
}
