import type { Plane, Planes } from '../image/raster';

// Texture evidence of a second capture, read on the luma plane: a photographed screen shows a
// picture that was already a photograph, resampled for the panel and blurred once more by the
// second camera's optics. Edges are wider for their contrast, and what noise remains on the paper is
// blotchy (correlated: it survived two low-pass filters) rather than the fine grain of one sensor.

/** Texture features (see the fields). */
export interface TextureFeatures {
  /** Median width in pixels (at a 1024-px longer side) of strong edges: step height / steepest gradient. */
  edgeWidth: number;
  /** Share of strong edges narrower than 1.5 px. */
  sharpEdges: number;
  /** Robust noise level (grey levels) in flat, bright areas at the analysed resolution. */
  noiseFine: number;
  /** The same after 2× and 4× box reduction, relative to the fine level (white noise halves per step). */
  noiseRatio2: number;
  noiseRatio4: number;
  /** Share of the thumbnail in the largest bright, colourless connected region (the paper, or a lit screen). */
  paperArea: number;
  /** That region's bounding box area over the thumbnail's. */
  paperBox: number;
}

function downsample(p: Plane, f: number): Plane {
  const w = Math.floor(p.width / f);
  const h = Math.floor(p.height / f);
  const d = new Float32Array(w * h);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      let s = 0;
      for (let dy = 0; dy < f; dy += 1) for (let dx = 0; dx < f; dx += 1) s += p.data[(y * f + dy) * p.width + x * f + dx] as number;
      d[y * w + x] = s / (f * f);
    }
  }
  return { width: w, height: h, data: d };
}

/** Median |Laplacian| / 0.6745 × norm over pixels whose 5×5 neighbourhood is flat and bright. */
function flatNoise(p: Plane): number {
  const { width: w, height: h, data } = p;
  const vals: number[] = [];
  const step = Math.max(1, Math.floor(Math.sqrt((w * h) / 40_000)));
  for (let y = 3; y < h - 3; y += step) {
    for (let x = 3; x < w - 3; x += step) {
      const c = data[y * w + x] as number;
      if (c < 120 || c > 245) continue;
      let mn = Infinity;
      let mx = -Infinity;
      for (let dy = -2; dy <= 2; dy += 2)
        for (let dx = -2; dx <= 2; dx += 2) {
          const v = data[(y + dy) * w + x + dx] as number;
          mn = Math.min(mn, v);
          mx = Math.max(mx, v);
        }
      if (mx - mn > 24) continue;
      const lap =
        4 * c -
        (data[y * w + x - 1] as number) -
        (data[y * w + x + 1] as number) -
        (data[(y - 1) * w + x] as number) -
        (data[(y + 1) * w + x] as number);
      vals.push(Math.abs(lap));
    }
  }
  if (vals.length < 50) return 0;
  vals.sort((a, b) => a - b);
  // A 4-neighbour Laplacian of white noise σ has σ·√20; the median of |N(0,s)| is 0.6745 s.
  return (vals[Math.floor(vals.length / 2)] as number) / 0.6745 / Math.sqrt(20);
}

function edgeStats(p: Plane): { width: number; sharp: number } {
  const { width: w, height: h, data } = p;
  const widths: number[] = [];
  for (let y = 4; y < h - 4; y += 2) {
    for (let x = 4; x < w - 4; x += 1) {
      const g = (data[y * w + x + 1] as number) - (data[y * w + x - 1] as number);
      const ag = Math.abs(g) / 2;
      if (ag < 12) continue;
      const gl = Math.abs((data[y * w + x] as number) - (data[y * w + x - 2] as number)) / 2;
      const gr = Math.abs((data[y * w + x + 2] as number) - (data[y * w + x] as number)) / 2;
      if (ag < gl || ag < gr) continue;
      let mn = Infinity;
      let mx = -Infinity;
      for (let d = -4; d <= 4; d += 1) {
        const v = data[y * w + x + d] as number;
        mn = Math.min(mn, v);
        mx = Math.max(mx, v);
      }
      if (mx - mn < 60) continue;
      widths.push((mx - mn) / ag);
    }
  }
  if (widths.length < 30) return { width: 0, sharp: 0 };
  widths.sort((a, b) => a - b);
  return { width: widths[Math.floor(widths.length / 2)] as number, sharp: widths.filter((v) => v < 1.5).length / widths.length };
}

function largestPaper(thumb: Planes): { area: number; box: number } {
  const { width: w, height: h } = thumb.luma;
  const Y = thumb.luma.data;
  const lum = Float32Array.from(Y).sort();
  const bright = Math.max(120, (lum[Math.floor(lum.length * 0.9)] as number) - 40);
  const mask = new Uint8Array(w * h);
  for (let i = 0; i < w * h; i += 1) {
    const chroma = Math.abs(thumb.redGreen.data[i] as number) + Math.abs(thumb.blueGreen.data[i] as number);
    mask[i] = (Y[i] as number) >= bright && chroma < 60 ? 1 : 0;
  }
  const seen = new Uint8Array(w * h);
  let best = { n: 0, box: 0 };
  const stack: number[] = [];
  for (let s = 0; s < w * h; s += 1) {
    if (!mask[s] || seen[s]) continue;
    let n = 0;
    let x0 = w;
    let x1 = 0;
    let y0 = h;
    let y1 = 0;
    stack.push(s);
    seen[s] = 1;
    while (stack.length > 0) {
      const i = stack.pop() as number;
      n += 1;
      const x = i % w;
      const y = Math.floor(i / w);
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
      for (const j of [x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1]) {
        if (j >= 0 && mask[j] && !seen[j]) {
          seen[j] = 1;
          stack.push(j);
        }
      }
    }
    if (n > best.n) best = { n, box: ((x1 - x0 + 1) * (y1 - y0 + 1)) / (w * h) };
  }
  return { area: best.n / (w * h), box: best.box };
}

/** Texture features of `mid` (luma at about 1024 px) and `thumb` (planes at about 320 px). */
export function textureFeatures(mid: Plane, thumb: Planes): TextureFeatures {
  const fine = flatNoise(mid);
  const n2 = flatNoise(downsample(mid, 2));
  const n4 = flatNoise(downsample(mid, 4));
  const edges = edgeStats(mid);
  const paper = largestPaper(thumb);
  return {
    edgeWidth: edges.width,
    sharpEdges: edges.sharp,
    noiseFine: fine,
    noiseRatio2: fine > 0 ? n2 / fine : 0,
    noiseRatio4: fine > 0 ? n4 / fine : 0,
    paperArea: paper.area,
    paperBox: paper.box,
  };
}
