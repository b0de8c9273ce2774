import type { Rng } from '@uplift/evidence-synth';
import { desk, fromSharp, invert3, randomQuad, squareToQuad, toSharp, type Img } from './own-camera';
import { drawDefocus, drawLens, simPipeline, type SimPhoneParams } from './sim-camera';

// The training simulator's genuine document photo (training data only): a printed page on a desk of
// one of several kinds — often dark (black mat, dark wood, a dim room beyond the desk edge) — with
// objects lying around (a face-down phone, a keyboard, a second sheet), the page sometimes cut off by
// the frame, a soft shadow of the phone or hand over part of it, paper fibre texture and gentle curl
// shading, and, for laser-printed or offset-printed pages, the printer's dot screen at the camera's
// scale (rotated per ink, attenuated by the lens and the photosite aperture before it is sampled).
// Then the same phone pipeline as the simulated recaptures (sim-camera.ts).

/** What one simulated genuine photo did. */
export interface SimDeskParams {
  surface: string;
  framing: string;
  objects: string[];
  shadow: boolean;
  screen: number | null;
  defocus: number;
  phone: SimPhoneParams;
}

/** Smooth value noise (bilinear between random lattice values `cell` pixels apart). */
function valueNoise(w: number, h: number, cell: number, r: Rng): (x: number, y: number) => number {
  const gw = Math.ceil(w / cell) + 2;
  const gh = Math.ceil(h / cell) + 2;
  const g = Float32Array.from({ length: gw * gh }, () => r.next() - 0.5);
  return (x, y) => {
    const u = x / cell;
    const v = y / cell;
    const i = Math.floor(u);
    const j = Math.floor(v);
    const fx = u - i;
    const fy = v - j;
    const a = (g[j * gw + i] as number) * (1 - fx) + (g[j * gw + i + 1] as number) * fx;
    const b = (g[(j + 1) * gw + i] as number) * (1 - fx) + (g[(j + 1) * gw + i + 1] as number) * fx;
    return a * (1 - fy) + b * fy;
  };
}

/** Fills a quadrilateral region of `img` with a constant colour (or calls `shade` per pixel). */
function fillQuad(
  img: Img,
  quad: ReadonlyArray<readonly [number, number]>,
  shade: (x: number, y: number, u: number, v: number) => [number, number, number] | null,
): void {
  const inv = invert3(squareToQuad(quad));
  const xs = quad.map((p) => p[0]);
  const ys = quad.map((p) => p[1]);
  const x0 = Math.max(0, Math.floor(Math.min(...xs)));
  const x1 = Math.min(img.w - 1, Math.ceil(Math.max(...xs)));
  const y0 = Math.max(0, Math.floor(Math.min(...ys)));
  const y1 = Math.min(img.h - 1, Math.ceil(Math.max(...ys)));
  for (let y = y0; y <= y1; y += 1)
    for (let x = x0; x <= x1; x += 1) {
      const z = (inv[6] as number) * x + (inv[7] as number) * y + (inv[8] as number);
      const u = ((inv[0] as number) * x + (inv[1] as number) * y + (inv[2] as number)) / z;
      const v = ((inv[3] as number) * x + (inv[4] as number) * y + (inv[5] as number)) / z;
      if (u < 0 || v < 0 || u >= 1 || v >= 1) continue;
      const c = shade(x, y, u, v);
      if (!c) continue;
      const o = (y * img.w + x) * 3;
      img.d[o] = c[0];
      img.d[o + 1] = c[1];
      img.d[o + 2] = c[2];
    }
}

/** A desk surface: dark mat, dark or light wood, laminate or cloth, sometimes the desk edge with a dim room beyond. */
function surface(w: number, h: number, r: Rng): { img: Img; kind: string } {
  const kind = r.pick(['black-mat', 'dark-wood', 'dark-wood', 'grey-laminate', 'light-wood', 'cloth', 'white-desk'] as const);
  const img = desk(w, h, r);
  const level =
    kind === 'black-mat'
      ? 0.1 + r.next() * 0.12
      : kind === 'dark-wood'
        ? 0.25 + r.next() * 0.25
        : kind === 'white-desk'
          ? 1.2
          : 0.6 + r.next() * 0.5;
  const tint = kind === 'black-mat' || kind === 'grey-laminate' ? [1, 1, 1.05] : [1, 0.9, 0.75];
  for (let i = 0; i < img.d.length; i += 1) img.d[i] = Math.min(255, (img.d[i] as number) * level * (tint[i % 3] as number));
  if (r.next() < 0.35) {
    // The desk's far edge: beyond it a dim room.
    const edgeY = h * (0.03 + r.next() * 0.2);
    const slope = (r.next() - 0.5) * 0.2;
    const room = r.int(5, 45);
    for (let y = 0; y < h; y += 1)
      for (let x = 0; x < w; x += 1)
        if (y < edgeY + slope * (x - w / 2))
          for (let c = 0; c < 3; c += 1) img.d[(y * w + x) * 3 + c] = room * (0.8 + 0.4 * ((x / w) * 0.5));
    return { img, kind: `${kind}+edge` };
  }
  return { img, kind };
}

/** Photographs a rendered page on a simulated desk. */
export async function simDeskPhoto(page: Img, r: Rng): Promise<{ jpeg: Buffer; params: SimDeskParams }> {
  const landscape = page.w > page.h ? r.next() < 0.8 : r.next() < 0.2;
  const W = r.int(2400, 3400);
  const H = Math.round((W * 3) / 4);
  const [w, h] = landscape ? [W, H] : [H, W];
  const { img: scene, kind } = surface(w, h, r);
  const objects: string[] = [];
  // Objects around the page.
  const place = (fw: number, fh: number): Array<[number, number]> => {
    const cx = r.next() < 0.5 ? r.next() * w * 0.25 : w - r.next() * w * 0.25;
    const cy = r.next() * h;
    const a = r.next() * Math.PI;
    const pts: Array<[number, number]> = [
      [-fw / 2, -fh / 2],
      [fw / 2, -fh / 2],
      [fw / 2, fh / 2],
      [-fw / 2, fh / 2],
    ];
    return pts.map(([x, y]) => [cx + x * Math.cos(a) - y * Math.sin(a), cy + x * Math.sin(a) + y * Math.cos(a)]);
  };
  if (r.next() < 0.3) {
    const tone = r.int(8, 35);
    fillQuad(scene, place(w * 0.12, w * 0.24), () => [tone, tone, tone + 2]);
    objects.push('phone');
  }
  if (r.next() < 0.2) {
    const base = r.int(15, 60);
    const key = 8 + r.next() * 10;
    fillQuad(scene, place(w * 0.6, w * 0.2), (x, y) => {
      const on = (x % key) / key > 0.12 && (y % key) / key > 0.12;
      const t = on ? base + 15 : base * 0.5;
      return [t, t, t];
    });
    objects.push('keyboard');
  }
  if (r.next() < 0.25) {
    const t = r.int(190, 245);
    fillQuad(scene, randomQuad(w, h, page.w, page.h, 0.7 + r.next() * 0.3, r), () => [t, t - 3, t - 8]);
    objects.push('second-sheet');
  }
  // The page: often nearly filling the frame, sometimes cut off by it.
  const framing = r.pick(['inside', 'inside', 'tight', 'cut'] as const);
  const fill = framing === 'inside' ? 0.5 + r.next() * 0.35 : framing === 'tight' ? 0.85 + r.next() * 0.15 : 1.02 + r.next() * 0.3;
  const quad = randomQuad(w, h, page.w, page.h, fill, r);
  const q0 = quad[0] as [number, number];
  const q1 = quad[1] as [number, number];
  const camPerPagePx = Math.hypot(q1[0] - q0[0], q1[1] - q0[1]) / page.w;
  const fibre = valueNoise(w, h, 2 + r.next() * 3, r);
  const fibreCoarse = valueNoise(w, h, 20 + r.next() * 40, r);
  const fibreAmp = 0.01 + r.next() * 0.04;
  const curl = { a: (r.next() - 0.5) * 0.25, f: 0.5 + r.next() * 2 };
  // A printer's dot screen (laser or offset): 85–200 lines per inch on a page about 8.3 inches wide.
  const screenLpi = r.next() < 0.45 ? 85 + r.next() * 115 : null;
  const lens = drawLens(r);
  const defocus = drawDefocus(r);
  const sigma = Math.hypot(lens, defocus);
  let screenAt: ((x: number, y: number, ink: number) => number) | null = null;
  if (screenLpi !== null) {
    const pageInches = 8.3;
    const fCam = (screenLpi * pageInches) / (page.w * camPerPagePx); // cycles per camera pixel
    // Contrast left after the optics (Gaussian) and the photosite (box one pixel wide); then point sampling aliases it.
    const sinc = (f: number): number => (f === 0 ? 1 : Math.abs(Math.sin(Math.PI * f) / (Math.PI * f)));
    const mtf = Math.exp(-2 * Math.PI * Math.PI * sigma * sigma * fCam * fCam) * sinc(fCam);
    const ang = ((r.pick([0, 15, 45, 75]) + (r.next() - 0.5) * 4) * Math.PI) / 180;
    const kx = 2 * Math.PI * fCam * Math.cos(ang);
    const ky = 2 * Math.PI * fCam * Math.sin(ang);
    screenAt = (x, y, ink) => 1 + mtf * 0.9 * Math.min(ink, 1 - ink) * 2 * Math.cos(kx * x + ky * y);
  }
  const inv = invert3(squareToQuad(quad));
  for (let y = 0; y < h; y += 1)
    for (let x = 0; x < w; x += 1) {
      const z = (inv[6] as number) * x + (inv[7] as number) * y + (inv[8] as number);
      const u = (((inv[0] as number) * x + (inv[1] as number) * y + (inv[2] as number)) / z) * page.w - 0.5;
      const v = (((inv[3] as number) * x + (inv[4] as number) * y + (inv[5] as number)) / z) * page.h - 0.5;
      if (u < 0 || v < 0 || u >= page.w - 1 || v >= page.h - 1) continue;
      const x0 = Math.floor(u);
      const y0 = Math.floor(v);
      const fx = u - x0;
      const fy = v - y0;
      const tex = 1 + fibreAmp * (fibre(x, y) * 1.5 + fibreCoarse(x, y)) + curl.a * Math.sin((curl.f * Math.PI * u) / page.w);
      const o = (y * w + x) * 3;
      for (let c = 0; c < 3; c += 1) {
        const p = (y0 * page.w + x0) * 3 + c;
        const top = (page.d[p] as number) * (1 - fx) + (page.d[p + 3] as number) * fx;
        const bot = (page.d[p + page.w * 3] as number) * (1 - fx) + (page.d[p + page.w * 3 + 3] as number) * fx;
        let val = top * (1 - fy) + bot * fy;
        if (screenAt) val = val * screenAt(x + c * 0.37, y, 1 - val / 255);
        scene.d[o + c] = val * tex;
      }
    }
  // Light: a gradient, vignette, colour of the light, a soft shadow (the phone or the hand) over part of the frame.
  const gx = (r.next() - 0.5) * 0.6;
  const gy = (r.next() - 0.5) * 0.6;
  const vig = r.next() * 0.5;
  const level = r.next() < 0.3 ? 0.35 + r.next() * 0.3 : 0.75 + r.next() * 0.35;
  const warm = [1 + (r.next() - 0.3) * 0.15, 1, 1 - (r.next() - 0.3) * 0.2];
  const shadow =
    r.next() < 0.45
      ? {
          x: r.next() * w,
          y: r.next() < 0.5 ? h * (0.8 + r.next() * 0.4) : r.next() * h,
          rx: (0.15 + r.next() * 0.35) * w,
          ry: (0.1 + r.next() * 0.3) * h,
          depth: 0.25 + r.next() * 0.45,
          soft: 0.15 + r.next() * 0.5,
        }
      : null;
  for (let y = 0; y < h; y += 1)
    for (let x = 0; x < w; x += 1) {
      const u = x / w - 0.5;
      const v = y / h - 0.5;
      let k = level * (1 + gx * u + gy * v - vig * (u * u + v * v) * 2);
      if (shadow) {
        const d = Math.hypot((x - shadow.x) / shadow.rx, (y - shadow.y) / shadow.ry);
        k *= 1 - shadow.depth / (1 + Math.exp((d - 1) / shadow.soft));
      }
      const o = (y * w + x) * 3;
      for (let c = 0; c < 3; c += 1) scene.d[o + c] = (scene.d[o + c] as number) * k * (warm[c] as number);
    }
  const blurred = await fromSharp(toSharp(scene).blur(Math.max(0.3, sigma)));
  const { jpeg, params: phone } = await simPipeline(blurred, r, lens, true);
  return {
    jpeg,
    params: {
      surface: kind,
      framing,
      objects,
      shadow: shadow !== null,
      screen: screenLpi && Math.round(screenLpi),
      defocus: Math.round(defocus * 100) / 100,
      phone,
    },
  };
}
