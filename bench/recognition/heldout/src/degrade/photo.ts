/** Turns a flat page into a phone photo or a scan: placement, perspective, curl, light, blur, JPEG. */
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import sharp from 'sharp';
import type { Random } from '../random';
import { homography, warpPage, type Curl, type Point } from './geometry';

export interface PhotoResult {
  bytes: Buffer;
  degradations: string[];
}

function surface(ctx: SKRSContext2D, width: number, height: number, rng: Random, scan: boolean): void {
  if (scan) {
    ctx.fillStyle = rng.pick(['#f4f4f2', '#e9e9e7', '#dcdcdc']);
    ctx.fillRect(0, 0, width, height);
    return;
  }
  const kind = rng.pick(['wood', 'desk', 'dark', 'fabric']);
  const base = kind === 'wood' ? [150, 105, 65] : kind === 'desk' ? [200, 198, 190] : kind === 'dark' ? [55, 58, 62] : [90, 100, 120];
  ctx.fillStyle = `rgb(${base[0]}, ${base[1]}, ${base[2]})`;
  ctx.fillRect(0, 0, width, height);
  ctx.save();
  for (let i = 0; i < (kind === 'wood' ? 160 : 60); i++) {
    const shade = rng.range(-25, 25);
    ctx.strokeStyle = `rgba(${(base[0] ?? 0) + shade}, ${(base[1] ?? 0) + shade}, ${(base[2] ?? 0) + shade}, 0.35)`;
    ctx.lineWidth = rng.range(1, kind === 'wood' ? 8 : 3);
    ctx.beginPath();
    const y = rng.range(0, height);
    ctx.moveTo(0, y);
    ctx.bezierCurveTo(width * 0.3, y + rng.range(-40, 40), width * 0.6, y + rng.range(-40, 40), width, y + rng.range(-30, 30));
    ctx.stroke();
  }
  ctx.restore();
}

function pageQuad(rng: Random, width: number, height: number, pageWidth: number, pageHeight: number, scan: boolean, tilt: boolean): Point[] {
  const fill = scan ? rng.range(0.95, 0.99) : rng.range(0.72, 0.9);
  const scale = Math.min((width * fill) / pageWidth, (height * fill) / pageHeight);
  const w = pageWidth * scale;
  const h = pageHeight * scale;
  const cx = width / 2 + rng.range(-0.04, 0.04) * width * (scan ? 0.2 : 1);
  const cy = height / 2 + rng.range(-0.04, 0.04) * height * (scan ? 0.2 : 1);
  const angle = scan ? rng.range(-0.02, 0.02) : rng.range(-0.06, 0.06);
  const corners: Point[] = [[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]];
  const jitter = tilt ? 0.07 : 0;
  return corners.map(([x, y]) => {
    const rx = x * Math.cos(angle) - y * Math.sin(angle) + rng.range(-jitter, jitter) * w;
    const ry = x * Math.sin(angle) + y * Math.cos(angle) + rng.range(-jitter, jitter) * h * 0.6;
    return [cx + rx, cy + ry];
  });
}

function lighting(ctx: SKRSContext2D, width: number, height: number, rng: Random, effects: Set<string>): void {
  if (effects.has('low-light')) {
    ctx.save();
    ctx.globalCompositeOperation = 'multiply';
    const level = rng.int(150, 200);
    ctx.fillStyle = `rgb(${level + 15}, ${level + 5}, ${level - 15})`;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  }
  if (effects.has('shadow')) {
    ctx.save();
    ctx.globalCompositeOperation = 'multiply';
    const gx = rng.chance(0.5) ? 0 : width;
    const gradient = ctx.createLinearGradient(gx, rng.range(0, height), width - gx + rng.range(-200, 200), rng.range(0, height));
    gradient.addColorStop(0, `rgba(40, 40, 50, ${rng.range(0.35, 0.6).toFixed(2)})`);
    gradient.addColorStop(rng.range(0.3, 0.6), 'rgba(40, 40, 50, 0)');
    ctx.fillStyle = gradient;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  }
  if (effects.has('glare')) {
    ctx.save();
    ctx.globalCompositeOperation = 'screen';
    const gx = rng.range(0.2, 0.8) * width;
    const gy = rng.range(0.2, 0.8) * height;
    const radius = rng.range(0.1, 0.25) * Math.max(width, height);
    const gradient = ctx.createRadialGradient(gx, gy, 0, gx, gy, radius);
    gradient.addColorStop(0, `rgba(255, 255, 250, ${rng.range(0.55, 0.85).toFixed(2)})`);
    gradient.addColorStop(0.35, 'rgba(255, 255, 250, 0.3)');
    gradient.addColorStop(1, 'rgba(255, 255, 250, 0)');
    ctx.fillStyle = gradient;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  }
  const vignette = ctx.createRadialGradient(width / 2, height / 2, Math.min(width, height) * 0.3, width / 2, height / 2, Math.max(width, height) * 0.75);
  vignette.addColorStop(0, 'rgba(0,0,0,0)');
  vignette.addColorStop(1, `rgba(0,0,0,${rng.range(0.05, 0.2).toFixed(2)})`);
  ctx.fillStyle = vignette;
  ctx.fillRect(0, 0, width, height);
}

/** Photographs (or scans) the page and encodes a JPEG. */
export async function photograph(page: Canvas, rng: Random, card: boolean): Promise<PhotoResult> {
  const scan = !card && rng.chance(0.3);
  const effects = new Set<string>([scan ? 'scan' : 'phone-photo']);
  if (!scan && rng.chance(0.65)) effects.add('perspective-tilt');
  if (!scan && rng.chance(0.4)) effects.add('page-curl');
  if (!scan && rng.chance(0.3)) effects.add('glare');
  if (!scan && rng.chance(0.3)) effects.add('low-light');
  if (!scan && rng.chance(0.35)) effects.add('shadow');
  if (rng.chance(0.35)) effects.add('blur');
  if (rng.chance(0.5)) effects.add('sensor-noise');
  const longSide = rng.int(1200, 2000);
  const landscape = page.width >= page.height;
  const pageRatio = Math.min(page.width, page.height) / Math.max(page.width, page.height);
  const ratio = scan ? pageRatio : Math.max(0.5, Math.min(0.78, pageRatio * rng.range(1.1, 1.3)));
  const width = Math.round(landscape ? longSide : longSide * ratio);
  const height = Math.round(landscape ? longSide * ratio : longSide);
  const backgroundCanvas = createCanvas(width, height);
  const bg = backgroundCanvas.getContext('2d');
  surface(bg, width, height, rng, scan);
  const quad = pageQuad(rng, width, height, page.width, page.height, scan, effects.has('perspective-tilt'));
  if (!scan) {
    bg.save();
    bg.shadowColor = 'rgba(0,0,0,0.45)';
    bg.shadowBlur = rng.range(10, 30);
    bg.shadowOffsetX = rng.range(-8, 8);
    bg.shadowOffsetY = rng.range(2, 12);
    bg.fillStyle = 'rgba(20,20,20,0.4)';
    const centreX = quad.reduce((s, [x]) => s + x, 0) / 4;
    const centreY = quad.reduce((s, [, y]) => s + y, 0) / 4;
    bg.beginPath();
    quad.forEach(([x, y]) => bg.lineTo(centreX + (x - centreX) * 0.96, centreY + (y - centreY) * 0.96));
    bg.closePath();
    bg.fill();
    bg.restore();
  }
  const pageCorners: Point[] = [[0, 0], [page.width, 0], [page.width, page.height], [0, page.height]];
  const curl: Curl | undefined = effects.has('page-curl')
    ? { edge: rng.pick(['left', 'right', 'top', 'bottom'] as const), extent: rng.range(0.1, 0.3), strength: rng.range(0.15, 0.4), bulge: rng.range(4, 18) }
    : undefined;
  const pixels = warpPage({
    page: page.getContext('2d').getImageData(0, 0, page.width, page.height).data,
    pageWidth: page.width,
    pageHeight: page.height,
    background: bg.getImageData(0, 0, width, height).data,
    width,
    height,
    inverse: homography(quad, pageCorners),
    curl,
    noise: effects.has('sensor-noise') ? rng.range(8, 22) : 0,
    noiseSeed: rng.int(1, 2 ** 30),
  });
  const photo = createCanvas(width, height);
  const ctx = photo.getContext('2d');
  const image = ctx.createImageData(width, height);
  image.data.set(pixels);
  ctx.putImageData(image, 0, 0);
  lighting(ctx, width, height, rng, effects);
  const quality = rng.int(60, 90);
  let pipeline = sharp(Buffer.from(ctx.getImageData(0, 0, width, height).data.buffer), { raw: { width, height, channels: 4 } }).removeAlpha();
  if (effects.has('blur')) pipeline = pipeline.blur(rng.range(0.6, 1.5));
  const bytes = await pipeline.jpeg({ quality, chromaSubsampling: '4:2:0' }).toBuffer();
  return { bytes, degradations: [...effects, `jpeg-q${quality}`] };
}
