// Inference for the small gradient-boosted tree ensembles the learned checks ship as data
// (trained by bench/authenticity/src/train/gbt.ts; logistic loss, shallow trees).

/** One node: a split (feature index, threshold, children) or a leaf (value). */
export type TreeNode = { f: number; t: number; l: number; r: number } | { v: number };

/** A trained ensemble: feature names in input order, base log-odds, trees as flat node arrays (root first). */
export interface BoostedTrees {
  version: string;
  features: readonly string[];
  base: number;
  trees: ReadonlyArray<readonly TreeNode[]>;
}

/** Log-odds of one feature vector (missing features count as 0). */
export function logOdds(model: BoostedTrees, x: Readonly<Record<string, number>>): number {
  const v = model.features.map((name) => (Number.isFinite(x[name]) ? (x[name] as number) : 0));
  let s = model.base;
  for (const tree of model.trees) {
    let node = tree[0];
    while (node && !('v' in node)) node = tree[(v[node.f] as number) <= node.t ? node.l : node.r];
    s += node && 'v' in node ? node.v : 0;
  }
  return s;
}

/** Probability 0..1 of the positive class. */
export function probability(model: BoostedTrees, x: Readonly<Record<string, number>>): number {
  return 1 / (1 + Math.exp(-logOdds(model, x)));
}
