import type { Plane } from '../image/raster';
import type { RelBox } from './fine-hashes';

// Where one picture sits inside another. A copy passed on is often a crop (of any size and place)
// or a screenshot around the picture; the fine hashes' fixed window grid (sides 0.7–1) misses small
// or off-grid crops, and a denser grid raises unrelated pairs as much as it finds crops (ADR 0031).
// Instead the place is searched directly: zero-mean normalised cross-correlation of the other picture,
// shrunk to each of a ladder of scales, over every position in a ~40 px thumbnail of the container
// (and of its mirror). The box found is only a starting point: the caller judges it by fine hashes.

/** Longer side of the container thumbnail the search runs on. */
const SEARCH_SIDE = 32;
/** Longer side of the view the best coarse place is refined on (position and width within a few pixels). */
const REFINE_SIDE = 64;
/** How far (pixels of the refining view) the refinement moves the place and changes its width. */
const REFINE_REACH = 3;
/** Longer side of the copy templates are shrunk from (cheaper than from the 256 px thumbnail, finer than the search). */
const TEMPLATE_SOURCE_SIDE = 96;
/** Ratio between consecutive template widths. */
const SCALE_STEP = 1.07;
/** Smallest template area, as a share of the container's (crops below ~0.3 of each side are not searched). */
const MIN_AREA = 0.1;
/** Fewest template pixels for a correlation to mean anything. */
const MIN_PIXELS = 60;

/** A place found for the other picture: a box of the (mirrored, when `mirror`) container and its correlation. */
export interface Placement {
  box: RelBox;
  mirror: boolean;
  ncc: number;
}

/** Area-average resampling of a relative box of `p` to w×h. */
export function resampleBox(p: Plane, box: RelBox, w: number, h: number): Plane {
  const out = new Float32Array(w * h);
  const [x0, y0, x1, y1] = box;
  for (let j = 0; j < h; j += 1) {
    const ya = Math.floor((y0 + ((y1 - y0) * j) / h) * p.height);
    const yb = Math.max(ya + 1, Math.floor((y0 + ((y1 - y0) * (j + 1)) / h) * p.height));
    for (let i = 0; i < w; i += 1) {
      const xa = Math.floor((x0 + ((x1 - x0) * i) / w) * p.width);
      const xb = Math.max(xa + 1, Math.floor((x0 + ((x1 - x0) * (i + 1)) / w) * p.width));
      let s = 0;
      let c = 0;
      for (let y = ya; y < Math.min(yb, p.height); y += 1)
        for (let x = xa; x < Math.min(xb, p.width); x += 1) {
          s += p.data[y * p.width + x] as number;
          c += 1;
        }
      out[j * w + i] = c > 0 ? s / c : 0;
    }
  }
  return { width: w, height: h, data: out };
}

/** `p` scaled (area average) so that its longer side is `side`. */
function shrink(p: Plane, side: number): Plane {
  const k = side / Math.max(p.width, p.height);
  return resampleBox(p, [0, 0, 1, 1], Math.max(1, Math.round(p.width * k)), Math.max(1, Math.round(p.height * k)));
}

function mirrored(p: Plane): Plane {
  const out = new Float32Array(p.data.length);
  for (let y = 0; y < p.height; y += 1)
    for (let x = 0; x < p.width; x += 1) out[y * p.width + x] = p.data[y * p.width + p.width - 1 - x] as number;
  return { ...p, data: out };
}

/** A search view of a picture (as it is or mirrored) and its summed-area tables. */
interface View {
  plane: Plane;
  sums: { s: Float64Array; s2: Float64Array };
}

/** What the search needs of one picture, derived once: its search thumbnail and mirror with their sums, and its templates. */
interface Prepared {
  views: View[];
  fineViews: View[];
  source: Plane;
  templates: Map<string, Plane>;
}

const prepared = new WeakMap<Plane, Prepared>();

function prepare(p: Plane): Prepared {
  const known = prepared.get(p);
  if (known) return known;
  const both = (side: number): View[] => {
    const base = shrink(p, side);
    return [base, mirrored(base)].map((plane) => ({ plane, sums: integrals(plane) }));
  };
  const made: Prepared = {
    views: both(SEARCH_SIDE),
    fineViews: both(REFINE_SIDE),
    source: shrink(p, TEMPLATE_SOURCE_SIDE),
    templates: new Map(),
  };
  prepared.set(p, made);
  return made;
}

function template(p: Prepared, w: number, h: number): Plane {
  const key = `${w}x${h}`;
  const known = p.templates.get(key);
  if (known) return known;
  const t = resampleBox(p.source, [0, 0, 1, 1], w, h);
  p.templates.set(key, t);
  return t;
}

/** Summed-area tables of values and squares, (w+1)×(h+1). */
function integrals(p: Plane): { s: Float64Array; s2: Float64Array } {
  const W = p.width + 1;
  const s = new Float64Array(W * (p.height + 1));
  const s2 = new Float64Array(W * (p.height + 1));
  for (let y = 0; y < p.height; y += 1) {
    let row = 0;
    let row2 = 0;
    for (let x = 0; x < p.width; x += 1) {
      const v = p.data[y * p.width + x] as number;
      row += v;
      row2 += v * v;
      s[(y + 1) * W + x + 1] = (s[y * W + x + 1] as number) + row;
      s2[(y + 1) * W + x + 1] = (s2[y * W + x + 1] as number) + row2;
    }
  }
  return { s, s2 };
}

/** Best normalised cross-correlation of template `t` over the positions of `c` from (x0, y0) to (x1, y1), clipped to fit. */
function bestPosition(
  { plane: c, sums }: View,
  t: Plane,
  [x0, y0, x1, y1] = [0, 0, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
): { x: number; y: number; ncc: number } {
  const n = t.width * t.height;
  let mean = 0;
  for (const v of t.data) mean += v;
  mean /= n;
  const t0 = t.data.map((v) => v - mean);
  let tn = 0;
  for (const v of t0) tn += v * v;
  const best = { x: 0, y: 0, ncc: -1 };
  if (tn < n) return best; // a flat template correlates with nothing
  const W = c.width + 1;
  const area = (a: Float64Array, x: number, y: number): number =>
    (a[(y + t.height) * W + x + t.width] as number) -
    (a[y * W + x + t.width] as number) -
    (a[(y + t.height) * W + x] as number) +
    (a[y * W + x] as number);
  for (let y = Math.max(0, y0); y <= Math.min(y1, c.height - t.height); y += 1) {
    for (let x = Math.max(0, x0); x <= Math.min(x1, c.width - t.width); x += 1) {
      const s = area(sums.s, x, y);
      const variance = area(sums.s2, x, y) - (s * s) / n;
      if (variance < n) continue;
      let dot = 0;
      for (let j = 0; j < t.height; j += 1) {
        const row = (y + j) * c.width + x;
        const trow = j * t.width;
        for (let i = 0; i < t.width; i += 1) dot += (t0[trow + i] as number) * (c.data[row + i] as number);
      }
      const ncc = dot / Math.sqrt(tn * variance);
      if (ncc > best.ncc) Object.assign(best, { x, y, ncc });
    }
  }
  return best;
}

/** The coarse place refined on the finer view: position and width moved by up to `REFINE_REACH` pixels there. */
function refinePlace(view: View, source: Prepared, aspect: number, coarse: Placement): Placement {
  const c = view.plane;
  const [bx0, by0, bx1] = coarse.box;
  const cx = Math.round(bx0 * c.width);
  const cy = Math.round(by0 * c.height);
  const cw = Math.round((bx1 - bx0) * c.width);
  let best = coarse;
  for (let tw = cw - REFINE_REACH; tw <= cw + REFINE_REACH; tw += 1) {
    const th = Math.round(tw * aspect);
    if (tw < 4 || th < 4 || tw > c.width || th > c.height) continue;
    const p = bestPosition(view, template(source, tw, th), [cx - REFINE_REACH, cy - REFINE_REACH, cx + REFINE_REACH, cy + REFINE_REACH]);
    if (p.ncc > best.ncc)
      best = { box: [p.x / c.width, p.y / c.height, (p.x + tw) / c.width, (p.y + th) / c.height], mirror: coarse.mirror, ncc: p.ncc };
  }
  return best;
}

/**
 * Where `other` best fits inside `container` (either as it is or mirrored), over template widths
 * from the container's full width down to the smallest area searched, refined on a finer view.
 * Null when no scale fits.
 */
export function locateInside(container: Plane, other: Plane): Placement | null {
  const { views, fineViews } = prepare(container);
  const source = prepare(other);
  const aspect = other.height / other.width;
  let best: Placement | null = null;
  for (const [k, view] of views.entries()) {
    const c = view.plane;
    for (let tw = c.width; tw >= 4; tw = Math.min(tw - 1, Math.round(tw / SCALE_STEP))) {
      const th = Math.round(tw * aspect);
      if (th > c.height || th < 4) continue;
      if (tw * th < MIN_AREA * c.width * c.height || tw * th < MIN_PIXELS) break;
      const p = bestPosition(view, template(source, tw, th));
      if (!best || p.ncc > best.ncc)
        best = { box: [p.x / c.width, p.y / c.height, (p.x + tw) / c.width, (p.y + th) / c.height], mirror: k === 1, ncc: p.ncc };
    }
  }
  const fine = best ? fineViews[best.mirror ? 1 : 0] : undefined;
  if (!best || !fine) return best;
  // The refined correlation is on another view: keep the coarse one as the place's strength.
  return { ...refinePlace(fine, source, aspect, { ...best, ncc: -1 }), ncc: best.ncc };
}
