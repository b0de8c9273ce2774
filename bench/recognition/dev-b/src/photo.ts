// A phone photo of a printed page, of this renderer's own design: the page lies on a desk, seen at a
// slant (a true perspective warp, not just a rotation), lit unevenly (a light gradient, a vignette and
// sometimes the shadow of the phone), with sensor noise, a little defocus and JPEG at a varied quality,
// about 1600 px on the long side.
import type { Canvas } from '@napi-rs/canvas';
import sharp from 'sharp';
import type { Rand } from './rng';

type Pt = readonly [number, number];

/** Homography mapping the four `from` points onto the four `to` points (8 unknowns, h33 = 1). */
function homography(from: readonly Pt[], to: readonly Pt[]): number[] {
  const a: number[][] = [];
  for (let i = 0; i < 4; i += 1) {
    const [x, y] = from[i] ?? [0, 0];
    const [u, v] = to[i] ?? [0, 0];
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let c = 0; c < 8; c += 1) {
    let best = c;
    for (let rI = c + 1; rI < 8; rI += 1) if (Math.abs(a[rI]?.[c] ?? 0) > Math.abs(a[best]?.[c] ?? 0)) best = rI;
    const tmp = a[c] ?? [];
    a[c] = a[best] ?? [];
    a[best] = tmp;
    const pivot = a[c] ?? [];
    const pv = pivot[c] ?? 1;
    for (let k = c; k < 9; k += 1) pivot[k] = (pivot[k] ?? 0) / pv;
    for (let rI = 0; rI < 8; rI += 1) {
      if (rI === c) continue;
      const row = a[rI] ?? [];
      const f = row[c] ?? 0;
      for (let k = c; k < 9; k += 1) row[k] = (row[k] ?? 0) - f * (pivot[k] ?? 0);
    }
  }
  return [...a.map((row) => row[8] ?? 0), 1];
}

const DESKS: readonly (readonly [number, number, number])[] = [
  [120, 86, 58], // wood
  [160, 120, 84],
  [88, 90, 95], // grey desk
  [200, 200, 196], // white desk
  [52, 55, 60], // dark cloth
  [172, 160, 140],
];

export interface PhotoOptions {
  /** Maximum tilt of the page in degrees. */
  tilt?: number;
}

export async function photograph(canvas: Canvas, r: Rand, opts: PhotoOptions = {}): Promise<Buffer> {
  const pw = canvas.width;
  const ph = canvas.height;
  const portrait = ph >= pw;
  const long = r.int(1440, 1800);
  const W = portrait ? Math.round(long * 0.75) : long;
  const H = portrait ? long : Math.round(long * 0.75);

  // Where the page lands: 78-95 % of the frame, rotated and seen at a slant.
  const fill = r.real(0.78, 0.95);
  const scale = Math.min((W * fill) / pw, (H * fill) / ph);
  const sw = pw * scale;
  const sh = ph * scale;
  const angle = (r.real(-1, 1) * (opts.tilt ?? 5) * Math.PI) / 180;
  const cx = W / 2 + r.real(-0.03, 0.03) * W;
  const cy = H / 2 + r.real(-0.03, 0.03) * H;
  const keystone = r.real(-0.06, 0.06); // the top edge narrower or wider than the bottom
  const sideways = r.real(-0.04, 0.04);
  const unit: Pt[] = [
    [-sw / 2, -sh / 2],
    [sw / 2, -sh / 2],
    [sw / 2, sh / 2],
    [-sw / 2, sh / 2],
  ];
  const corners: Pt[] = unit.map(([x, y], i) => {
    const top = i < 2 ? 1 : -1;
    const left = i === 0 || i === 3 ? 1 : -1;
    const kx = x * (1 - keystone * top) + r.real(-0.008, 0.008) * sw;
    const ky = y * (1 - sideways * left) + r.real(-0.008, 0.008) * sh;
    return [cx + kx * Math.cos(angle) - ky * Math.sin(angle), cy + kx * Math.sin(angle) + ky * Math.cos(angle)] as Pt;
  });

  // Bring the page near its footprint size first (a good downscale), then warp with bilinear sampling.
  const tw = Math.max(64, Math.round(sw * 1.05));
  const th = Math.max(64, Math.round(sh * 1.05));
  const src = await sharp(canvas.toBuffer('image/png')).resize(tw, th, { fit: 'fill', kernel: 'lanczos3' }).removeAlpha().raw().toBuffer();
  const h = homography(corners, [
    [0, 0],
    [tw - 1, 0],
    [tw - 1, th - 1],
    [0, th - 1],
  ]);

  const desk = r.pick(DESKS);
  const out = Buffer.alloc(W * H * 3);
  // Light: a linear gradient from a random side, a vignette, perhaps a soft shadow.
  const la = r.real(0.75, 1.02);
  const lgx = r.real(-0.25, 0.25);
  const lgy = r.real(-0.25, 0.25);
  const vig = r.real(0.05, 0.3);
  const shadow = r.chance(0.35) ? { x: r.real(0, W), y: r.real(0, H), rad: r.real(0.2, 0.5) * W, depth: r.real(0.12, 0.3) } : null;
  const warm = r.real(-8, 10); // white balance: warm indoor light or cold daylight
  const noise = r.real(1.5, 6);
  const hv = h;
  // Sensor noise from a cheap seeded generator (xorshift), so a seed gives the same bytes.
  let seed = Math.floor(r.next() * 4294967295) | 1;
  const rnd = (): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
  for (let y = 0; y < H; y += 1) {
    for (let x = 0; x < W; x += 1) {
      const den = (hv[6] ?? 0) * x + (hv[7] ?? 0) * y + 1;
      const u = ((hv[0] ?? 0) * x + (hv[1] ?? 0) * y + (hv[2] ?? 0)) / den;
      const v = ((hv[3] ?? 0) * x + (hv[4] ?? 0) * y + (hv[5] ?? 0)) / den;
      let R: number;
      let G: number;
      let B: number;
      if (u >= 0 && v >= 0 && u < tw - 1 && v < th - 1) {
        const x0 = Math.floor(u);
        const y0 = Math.floor(v);
        const fx = u - x0;
        const fy = v - y0;
        const i00 = (y0 * tw + x0) * 3;
        const i10 = i00 + 3;
        const i01 = i00 + tw * 3;
        const i11 = i01 + 3;
        const mix = (k: number): number =>
          (src[i00 + k] ?? 0) * (1 - fx) * (1 - fy) +
          (src[i10 + k] ?? 0) * fx * (1 - fy) +
          (src[i01 + k] ?? 0) * (1 - fx) * fy +
          (src[i11 + k] ?? 0) * fx * fy;
        R = mix(0);
        G = mix(1);
        B = mix(2);
      } else {
        const grain = Math.sin(y * 0.05 + Math.sin(x * 0.01) * 3) * 8;
        R = desk[0] + grain;
        G = desk[1] + grain;
        B = desk[2] + grain;
      }
      const nx = x / W - 0.5;
      const ny = y / H - 0.5;
      let light = la + lgx * nx + lgy * ny - vig * (nx * nx + ny * ny) * 2;
      if (shadow) {
        const d = Math.hypot(x - shadow.x, y - shadow.y) / shadow.rad;
        if (d < 1.4) light -= shadow.depth * Math.max(0, Math.min(1, 1.4 - d));
      }
      const n = (rnd() + rnd() - 1) * noise;
      const o = (y * W + x) * 3;
      out[o] = Math.max(0, Math.min(255, R * light + warm + n));
      out[o + 1] = Math.max(0, Math.min(255, G * light + n));
      out[o + 2] = Math.max(0, Math.min(255, B * light - warm + n));
    }
  }
  let img = sharp(out, { raw: { width: W, height: H, channels: 3 } });
  const blur = r.pick([0, 0, 0.5, 0.8, 1.1]);
  if (blur > 0) img = img.blur(blur);
  if (r.chance(0.3)) img = img.sharpen({ sigma: 0.8 });
  return img.jpeg({ quality: r.int(55, 92), chromaSubsampling: r.chance(0.7) ? '4:2:0' : '4:4:4' }).toBuffer();
}
