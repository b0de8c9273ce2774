// The benchmark's personas draw from the same mulberry32 generator as the synthetic evidence.
export { prng } from '@uplift/evidence-synth';

/** One element of a list, chosen with `random`. */
export function pick<T>(random: () => number, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}
