// Multinomial logistic regression over sparse binary features, trained full-batch with Adam and an
// exact L2 penalty: deterministic (no sampling), and small enough (a thousand messages) to take a
// second. Only the training script and the cross-validation use it; the engine only scores.
import type { Intent } from '@uplift/domain';
import type { IntentAdviserModel } from '@uplift/dialogue';

export interface Example {
  features: readonly string[];
  label: Intent;
}

export interface TrainOptions {
  /** L2 penalty per weight (summed loss over examples + l2/2 · ‖w‖²). */
  l2: number;
  epochs: number;
  /** A feature seen in fewer training messages than this is left out of the model. */
  minCount: number;
  learningRate: number;
}

/** The shipped settings (chosen by cross-validation on dev data, docs/adr/0035); ADVISER_* variables override them for experiments. */
export const DEFAULT_OPTIONS: TrainOptions = {
  l2: Number(process.env['ADVISER_L2'] ?? 0.3),
  epochs: Number(process.env['ADVISER_EPOCHS'] ?? 300),
  minCount: Number(process.env['ADVISER_MIN'] ?? 2),
  learningRate: 0.05,
};

/** A trained model with real-valued weights (quantise before shipping). */
export interface FloatModel {
  labels: Intent[];
  bias: number[];
  weights: Map<string, Float64Array>;
}

export function train(examples: readonly Example[], labels: readonly Intent[], options: TrainOptions = DEFAULT_OPTIONS): FloatModel {
  const k = labels.length;
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts.entries()].filter(([, n]) => n >= options.minCount).map(([f]) => f);
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({
    features: e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
    label: labels.indexOf(e.label),
  }));
  const size = (vocabulary.length + 1) * k; // the last row is the bias
  const w = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const grad = new Float64Array(size);
  const biasAt = vocabulary.length * k;
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  const logits = new Float64Array(k);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    grad.fill(0);
    for (const row of rows) {
      for (let c = 0; c < k; c++) logits[c] = w[biasAt + c] ?? 0;
      for (const f of row.features) for (let c = 0; c < k; c++) logits[c] = (logits[c] ?? 0) + (w[f * k + c] ?? 0);
      let top = -Infinity;
      for (let c = 0; c < k; c++) top = Math.max(top, logits[c] ?? 0);
      let sum = 0;
      for (let c = 0; c < k; c++) sum += logits[c] = Math.exp((logits[c] ?? 0) - top);
      for (let c = 0; c < k; c++) {
        const g = (logits[c] ?? 0) / sum - (c === row.label ? 1 : 0);
        grad[biasAt + c] = (grad[biasAt + c] ?? 0) + g;
        for (const f of row.features) grad[f * k + c] = (grad[f * k + c] ?? 0) + g;
      }
    }
    for (let i = 0; i < size; i++) {
      const g = (grad[i] ?? 0) + (i < biasAt ? options.l2 * (w[i] ?? 0) : 0);
      m[i] = b1 * (m[i] ?? 0) + (1 - b1) * g;
      v[i] = b2 * (v[i] ?? 0) + (1 - b2) * g * g;
      const mh = (m[i] ?? 0) / (1 - b1 ** epoch);
      const vh = (v[i] ?? 0) / (1 - b2 ** epoch);
      w[i] = (w[i] ?? 0) - (options.learningRate * mh) / (Math.sqrt(vh) + eps);
    }
  }
  const weights = new Map(vocabulary.map((f, i) => [f, w.slice(i * k, (i + 1) * k)]));
  return { labels: [...labels], bias: Array.from(w.slice(biasAt)), weights };
}

/** Probabilities of a float model for one feature list (the same arithmetic as scoreIntents). */
export function probabilities(model: FloatModel, features: readonly string[]): number[] {
  const logits = model.bias.slice();
  for (const f of features) {
    const row = model.weights.get(f);
    if (row) for (let c = 0; c < logits.length; c++) logits[c] = (logits[c] ?? 0) + (row[c] ?? 0);
  }
  const top = Math.max(...logits);
  const exp = logits.map((l) => Math.exp(l - top));
  const sum = exp.reduce((a, e) => a + e, 0);
  return exp.map((e) => e / sum);
}

/** The shipped form: integer weights (÷ scale), rows whose every weight rounds to 0 dropped. */
export function quantise(model: FloatModel, version: string, scale: number, training: Record<string, unknown>): IntentAdviserModel {
  const weights: Record<string, number[]> = {};
  for (const [f, row] of [...model.weights.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const ints = Array.from(row, (x) => Math.round(x * scale));
    if (ints.some((x) => x !== 0)) weights[f] = ints;
  }
  return { version, labels: model.labels, scale, bias: model.bias.map((x) => Math.round(x * scale)), weights, training };
}
