/** Security backgrounds, borders, QR blocks, barcodes, the emblem and signatures. */
import type { Random } from '../random';
import { fontSpec } from '../fonts';
import type { Ctx, Rect } from './context';

/** Interlaced sine/spirograph lines as on licences and invoice paper. */
export function guilloche(ctx: Ctx, area: Rect, color: string, rng: Random, density = 1): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(area.x, area.y, area.width, area.height);
  ctx.clip();
  ctx.strokeStyle = color;
  ctx.lineWidth = 0.8;
  const bands = Math.round((area.height / 26) * density);
  const wave = rng.range(40, 110);
  const amplitude = rng.range(8, 20);
  for (let band = 0; band < bands; band++) {
    for (const phase of [0, Math.PI]) {
      ctx.beginPath();
      const baseY = area.y + (band * area.height) / bands;
      for (let x = area.x; x <= area.x + area.width; x += 4) {
        const y = baseY + amplitude * Math.sin((x / wave) * Math.PI * 2 + phase + band * 0.7) + amplitude * 0.4 * Math.sin((x / (wave * 0.37)) * Math.PI);
        if (x === area.x) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      }
      ctx.stroke();
    }
  }
  const rosettes = Math.max(1, Math.round((area.width * area.height) / 400000));
  for (let r = 0; r < rosettes; r++) rosette(ctx, area.x + rng.range(0.15, 0.85) * area.width, area.y + rng.range(0.2, 0.8) * area.height, rng.range(90, 200), rng);
  ctx.restore();
}

/** Hypotrochoid rosette. */
export function rosette(ctx: Ctx, cx: number, cy: number, radius: number, rng: Random): void {
  const big = radius;
  const small = radius * rng.range(0.25, 0.4);
  const offset = radius * rng.range(0.4, 0.75);
  ctx.beginPath();
  for (let t = 0; t <= Math.PI * 2 * 14; t += 0.02) {
    const x = (big - small) * Math.cos(t) + offset * Math.cos(((big - small) / small) * t);
    const y = (big - small) * Math.sin(t) - offset * Math.sin(((big - small) / small) * t);
    if (t === 0) ctx.moveTo(cx + x * 0.5, cy + y * 0.5);
    else ctx.lineTo(cx + x * 0.5, cy + y * 0.5);
  }
  ctx.stroke();
}

/** Halftone dot screen whose dot size follows a slow wave (printed tint backgrounds). */
export function halftone(ctx: Ctx, area: Rect, color: string, rng: Random): void {
  ctx.save();
  ctx.fillStyle = color;
  const pitch = rng.range(7, 11);
  const fx = rng.range(200, 500);
  const fy = rng.range(200, 500);
  for (let y = area.y; y < area.y + area.height; y += pitch) {
    for (let x = area.x + ((y / pitch) % 2) * pitch * 0.5; x < area.x + area.width; x += pitch) {
      const r = pitch * 0.28 * (0.55 + 0.45 * Math.sin(x / fx) * Math.cos(y / fy));
      if (r < 0.3) continue;
      ctx.beginPath();
      ctx.arc(x, y, r, 0, Math.PI * 2);
      ctx.fill();
    }
  }
  ctx.restore();
}

/** Double rule with a band of small repeated marks between, as certificate borders. */
export function certificateBorder(ctx: Ctx, area: Rect, color: string, rng: Random): void {
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineWidth = 3;
  ctx.strokeRect(area.x, area.y, area.width, area.height);
  const inset = rng.range(16, 26);
  ctx.lineWidth = 1.2;
  ctx.strokeRect(area.x + inset, area.y + inset, area.width - inset * 2, area.height - inset * 2);
  const step = 14;
  ctx.lineWidth = 0.8;
  const mid = inset / 2;
  for (let x = area.x + mid; x < area.x + area.width - mid; x += step) {
    for (const y of [area.y + mid, area.y + area.height - mid]) {
      ctx.beginPath();
      ctx.ellipse(x, y, step * 0.45, inset * 0.28, 0, 0, Math.PI * 2);
      ctx.stroke();
    }
  }
  for (let y = area.y + mid; y < area.y + area.height - mid; y += step) {
    for (const x of [area.x + mid, area.x + area.width - mid]) {
      ctx.beginPath();
      ctx.ellipse(x, y, inset * 0.28, step * 0.45, 0, 0, Math.PI * 2);
      ctx.stroke();
    }
  }
  ctx.restore();
}

/** A QR-code-looking block: three finder patterns and random modules. */
export function qrBlock(ctx: Ctx, x: number, y: number, size: number, rng: Random): void {
  const modules = 29;
  const cell = size / modules;
  ctx.save();
  ctx.fillStyle = '#fff';
  ctx.fillRect(x - cell * 2, y - cell * 2, size + cell * 4, size + cell * 4);
  ctx.fillStyle = '#111';
  const inFinder = (i: number, j: number): boolean => (i < 8 && j < 8) || (i >= modules - 8 && j < 8) || (i < 8 && j >= modules - 8);
  for (let i = 0; i < modules; i++) {
    for (let j = 0; j < modules; j++) {
      if (inFinder(i, j)) continue;
      if (rng.chance(0.5)) ctx.fillRect(x + i * cell, y + j * cell, cell + 0.3, cell + 0.3);
    }
  }
  for (const [fi, fj] of [[0, 0], [modules - 7, 0], [0, modules - 7]] as const) {
    ctx.fillRect(x + fi * cell, y + fj * cell, cell * 7, cell * 7);
    ctx.fillStyle = '#fff';
    ctx.fillRect(x + (fi + 1) * cell, y + (fj + 1) * cell, cell * 5, cell * 5);
    ctx.fillStyle = '#111';
    ctx.fillRect(x + (fi + 2) * cell, y + (fj + 2) * cell, cell * 3, cell * 3);
  }
  ctx.restore();
}

export function barcode(ctx: Ctx, x: number, y: number, width: number, height: number, rng: Random): void {
  ctx.save();
  ctx.fillStyle = '#111';
  let cursor = x;
  while (cursor < x + width) {
    const bar = rng.pick([1, 1, 2, 3]) * 1.6;
    if (rng.chance(0.55)) ctx.fillRect(cursor, y, bar, height);
    cursor += bar;
  }
  ctx.restore();
}

/** Stylised emblem: red disc, gold ring and stars (stands in for the national emblem). */
export function emblem(ctx: Ctx, cx: number, cy: number, radius: number): void {
  ctx.save();
  ctx.fillStyle = '#c9a227';
  ctx.beginPath();
  ctx.arc(cx, cy, radius, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#cf2a27';
  ctx.beginPath();
  ctx.arc(cx, cy, radius * 0.78, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#f2c94c';
  const stars: [number, number, number][] = [[-0.35, -0.3, 0.22], [0.1, -0.5, 0.08], [0.25, -0.32, 0.08], [0.25, -0.08, 0.08], [0.1, 0.08, 0.08]];
  for (const [dx, dy, r] of stars) {
    ctx.beginPath();
    for (let i = 0; i < 10; i++) {
      const rr = (i % 2 === 0 ? r : r * 0.4) * radius;
      const a = (Math.PI / 5) * i - Math.PI / 2;
      ctx.lineTo(cx + dx * radius + rr * Math.cos(a), cy + dy * radius + rr * Math.sin(a));
    }
    ctx.fill();
  }
  ctx.fillRect(cx - radius * 0.5, cy + radius * 0.3, radius, radius * 0.12);
  ctx.restore();
}

/** A handwritten-looking signature: kai font, jittered size, slant and baseline. */
export function signature(ctx: Ctx, name: string, x: number, y: number, size: number, kaiFamily: string, rng: Random): void {
  ctx.save();
  ctx.fillStyle = rng.pick(['#1a1a3a', '#202020', '#13306b']);
  let cursor = x;
  for (const ch of name) {
    const s = size * rng.range(0.9, 1.2);
    ctx.save();
    ctx.translate(cursor, y + rng.range(-3, 3));
    ctx.rotate(rng.range(-0.12, 0.05));
    ctx.transform(1, 0, -0.18, 1, 0, 0);
    ctx.font = fontSpec(kaiFamily, s);
    ctx.fillText(ch, 0, 0);
    cursor += ctx.measureText(ch).width * rng.range(0.72, 0.9);
    ctx.restore();
  }
  ctx.restore();
}
