// A figure found in a merchant's text, and the rule that admits it: a plausible size, no overlap with
// a figure already found, not a share or an ordinal, and hedged when the words around it hedge.

/** Largest figure the dialogue accepts; anything bigger is noise, not a business fact. */
export const MAX_FIGURE = 1e12;

/** A number found in text, with where it was. */
export interface FoundNumber {
  value: number;
  index: number;
  end: number;
  /** True when the text hedged the figure (大概, 来, about, around, a range...). */
  approximate: boolean;
  /** True when the figure carried a money-sized scale (万, k, million...). */
  scaled: boolean;
  /** The scale the figure carried (10,000 for 万), 1 when none: a range's bare low end borrows it. */
  unit?: number;
}

const HEDGES = /(大概|大约|约|差不多|左右|上下|将近|接近|估计|可能|about|around|roughly|approximately|approx|~|nearly|almost|some)/i;
/** A figure that is a share or a count of digits (20%, 七位数), not an amount. */
const NOT_AN_AMOUNT_AFTER = /^\s*(%|％|percent|个点|成(?![本交立])|位数|figures|digits)/i;

function hedgedNear(text: string, index: number, end: number): boolean {
  const before = text.slice(Math.max(0, index - 8), index);
  const after = text.slice(end, end + 6);
  return HEDGES.test(before) || /^\s*(左右|上下|出头|多|来|-?ish|-?odd|\+|plus|or so)/i.test(after);
}

function overlaps(found: readonly FoundNumber[], index: number, end: number): boolean {
  return found.some((f) => index < f.end && end > f.index);
}

/** Adds a figure to `found` unless it is out of range, overlaps one already found, or is a share, digit count or ordinal. */
export function addFound(
  found: FoundNumber[],
  text: string,
  value: number,
  index: number,
  end: number,
  hedged: boolean,
  unit: number,
): void {
  if (!Number.isFinite(value) || value < 0 || value > MAX_FIGURE) return;
  if (overlaps(found, index, end)) return;
  if (NOT_AN_AMOUNT_AFTER.test(text.slice(end, end + 8)) || /第\s*$/.test(text.slice(Math.max(0, index - 2), index))) return;
  found.push({ value, index, end, approximate: hedged || hedgedNear(text, index, end), scaled: unit > 1, unit });
}
