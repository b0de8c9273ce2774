/** Effects on the flat page before it is photographed: paper grain and fibres, a fold crease. */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Random } from '../random';

/** Fine grain and a few fibres in the paper colour. */
export function paperTexture(ctx: SKRSContext2D, width: number, height: number, rng: Random): void {
  const image = ctx.getImageData(0, 0, width, height);
  const data = image.data;
  let state = rng.int(1, 2 ** 30);
  const amplitude = rng.range(4, 9);
  for (let i = 0; i < data.length; i += 4) {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    const grain = ((state / 0x7fffffff) - 0.5) * amplitude;
    data[i] = (data[i] ?? 0) + grain;
    data[i + 1] = (data[i + 1] ?? 0) + grain;
    data[i + 2] = (data[i + 2] ?? 0) + grain * 1.1;
  }
  ctx.putImageData(image, 0, 0);
  ctx.save();
  for (let i = 0; i < (width * height) / 30000; i++) {
    ctx.strokeStyle = `rgba(${rng.int(120, 180)}, ${rng.int(110, 160)}, ${rng.int(90, 140)}, ${rng.range(0.05, 0.15).toFixed(2)})`;
    ctx.lineWidth = rng.range(0.4, 1.1);
    const x = rng.range(0, width);
    const y = rng.range(0, height);
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.quadraticCurveTo(x + rng.range(-20, 20), y + rng.range(-20, 20), x + rng.range(-35, 35), y + rng.range(-35, 35));
    ctx.stroke();
  }
  ctx.restore();
}

/** A fold: a light ridge and dark valley along a line, and a brightness step across it. */
export function foldCrease(ctx: SKRSContext2D, width: number, height: number, rng: Random): void {
  const horizontal = rng.chance(0.6);
  const position = rng.range(0.3, 0.7) * (horizontal ? height : width);
  const tilt = rng.range(-0.03, 0.03) * (horizontal ? width : height);
  const [x1, y1, x2, y2] = horizontal ? [0, position - tilt, width, position + tilt] : [position - tilt, 0, position + tilt, height];
  ctx.save();
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  if (horizontal) {
    ctx.lineTo(width, height);
    ctx.lineTo(0, height);
  } else {
    ctx.lineTo(width, height);
    ctx.lineTo(width, 0);
  }
  ctx.closePath();
  ctx.globalCompositeOperation = 'multiply';
  ctx.fillStyle = `rgba(0, 0, 0, ${rng.range(0.04, 0.1).toFixed(3)})`;
  ctx.fill();
  ctx.restore();
  for (const [offset, color] of [[-2, 'rgba(255,255,255,0.55)'], [1.5, 'rgba(60,60,60,0.35)']] as const) {
    ctx.save();
    ctx.strokeStyle = color;
    ctx.lineWidth = rng.range(1.5, 3);
    ctx.beginPath();
    const dx = horizontal ? 0 : offset;
    const dy = horizontal ? offset : 0;
    ctx.moveTo(x1 + dx, y1 + dy);
    ctx.lineTo(x2 + dx, y2 + dy);
    ctx.stroke();
    ctx.restore();
  }
}
