// Small summaries of a list of numbers, as the recapture features read them.

/** Arithmetic mean; 0 for an empty list. */
export const mean = (xs: number[]): number => (xs.length > 0 ? xs.reduce((s, v) => s + v, 0) / xs.length : 0);

/** The `p` quantile as the element at rank ceil(p·n) (no interpolation); 0 for an empty list. */
export const quantileOf = (xs: number[], p: number): number => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] as number;
};
