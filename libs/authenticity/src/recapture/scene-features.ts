import type { Planes } from '../image/raster';

// Scene evidence of a screen, read on a ~320-px thumbnail: a dark, flat, colourless frame (bezel,
// letterbox) along the borders; ink that is not much darker than the paper around it (a lit panel
// under room light has raised blacks); glare and reflections, which add light (lowering contrast
// where they fall) where uneven lighting multiplies it (keeping contrast).

/** Scene features (shares and ratios, see the fields). */
export interface SceneFeatures {
  /** Share of the outer band that is dark (luma < 45) and flat. */
  borderDark: number;
  /** Mean |R−G| + |B−G| of the outer band's dark pixels (a bezel is colourless). */
  borderDarkChroma: number;
  /** Median over text cells of ink / paper luma (10th / 90th percentile). */
  inkToPaper: number;
  /** Correlation across text cells of paper level with ink/paper ratio (additive light raises both). */
  glareCorrelation: number;
  /** Share of pixels at or above 250 in every channel-average (clipped highlights). */
  clipped: number;
  /** Spread of paper brightness around a smooth (quadratic) lighting surface, relative to its mean. */
  lightingResidual: number;
  /** First percentile of luma. */
  blackLevel: number;
  /**
   * Layout profile from the border inwards, 6 rings of equal depth: mean luma (0..1), share of flat
   * pixels, mean gradient (texture) and mean colourfulness per ring. A photographed page lies on a
   * desk (textured or coloured border, bright flat paper inside); a photographed screen nests
   * frames (room, bezel, a flat letterbox, then the picture shown).
   */
  ringLuma: number[];
  ringFlat: number[];
  ringTexture: number[];
  ringChroma: number[];
  /**
   * Frame along each side: the share of positions along the side where a dark, flat run (a bezel or
   * letterbox) lies within the outer 12 % — sorted descending over the four sides. A screen's frame
   * follows a whole side (at a slant when the screen is not square-on); a desk does not.
   */
  sideFrame: number[];
}

const CELL = 16;

function percentile(sorted: Float32Array | number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(p * (sorted.length - 1))))] as number;
}

function correlation(xs: number[], ys: number[]): number {
  const n = xs.length;
  if (n < 4) return 0;
  const mx = xs.reduce((s, v) => s + v, 0) / n;
  const my = ys.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

/** Least-squares quadratic surface through (x, y, z) points; returns the residual standard deviation. */
function quadraticResidual(pts: Array<[number, number, number]>): number {
  if (pts.length < 12) return 0;
  const basis = (x: number, y: number): number[] => [1, x, y, x * x, x * y, y * y];
  const m = 6;
  const ata = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  const atb = new Array<number>(m).fill(0);
  for (const [x, y, z] of pts) {
    const b = basis(x, y);
    for (let i = 0; i < m; i += 1) {
      atb[i] = (atb[i] as number) + (b[i] as number) * z;
      for (let j = 0; j < m; j += 1) (ata[i] as number[])[j] = ((ata[i] as number[])[j] as number) + (b[i] as number) * (b[j] as number);
    }
  }
  for (let i = 0; i < m; i += 1) (ata[i] as number[])[i] = ((ata[i] as number[])[i] as number) + 1e-6;
  // Gaussian elimination.
  const a = ata.map((row, i) => [...row, atb[i] as number]);
  for (let c = 0; c < m; c += 1) {
    let piv = c;
    for (let r = c + 1; r < m; r += 1) if (Math.abs((a[r] as number[])[c] as number) > Math.abs((a[piv] as number[])[c] as number)) piv = r;
    [a[c], a[piv]] = [a[piv] as number[], a[c] as number[]];
    const pivRow = a[c] as number[];
    const d = pivRow[c] as number;
    if (Math.abs(d) < 1e-12) return 0;
    for (let r = 0; r < m; r += 1) {
      if (r === c) continue;
      const row = a[r] as number[];
      const f = (row[c] as number) / d;
      for (let k = c; k <= m; k += 1) row[k] = (row[k] as number) - f * (pivRow[k] as number);
    }
  }
  const coef = a.map((row, i) => (row[m] as number) / (row[i] as number));
  let ss = 0;
  for (const [x, y, z] of pts) {
    const b = basis(x, y);
    let fit = 0;
    for (let i = 0; i < m; i += 1) fit += (coef[i] as number) * (b[i] as number);
    ss += (z - fit) ** 2;
  }
  return Math.sqrt(ss / pts.length);
}

/** Scene features of a thumbnail (planes reduced to about 320 px on the longer side). */
export function sceneFeatures(thumb: Planes): SceneFeatures {
  const { width: w, height: h } = thumb.luma;
  const Y = thumb.luma.data;
  const RG = thumb.redGreen.data;
  const BG = thumb.blueGreen.data;
  const band = Math.max(2, Math.round(0.05 * Math.min(w, h)));
  let bandN = 0;
  let dark = 0;
  let darkChroma = 0;
  let clipped = 0;
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const i = y * w + x;
      const v = Y[i] as number;
      if (v >= 250) clipped += 1;
      if (x >= band && x < w - band && y >= band && y < h - band) continue;
      bandN += 1;
      const left = Y[y * w + Math.max(0, x - 1)] as number;
      const right = Y[y * w + Math.min(w - 1, x + 1)] as number;
      const up = Y[Math.max(0, y - 1) * w + x] as number;
      const down = Y[Math.min(h - 1, y + 1) * w + x] as number;
      const flat = Math.abs(left - right) + Math.abs(up - down) < 8;
      if (v < 45 && flat) {
        dark += 1;
        darkChroma += Math.abs(RG[i] as number) + Math.abs(BG[i] as number);
      }
    }
  }
  const sortedAll = Float32Array.from(Y).sort();
  const ratios: number[] = [];
  const papers: number[] = [];
  const paperPts: Array<[number, number, number]> = [];
  for (let cy = 0; cy + CELL <= h; cy += CELL) {
    for (let cx = 0; cx + CELL <= w; cx += CELL) {
      const vals = new Float32Array(CELL * CELL);
      let k = 0;
      for (let y = 0; y < CELL; y += 1) for (let x = 0; x < CELL; x += 1) vals[k++] = Y[(cy + y) * w + cx + x] as number;
      vals.sort();
      const paper = percentile(vals, 0.9);
      const ink = percentile(vals, 0.1);
      if (paper > 60 && paper < 250) paperPts.push([(cx + CELL / 2) / w - 0.5, (cy + CELL / 2) / h - 0.5, paper]);
      if (paper > 80 && paper - ink > 25) {
        ratios.push(ink / paper);
        papers.push(paper);
      }
    }
  }
  const sortedRatios = [...ratios].sort((a, b) => a - b);
  const rings = ringProfile(thumb);
  const sideFrame = sideFrames(thumb);
  const paperMean = paperPts.length > 0 ? paperPts.reduce((s, p) => s + p[2], 0) / paperPts.length : 1;
  return {
    borderDark: bandN > 0 ? dark / bandN : 0,
    borderDarkChroma: dark > 0 ? darkChroma / dark : 0,
    inkToPaper: sortedRatios.length > 0 ? percentile(sortedRatios, 0.5) : 1,
    glareCorrelation: correlation(papers, ratios),
    clipped: clipped / (w * h),
    lightingResidual: quadraticResidual(paperPts) / Math.max(1, paperMean),
    blackLevel: percentile(sortedAll, 0.01),
    ...rings,
    sideFrame,
  };
}

const RINGS = 6;

function ringProfile(thumb: Planes): Pick<SceneFeatures, 'ringLuma' | 'ringFlat' | 'ringTexture' | 'ringChroma'> {
  const { width: w, height: h } = thumb.luma;
  const Y = thumb.luma.data;
  const RG = thumb.redGreen.data;
  const BG = thumb.blueGreen.data;
  const half = Math.min(w, h) / 2;
  const n = new Array<number>(RINGS).fill(0);
  const luma = new Array<number>(RINGS).fill(0);
  const flat = new Array<number>(RINGS).fill(0);
  const texture = new Array<number>(RINGS).fill(0);
  const chroma = new Array<number>(RINGS).fill(0);
  for (let y = 1; y < h - 1; y += 1) {
    for (let x = 1; x < w - 1; x += 1) {
      const d = Math.min(x, w - 1 - x, y, h - 1 - y) / half;
      const k = Math.min(RINGS - 1, Math.floor(d * RINGS));
      const i = y * w + x;
      const g = Math.abs((Y[i + 1] as number) - (Y[i - 1] as number)) + Math.abs((Y[i + w] as number) - (Y[i - w] as number));
      n[k] = (n[k] as number) + 1;
      luma[k] = (luma[k] as number) + (Y[i] as number) / 255;
      flat[k] = (flat[k] as number) + (g < 6 ? 1 : 0);
      texture[k] = (texture[k] as number) + Math.min(g, 100) / 100;
      chroma[k] = (chroma[k] as number) + (Math.abs(RG[i] as number) + Math.abs(BG[i] as number)) / 255;
    }
  }
  const avg = (xs: number[]): number[] => xs.map((v, k) => ((n[k] as number) > 0 ? v / (n[k] as number) : 0));
  return { ringLuma: avg(luma), ringFlat: avg(flat), ringTexture: avg(texture), ringChroma: avg(chroma) };
}

/** Per side, share of positions along it with a dark flat run of ≥ 2 px within the outer 12 %. */
function sideFrames(thumb: Planes): number[] {
  const { width: w, height: h } = thumb.luma;
  const Y = thumb.luma.data;
  const at = (x: number, y: number): number => Y[Math.min(h - 1, Math.max(0, y)) * w + Math.min(w - 1, Math.max(0, x))] as number;
  const darkFlat = (x: number, y: number): boolean => {
    const v = at(x, y);
    if (v >= 55) return false;
    return Math.abs(at(x + 1, y) - at(x - 1, y)) + Math.abs(at(x, y + 1) - at(x, y - 1)) < 10;
  };
  const side = (length: number, depth: number, point: (pos: number, d: number) => [number, number]): number => {
    let covered = 0;
    for (let pos = 0; pos < length; pos += 1) {
      let run = 0;
      for (let d = 0; d < depth; d += 1) {
        const [x, y] = point(pos, d);
        run = darkFlat(x, y) ? run + 1 : 0;
        if (run >= 2) {
          covered += 1;
          break;
        }
      }
    }
    return covered / Math.max(1, length);
  };
  const dv = Math.max(3, Math.round(0.12 * h));
  const dh = Math.max(3, Math.round(0.12 * w));
  return [
    side(w, dv, (pos, d) => [pos, d]),
    side(w, dv, (pos, d) => [pos, h - 1 - d]),
    side(h, dh, (pos, d) => [d, pos]),
    side(h, dh, (pos, d) => [w - 1 - d, pos]),
  ].sort((a, b) => b - a);
}
