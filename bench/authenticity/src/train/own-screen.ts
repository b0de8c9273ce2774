import sharp from 'sharp';
import type { Rng } from '@uplift/evidence-synth';
import {
  blank,
  fromSharp,
  invert3,
  lightField,
  phonePipeline,
  randomQuad,
  squareToQuad,
  toSharp,
  type Img,
  type PhoneParams,
} from './own-camera';

// The training split's own screen recapture: the picture is resampled to a panel's pixel grid, each
// panel pixel emits through its sub-pixel apertures (RGB/BGR stripe, RG/BG PenTile, delta) with a
// black matrix, and every camera photosite integrates the panel through a Gaussian optics spot at a
// homography (tilt, keystone, close-up or whole screen with bezel), with panel primaries leaking into
// neighbouring camera channels, backlight falloff and glare; then the phone pipeline. Training only.

/** What one recapture did. */
export interface ScreenParams {
  layout: string;
  panelCols: number;
  camPerPanel: number;
  optics: number;
  gap: number;
  framing: string;
  glare: boolean;
  phone: PhoneParams;
}

type Layout = 'rgb' | 'bgr' | 'pentile' | 'delta';

/** Which panel channel lights at fractional position (fu, fv) of panel pixel (px, py), or −1 (black matrix). */
function subpixel(layout: Layout, px: number, py: number, fu: number, fv: number, gap: number): number {
  if (fv < gap / 2 || fv > 1 - gap / 2) return -1;
  switch (layout) {
    case 'rgb':
    case 'bgr': {
      const k = Math.floor(fu * 3);
      if (fu * 3 - k < gap / 2 || fu * 3 - k > 1 - gap / 2) return -1;
      return layout === 'rgb' ? k : 2 - k;
    }
    case 'delta': {
      const u = (fu + (py % 2) * 0.5) % 1;
      const k = Math.floor(u * 3);
      return u * 3 - k < gap / 2 || u * 3 - k > 1 - gap / 2 ? -1 : k;
    }
    case 'pentile': {
      if (fu < 0.55) return fu < gap / 2 ? -1 : (px + py) % 2 === 0 ? 0 : 2;
      return fu > 0.6 && fu < 0.95 && fv > 0.2 && fv < 0.8 ? 1 : -1;
    }
  }
}

/** Photographs `shown` (the picture on screen) off a simulated panel. */
export async function screenRecapture(shown: Img, r: Rng): Promise<{ jpeg: Buffer; params: ScreenParams }> {
  const layout = r.pick(['rgb', 'rgb', 'bgr', 'pentile', 'delta'] as const);
  const panelCols = r.int(640, 2200);
  const panelRows = Math.round(panelCols * (0.56 + r.next() * 0.9));
  const fit = Math.min(panelCols / shown.w, panelRows / shown.h);
  const dispW = Math.max(8, Math.round(shown.w * fit));
  const dispH = Math.max(8, Math.round(shown.h * fit));
  const disp = await fromSharp(
    toSharp(shown).resize(dispW, dispH, { kernel: r.pick(['nearest', 'cubic', 'lanczos3', 'linear'] as const), fit: 'fill' }),
  );
  const panel = blank(panelCols, panelRows);
  const ox = Math.floor((panelCols - dispW) / 2);
  const oy = Math.floor((panelRows - dispH) / 2);
  const surround = r.int(0, 60);
  panel.d.fill(surround);
  for (let y = 0; y < dispH; y += 1) panel.d.set(disp.d.subarray(y * dispW * 3, (y + 1) * dispW * 3), ((y + oy) * panelCols + ox) * 3);

  const sensorW = r.int(2000, 3200);
  const sensorH = Math.round((sensorW * 3) / 4);
  const framing = r.pick(['fill', 'fill', 'whole_screen', 'close_up'] as const);
  const fill = framing === 'whole_screen' ? 0.55 + r.next() * 0.3 : framing === 'fill' ? 0.9 + r.next() * 0.25 : 1.6 + r.next() * 2;
  const quad = randomQuad(sensorW, sensorH, panelCols, panelRows, fill, r);
  const inv = invert3(squareToQuad(quad));
  const camPerPanel =
    Math.hypot(
      (quad[1] as [number, number])[0] - (quad[0] as [number, number])[0],
      (quad[1] as [number, number])[1] - (quad[0] as [number, number])[1],
    ) / panelCols;
  const optics = 0.25 + r.next() * (r.next() < 0.3 ? 2.5 : 1);
  const gap = 0.1 + r.next() * 0.35;
  const leak = 0.05 + r.next() * 0.2;
  const gain = 0.8 + r.next() * 0.5;
  const bezel = r.int(5, 35);
  const light = lightField(sensorW, sensorH, r);
  const glare =
    r.next() < 0.35
      ? { x: r.next() * sensorW, y: r.next() * sensorH, rad: (0.05 + r.next() * 0.25) * sensorW, amp: 30 + r.next() * 120 }
      : null;
  const samples = 5;
  const offsets = Array.from(
    { length: samples },
    () => [r.next() - 0.5 + optics * gaussian(r), r.next() - 0.5 + optics * gaussian(r)] as const,
  );
  const cam = blank(sensorW, sensorH);
  for (let y = 0; y < sensorH; y += 1) {
    for (let x = 0; x < sensorW; x += 1) {
      const acc = [0, 0, 0];
      for (const [dx, dy] of offsets) {
        const X = x + dx;
        const Y = y + dy;
        const z = (inv[6] as number) * X + (inv[7] as number) * Y + (inv[8] as number);
        const u = (((inv[0] as number) * X + (inv[1] as number) * Y + (inv[2] as number)) / z) * panelCols;
        const v = (((inv[3] as number) * X + (inv[4] as number) * Y + (inv[5] as number)) / z) * panelRows;
        if (u < 0 || v < 0 || u >= panelCols || v >= panelRows) {
          acc[0] = (acc[0] as number) + bezel;
          acc[1] = (acc[1] as number) + bezel;
          acc[2] = (acc[2] as number) + bezel;
          continue;
        }
        const px = Math.floor(u);
        const py = Math.floor(v);
        const ch = subpixel(layout, px, py, u - px, v - py, gap);
        if (ch < 0) continue;
        // An emitting sub-pixel covers a third of the pixel: ×3 keeps the panel's mean brightness.
        const e = (panel.d[(py * panelCols + px) * 3 + ch] as number) * 3 * gain;
        for (let c = 0; c < 3; c += 1) acc[c] = (acc[c] as number) + e * (c === ch ? 1 : leak);
      }
      const k = light(x, y);
      const g = glare ? glare.amp * Math.exp(-((x - glare.x) ** 2 + (y - glare.y) ** 2) / (glare.rad * glare.rad)) : 0;
      for (let c = 0; c < 3; c += 1) cam.d[(y * sensorW + x) * 3 + c] = ((acc[c] as number) / samples) * k + g;
    }
  }
  const { jpeg, params: phone } = await phonePipeline(cam, r);
  return {
    jpeg,
    params: {
      layout,
      panelCols,
      camPerPanel: Math.round(camPerPanel * 100) / 100,
      optics: Math.round(optics * 100) / 100,
      gap: Math.round(gap * 100) / 100,
      framing,
      glare: glare !== null,
      phone,
    },
  };
}

function gaussian(r: Rng): number {
  return Math.sqrt(-2 * Math.log(Math.max(1e-9, r.next()))) * Math.cos(2 * Math.PI * r.next());
}

/** Decodes any image bytes to a float RGB image. */
export const decode = (bytes: Buffer): Promise<Img> => fromSharp(sharp(bytes, { failOn: 'none' }).rotate());
