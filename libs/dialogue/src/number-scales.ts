// Words that multiply the figure they follow: 20万, 30k, 1.5 million, 2 lakh.

/** Multiplier of each scale word (lower case). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  k: 1_000,
  thousand: 1_000,
  grand: 1_000,
  m: 1_000_000,
  mn: 1_000_000,
  mil: 1_000_000,
  million: 1_000_000,
  b: 1_000_000_000,
  billion: 1_000_000_000,
  lakh: 100_000,
  lakhs: 100_000,
  lac: 100_000,
  lacs: 100_000,
  crore: 10_000_000,
  crores: 10_000_000,
  万: 10_000,
  萬: 10_000,
  千: 1_000,
  百万: 1_000_000,
  千万: 10_000_000,
  亿: 100_000_000,
  w: 10_000,
};
