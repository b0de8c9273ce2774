/** Red official seals: round with a star and curved name, oval invoice seals, square personal seals. */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { fontSpec } from '../fonts';
import type { Random } from '../random';
import type { Ctx } from './context';

export interface SealText {
  /** Curved along the upper arc: the organisation name. */
  arc: string;
  /** Horizontal under the centre: 合同专用章, 发票专用章, 财务专用章... */
  bottom?: string;
  /** Small horizontal line in the middle (oval invoice seals carry the taxpayer id). */
  middle?: string;
  /** Small digits along the lower arc (the seal's registry code). */
  code?: string;
}

const SEAL_RED = ['#d8262c', '#e0302f', '#c81e2a', '#e63a3a', '#d2332f'];

function curvedText(ctx: SKRSContext2D, text: string, cx: number, cy: number, rx: number, ry: number, fromAngle: number, toAngle: number, size: number, family: string, outward: boolean): void {
  const chars = [...text];
  const step = chars.length > 1 ? (toAngle - fromAngle) / (chars.length - 1) : 0;
  chars.forEach((ch, index) => {
    const angle = chars.length > 1 ? fromAngle + step * index : (fromAngle + toAngle) / 2;
    const px = cx + rx * Math.sin(angle);
    const py = cy - ry * Math.cos(angle);
    ctx.save();
    ctx.translate(px, py);
    ctx.rotate(outward ? angle : angle + Math.PI);
    ctx.font = fontSpec(family, size, true);
    ctx.textAlign = 'center';
    ctx.textBaseline = outward ? 'top' : 'bottom';
    ctx.fillText(ch, 0, 0);
    ctx.restore();
  });
}

function star(ctx: SKRSContext2D, cx: number, cy: number, radius: number): void {
  ctx.beginPath();
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? radius : radius * 0.382;
    const a = (Math.PI / 5) * i - Math.PI / 2;
    ctx.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
  }
  ctx.closePath();
  ctx.fill();
}

/** Uneven ink: punches small holes and thins random patches. */
function inkTexture(ctx: SKRSContext2D, size: number, rng: Random): void {
  ctx.save();
  ctx.globalCompositeOperation = 'destination-out';
  for (let i = 0; i < size * 1.2; i++) {
    ctx.fillStyle = `rgba(0,0,0,${rng.range(0.2, 0.9).toFixed(2)})`;
    ctx.beginPath();
    ctx.arc(rng.range(0, size), rng.range(0, size), rng.range(0.5, 2.2), 0, Math.PI * 2);
    ctx.fill();
  }
  const patch = ctx.createRadialGradient(rng.range(0, size), rng.range(0, size), 0, size / 2, size / 2, size * 0.8);
  patch.addColorStop(0, `rgba(0,0,0,${rng.range(0.1, 0.45).toFixed(2)})`);
  patch.addColorStop(1, 'rgba(0,0,0,0)');
  ctx.fillStyle = patch;
  ctx.fillRect(0, 0, size, size);
  ctx.restore();
}

export interface SealPlacement {
  cx: number;
  cy: number;
  /** Horizontal radius; the seal is round unless ovalRatio < 1. */
  radius: number;
  ovalRatio?: number;
  rotation?: number;
}

/** Draws a round (or oval) seal multiplied over whatever is under it. */
export function drawSeal(ctx: Ctx, text: SealText, place: SealPlacement, family: string, rng: Random): void {
  const rx = place.radius;
  const ry = place.radius * (place.ovalRatio ?? 1);
  const size = Math.ceil(rx * 2 + 16);
  const canvas = createCanvas(size, size);
  const seal = canvas.getContext('2d');
  const color = rng.pick(SEAL_RED);
  const c = size / 2;
  seal.strokeStyle = color;
  seal.fillStyle = color;
  seal.lineWidth = rx * (place.ovalRatio ? 0.045 : 0.06);
  seal.beginPath();
  seal.ellipse(c, c, rx - seal.lineWidth / 2, ry - seal.lineWidth / 2, 0, 0, Math.PI * 2);
  seal.stroke();
  const oval = (place.ovalRatio ?? 1) < 1;
  if (oval) {
    seal.lineWidth = 1.2;
    seal.beginPath();
    seal.ellipse(c, c, rx * 0.9, ry * 0.88, 0, 0, Math.PI * 2);
    seal.stroke();
  }
  const chars = [...text.arc].length;
  const halfSpan = Math.min(oval ? 2.0 : 2.2, 0.13 * chars + 0.3);
  const meanRadius = ((rx + ry) / 2) * 0.8;
  const arcSize = Math.min(rx * 0.24, ((2 * halfSpan * meanRadius) / Math.max(1, chars)) * 0.82);
  const inset = oval ? 0.8 : 0.86;
  curvedText(seal, text.arc, c, c, rx * inset, ry * inset, -halfSpan, halfSpan, arcSize, family, true);
  if (!oval) star(seal, c, c, rx * 0.27);
  if (text.middle) {
    seal.font = fontSpec(family, rx * 0.16, true);
    seal.textAlign = 'center';
    seal.textBaseline = 'middle';
    seal.fillText(text.middle, c, c + (oval ? 0 : rx * 0.05), rx * 1.5);
  }
  if (text.bottom) {
    seal.font = fontSpec(family, rx * (oval ? 0.2 : 0.17), true);
    seal.textAlign = 'center';
    seal.textBaseline = 'middle';
    seal.fillText(text.bottom, c, c + ry * (oval ? 0.5 : 0.48), rx * 1.2);
  }
  if (text.code) curvedText(seal, text.code, c, c, rx * 0.8, ry * 0.8, Math.PI - 0.55, Math.PI + 0.55, rx * 0.1, family, false);
  inkTexture(seal, size, rng);
  ctx.save();
  ctx.globalAlpha = rng.range(0.72, 0.92);
  ctx.globalCompositeOperation = 'multiply';
  ctx.translate(place.cx, place.cy);
  ctx.rotate(place.rotation ?? rng.range(-0.35, 0.35));
  ctx.drawImage(canvas, -size / 2, -size / 2);
  ctx.restore();
}

/** Square personal seal: a name in two columns ending in 印 (法人章). */
export function drawNameSeal(ctx: Ctx, name: string, cx: number, cy: number, side: number, family: string, rng: Random): void {
  const chars = [...(name.length === 2 ? `${name}之印` : `${name}印`)].slice(0, 4);
  const canvas = createCanvas(Math.ceil(side + 8), Math.ceil(side + 8));
  const seal = canvas.getContext('2d');
  const color = rng.pick(SEAL_RED);
  seal.strokeStyle = color;
  seal.fillStyle = color;
  seal.lineWidth = side * 0.07;
  seal.strokeRect(4 + seal.lineWidth / 2, 4 + seal.lineWidth / 2, side - seal.lineWidth, side - seal.lineWidth);
  seal.font = fontSpec(family, side * 0.36, true);
  seal.textAlign = 'center';
  seal.textBaseline = 'middle';
  const order = [chars[0], chars[1], chars[2], chars[3]];
  const positions = [
    [0.72, 0.3],
    [0.72, 0.72],
    [0.3, 0.3],
    [0.3, 0.72],
  ];
  order.forEach((ch, index) => {
    const at = positions[index];
    if (ch && at) seal.fillText(ch, 4 + side * (at[0] as number), 4 + side * (at[1] as number));
  });
  inkTexture(seal, side + 8, rng);
  ctx.save();
  ctx.globalAlpha = rng.range(0.75, 0.92);
  ctx.globalCompositeOperation = 'multiply';
  ctx.translate(cx, cy);
  ctx.rotate(rng.range(-0.12, 0.12));
  ctx.drawImage(canvas, -side / 2 - 4, -side / 2 - 4);
  ctx.restore();
}
