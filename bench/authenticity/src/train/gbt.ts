import type { BoostedTrees, TreeNode } from '@uplift/authenticity';

// Gradient-boosted trees with logistic loss (second-order leaf values, L2 on leaves), histogram
// splits on per-feature quantile bins. Small and deterministic: enough for a few dozen features and
// a few thousand images, and the result is plain data (BoostedTrees) that the library ships.

/** Training options. */
export interface GbtOptions {
  trees: number;
  depth: number;
  learningRate: number;
  /** Row share drawn (without replacement) for each tree. */
  subsample: number;
  /** Feature share considered at each tree. */
  colsample: number;
  minLeaf: number;
  lambda: number;
  bins: number;
  seed: number;
}

export const DEFAULT_GBT: GbtOptions = {
  trees: 200,
  depth: 3,
  learningRate: 0.08,
  subsample: 0.8,
  colsample: 0.8,
  minLeaf: 6,
  lambda: 2,
  bins: 32,
  seed: 7,
};

/** A labelled training matrix. */
export interface TrainingData {
  features: string[];
  x: number[][];
  y: number[];
  /** Per-sample weight (class balance), default 1. */
  w?: number[];
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function edges(values: number[], bins: number): number[] {
  const s = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  const out: number[] = [];
  for (let k = 1; k < bins; k += 1) {
    const v = s[Math.floor((k * s.length) / bins)];
    if (v !== undefined && (out.length === 0 || v > (out[out.length - 1] as number))) out.push(v);
  }
  return out;
}

const binOf = (e: number[], v: number): number => {
  let lo = 0;
  let hi = e.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v <= (e[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
};

/** Fits an ensemble. */
export function trainGbt(data: TrainingData, version: string, o: GbtOptions = DEFAULT_GBT): BoostedTrees {
  const n = data.y.length;
  const d = data.features.length;
  const w = data.w ?? new Array<number>(n).fill(1);
  const rand = mulberry32(o.seed);
  const featEdges = data.features.map((_, j) =>
    edges(
      data.x.map((r) => r[j] as number),
      o.bins,
    ),
  );
  const binned = data.x.map((r) => r.map((v, j) => binOf(featEdges[j] as number[], Number.isFinite(v) ? v : 0)));
  const pos = data.y.reduce((s, v, i) => s + v * (w[i] as number), 0);
  const tot = w.reduce((s, v) => s + v, 0);
  const base = Math.log(Math.max(1e-6, pos) / Math.max(1e-6, tot - pos));
  const f = new Array<number>(n).fill(base);
  const trees: TreeNode[][] = [];
  for (let t = 0; t < o.trees; t += 1) {
    const g = new Array<number>(n);
    const h = new Array<number>(n);
    for (let i = 0; i < n; i += 1) {
      const p = 1 / (1 + Math.exp(-(f[i] as number)));
      g[i] = (p - (data.y[i] as number)) * (w[i] as number);
      h[i] = Math.max(1e-6, p * (1 - p)) * (w[i] as number);
    }
    const rows = [...Array(n).keys()].filter(() => rand() < o.subsample);
    const cols = [...Array(d).keys()].filter(() => rand() < o.colsample);
    const nodes: TreeNode[] = [];
    const grow = (idx: number[], depth: number): number => {
      const at = nodes.length;
      nodes.push({ v: 0 });
      let G = 0;
      let H = 0;
      for (const i of idx) {
        G += g[i] as number;
        H += h[i] as number;
      }
      const leaf = (): number => {
        nodes[at] = { v: (-G / (H + o.lambda)) * o.learningRate };
        return at;
      };
      if (depth >= o.depth || idx.length < 2 * o.minLeaf) return leaf();
      let best = { gain: 1e-9, j: -1, b: -1 };
      const parent = (G * G) / (H + o.lambda);
      for (const j of cols) {
        const nb = (featEdges[j] as number[]).length + 1;
        const hg = new Float64Array(nb);
        const hh = new Float64Array(nb);
        const hc = new Int32Array(nb);
        for (const i of idx) {
          const b = (binned[i] as number[])[j] as number;
          hg[b] = (hg[b] as number) + (g[i] as number);
          hh[b] = (hh[b] as number) + (h[i] as number);
          hc[b] = (hc[b] as number) + 1;
        }
        let gl = 0;
        let hl = 0;
        let cl = 0;
        for (let b = 0; b < nb - 1; b += 1) {
          gl += hg[b] as number;
          hl += hh[b] as number;
          cl += hc[b] as number;
          const cr = idx.length - cl;
          if (cl < o.minLeaf || cr < o.minLeaf) continue;
          const gr = G - gl;
          const hr = H - hl;
          const gain = (gl * gl) / (hl + o.lambda) + (gr * gr) / (hr + o.lambda) - parent;
          if (gain > best.gain) best = { gain, j, b };
        }
      }
      if (best.j < 0) return leaf();
      const threshold = (featEdges[best.j] as number[])[best.b] as number;
      const left = idx.filter((i) => ((binned[i] as number[])[best.j] as number) <= best.b);
      const right = idx.filter((i) => ((binned[i] as number[])[best.j] as number) > best.b);
      const l = grow(left, depth + 1);
      const r = grow(right, depth + 1);
      nodes[at] = { f: best.j, t: threshold, l, r };
      return at;
    };
    grow(rows, 0);
    trees.push(nodes);
    for (let i = 0; i < n; i += 1) f[i] = (f[i] as number) + evalTree(nodes, data.x[i] as number[]);
  }
  return { version, features: data.features, base, trees: trees.map((nodes) => nodes.map(roundNode)) };
}

function evalTree(nodes: readonly TreeNode[], x: readonly number[]): number {
  let node = nodes[0];
  while (node && !('v' in node)) node = nodes[(Number.isFinite(x[node.f]) ? (x[node.f] as number) : 0) <= node.t ? node.l : node.r];
  return node && 'v' in node ? node.v : 0;
}

/** Log-odds of a row given as an array in the model's feature order. */
export function rowLogOdds(model: BoostedTrees, x: readonly number[]): number {
  return model.trees.reduce((s, t) => s + evalTree(t, x), model.base);
}

const r6 = (x: number): number => Math.round(x * 1e6) / 1e6;
const roundNode = (node: TreeNode): TreeNode => ('v' in node ? { v: r6(node.v) } : { f: node.f, t: r6(node.t), l: node.l, r: node.r });

/** Out-of-fold scores (probabilities) with `k` folds that keep groups together. */
export function outOfFold(data: TrainingData, groups: string[], k: number, o: GbtOptions = DEFAULT_GBT): number[] {
  const uniq = [...new Set(groups)].sort();
  // Deterministic group → fold assignment (hash of the name).
  const foldOf = new Map(
    uniq.map((gname) => {
      let hsh = 2166136261;
      for (let i = 0; i < gname.length; i += 1) hsh = Math.imul(hsh ^ gname.charCodeAt(i), 16777619) >>> 0;
      return [gname, hsh % k];
    }),
  );
  const out = new Array<number>(data.y.length).fill(0);
  for (let fold = 0; fold < k; fold += 1) {
    const tr = groups.map((gname, i) => (foldOf.get(gname) !== fold ? i : -1)).filter((i) => i >= 0);
    const te = groups.map((gname, i) => (foldOf.get(gname) === fold ? i : -1)).filter((i) => i >= 0);
    const model = trainGbt(
      {
        features: data.features,
        x: tr.map((i) => data.x[i] as number[]),
        y: tr.map((i) => data.y[i] as number),
        ...(data.w ? { w: tr.map((i) => (data.w as number[])[i] as number) } : {}),
      },
      'cv',
      o,
    );
    for (const i of te) out[i] = 1 / (1 + Math.exp(-rowLogOdds(model, data.x[i] as number[])));
  }
  return out;
}
