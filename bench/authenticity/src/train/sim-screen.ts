import sharp from 'sharp';
import type { Rng } from '@uplift/evidence-synth';
import { blank, desk, fromSharp, invert3, randomQuad, squareToQuad, toSharp, type Img } from './own-camera';
import { drawDefocus, drawLens, simPipeline, type SimPhoneParams } from './sim-camera';

// The training simulator's screen recapture (training data only; written from the physics of a
// photographed panel, not fitted to any held-out or calibration image). A panel of one of several
// kinds (RGB/BGR stripe LCD monitor or laptop, high-ppi phone LCD, diamond or RGBG PenTile OLED) shows
// the picture inside a viewer; the camera sees it at a homography from a distance drawn so that the
// panel pitch is often near or beyond the camera's resolution. The sub-pixel emission mask, one
// period of it tabulated, is convolved with what a photosite integrates — the lens and defocus
// (Gaussian) and the photosite's own aperture (a box one camera pixel wide, in panel units) — and
// then point-sampled at each photosite: what survives is a plain lattice up close, a beat/alias
// pattern near the Nyquist limit, nothing at all far away. Around the panel: a bezel (black glossy,
// silver or none visible) and the room or desk, often dark; on the glass: glare and a soft
// reflection. Then the shared phone pipeline (sim-camera.ts: Bayer, denoise, sharpening, app
// downscale, JPEG, re-save).

export type PanelKind = 'lcd-rgb' | 'lcd-bgr' | 'phone-lcd' | 'oled-diamond' | 'oled-rgbg' | 'delta';

/** What one simulated recapture did. */
export interface SimScreenParams {
  panel: PanelKind;
  panelCols: number;
  camPerPanel: number;
  defocus: number;
  framing: string;
  bezel: string;
  glare: boolean;
  phone: SimPhoneParams;
}

/** Samples per panel pixel in the mask table. */
const S = 12;

/** Emission mask of one period (P×P panel pixels) for each channel: 1 where the sub-pixel emits. */
function maskTable(kind: PanelKind, r: Rng): { P: number; t: Float32Array[] } {
  const P = kind === 'lcd-rgb' || kind === 'lcd-bgr' || kind === 'phone-lcd' ? 1 : 2;
  const n = P * S;
  const t = [new Float32Array(n * n), new Float32Array(n * n), new Float32Array(n * n)];
  const gap = kind === 'phone-lcd' ? 0.04 + r.next() * 0.12 : 0.08 + r.next() * 0.3;
  const rowGap = kind === 'phone-lcd' ? 0.05 + r.next() * 0.15 : 0.1 + r.next() * 0.3;
  const emitter = 0.25 + r.next() * 0.2; // OLED emitter radius, in panel pixels
  for (let j = 0; j < n; j += 1) {
    for (let i = 0; i < n; i += 1) {
      const u = (i + 0.5) / S;
      const v = (j + 0.5) / S;
      const px = Math.floor(u);
      const py = Math.floor(v);
      const fu = u - px;
      const fv = v - py;
      let ch = -1;
      let on = 1;
      if (kind === 'lcd-rgb' || kind === 'lcd-bgr' || kind === 'phone-lcd') {
        const k = Math.floor(fu * 3);
        const inCell = fu * 3 - k;
        if (fv > rowGap / 2 && fv < 1 - rowGap / 2 && inCell > gap / 2 && inCell < 1 - gap / 2) ch = kind === 'lcd-bgr' ? 2 - k : k;
      } else if (kind === 'delta') {
        const uu = (fu + (py % 2) * 0.5) % 1;
        const k = Math.floor(uu * 3);
        const inCell = uu * 3 - k;
        if (fv > rowGap / 2 && fv < 1 - rowGap / 2 && inCell > gap / 2 && inCell < 1 - gap / 2) ch = k;
      } else if (kind === 'oled-rgbg') {
        // RGBG PenTile: each pixel a green sub-pixel and, alternately, a red or blue one.
        if (fu < 0.5) {
          if (Math.abs(fu - 0.25) < 0.2 && Math.abs(fv - 0.5) < emitter) ch = (px + py) % 2 === 0 ? 0 : 2;
        } else if (Math.abs(fu - 0.75) < 0.14 && Math.abs(fv - 0.5) < emitter * 0.8) ch = 1;
      } else {
        // Diamond PenTile: red and blue diamonds on a checkerboard at the pixel centres, small round
        // green emitters between them.
        const dr = Math.abs(fu - 0.5) + Math.abs(fv - 0.5);
        if (dr < emitter * 1.2) ch = (px + py) % 2 === 0 ? 0 : 2;
        else {
          const gx = u % 1;
          const gy = v % 1;
          const d = Math.hypot(gx - (gx < 0.5 ? 0 : 1), gy - (gy < 0.5 ? 0 : 1));
          if (d < emitter * 0.6) {
            ch = 1;
            on = 1;
          }
        }
      }
      if (ch >= 0) (t[ch] as Float32Array)[j * n + i] = on;
    }
  }
  // Normalise each channel's mean to 1: the panel's mean brightness is the picture's.
  for (const c of t) {
    let m = 0;
    for (const x of c) m += x;
    m /= c.length;
    for (let i = 0; i < c.length; i += 1) c[i] = (c[i] as number) / Math.max(1e-3, m);
  }
  return { P, t };
}

/** Periodic blur of a table: a box `box` wide, then a Gaussian σ (both in table samples), along both axes. */
function blurTable(t: Float32Array, n: number, box: number, sigma: number): Float32Array {
  // Kernel along one axis: box ⊗ Gaussian, sampled; applied with wrap-around (the mask is periodic).
  const rad = Math.ceil(box / 2 + 3 * sigma) + 1;
  const kern = new Float32Array(2 * rad + 1);
  for (let i = -rad; i <= rad; i += 1) {
    let s = 0;
    // Integrate the Gaussian over the box by sub-sampling it.
    for (let q = 0; q < 16; q += 1) {
      const x = i - box / 2 + ((q + 0.5) / 16) * box;
      s += sigma > 0.05 ? Math.exp(-(x * x) / (2 * sigma * sigma)) : Math.abs(x) < 0.5 ? 1 : 0;
    }
    kern[i + rad] = s;
  }
  const ks = kern.reduce((a, b) => a + b, 0);
  for (let i = 0; i < kern.length; i += 1) kern[i] = (kern[i] as number) / ks;
  const a = new Float32Array(n * n);
  const b = new Float32Array(n * n);
  const mod = (x: number): number => ((x % n) + n) % n;
  for (let y = 0; y < n; y += 1)
    for (let x = 0; x < n; x += 1) {
      let s = 0;
      for (let i = -rad; i <= rad; i += 1) s += (kern[i + rad] as number) * (t[y * n + mod(x + i)] as number);
      a[y * n + x] = s;
    }
  for (let y = 0; y < n; y += 1)
    for (let x = 0; x < n; x += 1) {
      let s = 0;
      for (let i = -rad; i <= rad; i += 1) s += (kern[i + rad] as number) * (a[mod(y + i) * n + x] as number);
      b[y * n + x] = s;
    }
  return b;
}

/** The picture inside a viewer on the panel: a background, sometimes a toolbar, the page fitted, zoomed or cropped. */
async function panelPicture(shown: Img, cols: number, rows: number, r: Rng): Promise<Img> {
  const bg = r.pick([r.int(20, 60), r.int(70, 110), r.int(200, 245), 255]);
  const zoom = r.next() < 0.25 ? 1.1 + r.next() * 0.8 : 0.7 + r.next() * 0.3;
  const fit = Math.min(cols / shown.w, rows / shown.h) * zoom;
  const w = Math.max(8, Math.round(shown.w * fit));
  const h = Math.max(8, Math.round(shown.h * fit));
  const scaled = await fromSharp(
    toSharp(shown).resize(w, h, { kernel: r.pick(['cubic', 'lanczos3', 'linear', 'mitchell'] as const), fit: 'fill' }),
  );
  const out = blank(cols, rows);
  out.d.fill(bg);
  const ox = Math.round((cols - w) / 2 + (r.next() - 0.5) * Math.max(0, cols - w) * 0.5);
  const oy = Math.round((rows - h) / 2 + (r.next() - 0.5) * Math.max(0, rows - h) * 0.5);
  for (let y = 0; y < h; y += 1) {
    const Y = y + oy;
    if (Y < 0 || Y >= rows) continue;
    for (let x = 0; x < w; x += 1) {
      const X = x + ox;
      if (X < 0 || X >= cols) continue;
      for (let c = 0; c < 3; c += 1) out.d[(Y * cols + X) * 3 + c] = scaled.d[(y * w + x) * 3 + c] as number;
    }
  }
  if (r.next() < 0.5) {
    // A toolbar or status bar.
    const tb = Math.round(rows * (0.03 + r.next() * 0.05));
    const tone = r.pick([r.int(25, 60), r.int(210, 245)]);
    for (let y = 0; y < tb; y += 1) out.d.fill(tone, y * cols * 3, (y + 1) * cols * 3);
  }
  return out;
}

/** Photographs `shown` off a simulated panel. */
export async function simScreenRecapture(shown: Img, r: Rng): Promise<{ jpeg: Buffer; params: SimScreenParams }> {
  const panel = r.pick(['lcd-rgb', 'lcd-rgb', 'lcd-bgr', 'phone-lcd', 'oled-diamond', 'oled-diamond', 'oled-rgbg', 'delta'] as const);
  const phone = panel === 'phone-lcd' || panel.startsWith('oled');
  // Panel resolution: phones (portrait) 1080–1440 columns; laptops and monitors 1366–3840.
  const panelCols = phone ? r.int(1080, 1440) : r.pick([1366, 1600, 1920, 1920, 2560, 2880, 3840]);
  const panelRows = Math.round(panelCols * (phone ? 1.9 + r.next() * 0.3 : 0.5625 + r.next() * 0.1));
  const picture = await panelPicture(shown, panelCols, panelRows, r);
  const W = r.int(2400, 3400);
  const H = Math.round((W * 3) / 4);
  const [sensorW, sensorH] = phone && r.next() < 0.7 ? [H, W] : [W, H];
  // Framing: the whole device in view (with bezel and room), the screen filling the frame, or a close-up.
  const framing = r.pick(['whole', 'whole', 'fill', 'fill', 'close'] as const);
  const bezelFrac = phone ? 0.03 + r.next() * 0.05 : 0.01 + r.next() * 0.04;
  const fill = framing === 'whole' ? 0.45 + r.next() * 0.4 : framing === 'fill' ? 0.92 + r.next() * 0.2 : 1.3 + r.next() * 1.5;
  // The quad of the panel's active area in the sensor.
  const quad = randomQuad(sensorW, sensorH, panelCols, panelRows, fill, r);
  const inv = invert3(squareToQuad(quad));
  const q0 = quad[0] as [number, number];
  const q1 = quad[1] as [number, number];
  const camPerPanel = Math.hypot(q1[0] - q0[0], q1[1] - q0[1]) / panelCols;
  const lens = drawLens(r);
  const defocus = drawDefocus(r);
  const sigmaCam = Math.hypot(lens, defocus);
  const { P, t } = maskTable(panel, r);
  const n = P * S;
  // What a photosite integrates, in table samples: its own aperture (a box one camera pixel wide) and the optics.
  const boxS = (S / camPerPanel) * (0.8 + r.next() * 0.2);
  const sigmaS = (sigmaCam / camPerPanel) * S;
  const blurred = t.map((c) => blurTable(c, n, boxS, sigmaS));
  // The picture itself through the same blur (in panel pixels).
  const sigmaPanel = Math.hypot(sigmaCam, 0.3) / camPerPanel;
  const content = sigmaPanel > 0.4 ? await fromSharp(toSharp(picture).blur(Math.min(100, sigmaPanel))) : picture;

  const bezelKind = r.pick(['black', 'black', 'silver', 'none'] as const);
  const bezelTone = bezelKind === 'silver' ? r.int(120, 190) : r.int(4, 28);
  const room = r.next() < 0.5 ? 'dark' : 'desk';
  const env = await fromSharp(toSharp(desk(sensorW, sensorH, r)).blur(Math.max(0.3, sigmaCam)));
  const envScale = room === 'dark' ? 0.08 + r.next() * 0.2 : 0.4 + r.next() * 0.6;
  const gain = 0.7 + r.next() * 0.6;
  // Off-axis falloff and backlight non-uniformity.
  const gx = (r.next() - 0.5) * 0.4;
  const gy = (r.next() - 0.5) * 0.4;
  const glare =
    r.next() < 0.4
      ? {
          x: r.next() * sensorW,
          y: r.next() * sensorH,
          rx: (0.05 + r.next() * 0.3) * sensorW,
          ry: (0.05 + r.next() * 0.3) * sensorH,
          amp: 15 + r.next() * 110,
        }
      : null;
  const reflection = r.next() < 0.5 ? { amp: 5 + r.next() * 25, fx: r.next() * 3, fy: r.next() * 3, ph: r.next() * 6.28 } : null;
  const cam = blank(sensorW, sensorH);
  const bz = bezelKind === 'none' ? 0.002 : bezelFrac;
  const ss = n / P; // table samples per panel pixel (= S)
  for (let y = 0; y < sensorH; y += 1) {
    for (let x = 0; x < sensorW; x += 1) {
      const z = (inv[6] as number) * x + (inv[7] as number) * y + (inv[8] as number);
      const a = ((inv[0] as number) * x + (inv[1] as number) * y + (inv[2] as number)) / z;
      const b = ((inv[3] as number) * x + (inv[4] as number) * y + (inv[5] as number)) / z;
      const o = (y * sensorW + x) * 3;
      let onGlass = false;
      if (a >= 0 && b >= 0 && a < 1 && b < 1) {
        onGlass = true;
        const u = a * panelCols;
        const v = b * panelRows;
        // Content: bilinear in the (blurred) picture.
        const cu = Math.min(panelCols - 1.001, Math.max(0, u - 0.5));
        const cv = Math.min(panelRows - 1.001, Math.max(0, v - 0.5));
        const x0 = Math.floor(cu);
        const y0 = Math.floor(cv);
        const fx = cu - x0;
        const fy = cv - y0;
        // Mask: bilinear in the periodic blurred table.
        const tu = (u % P) * ss - 0.5;
        const tv = (v % P) * ss - 0.5;
        const i0 = Math.floor(tu);
        const j0 = Math.floor(tv);
        const ax = tu - i0;
        const ay = tv - j0;
        const i0w = (i0 + n) % n;
        const i1w = (i0 + 1 + n) % n;
        const j0w = (j0 + n) % n;
        const j1w = (j0 + 1 + n) % n;
        const k = gain * (1 + gx * (a - 0.5) + gy * (b - 0.5));
        for (let c = 0; c < 3; c += 1) {
          const p = (y0 * panelCols + x0) * 3 + c;
          const d = content.d;
          const pic =
            ((d[p] as number) * (1 - fx) + (d[p + 3] as number) * fx) * (1 - fy) +
            ((d[p + panelCols * 3] as number) * (1 - fx) + (d[p + panelCols * 3 + 3] as number) * fx) * fy;
          const m = blurred[c] as Float32Array;
          const mk =
            ((m[j0w * n + i0w] as number) * (1 - ax) + (m[j0w * n + i1w] as number) * ax) * (1 - ay) +
            ((m[j1w * n + i0w] as number) * (1 - ax) + (m[j1w * n + i1w] as number) * ax) * ay;
          cam.d[o + c] = pic * mk * k;
        }
      } else if (a >= -bz && b >= -bz * (panelCols / panelRows) && a < 1 + bz && b < 1 + bz * (panelCols / panelRows)) {
        onGlass = bezelKind !== 'silver';
        cam.d[o] = bezelTone;
        cam.d[o + 1] = bezelTone;
        cam.d[o + 2] = bezelTone + (bezelKind === 'silver' ? 4 : 1);
      } else {
        for (let c = 0; c < 3; c += 1) cam.d[o + c] = (env.d[o + c] as number) * envScale;
      }
      if (onGlass) {
        let g = 0;
        if (glare) g += glare.amp * Math.exp(-(((x - glare.x) / glare.rx) ** 2) - ((y - glare.y) / glare.ry) ** 2);
        if (reflection)
          g += reflection.amp * (0.5 + 0.5 * Math.sin((reflection.fx * x) / sensorW + (reflection.fy * y) / sensorH + reflection.ph));
        if (g > 0) for (let c = 0; c < 3; c += 1) cam.d[o + c] = (cam.d[o + c] as number) + g;
      }
    }
  }
  // Everything was rendered through the optics (the room pre-blurred): the pipeline does not blur again.
  const { jpeg, params: phoneParams } = await simPipeline(cam, r, lens, true);
  return {
    jpeg,
    params: {
      panel,
      panelCols,
      camPerPanel: Math.round(camPerPanel * 100) / 100,
      defocus: Math.round(defocus * 100) / 100,
      framing,
      bezel: bezelKind,
      glare: glare !== null,
      phone: phoneParams,
    },
  };
}

/** Decodes any image bytes to a float RGB image. */
export const decodeImg = (bytes: Buffer): Promise<Img> => fromSharp(sharp(bytes, { failOn: 'none' }).rotate());
