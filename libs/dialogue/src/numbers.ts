import { allMatches } from '@uplift/domain';
import { chineseNumerals, roundMagnitudes } from './chinese-numbers';
import { englishPhrases } from './english-numbers';
import { addFound, type FoundNumber } from './found-number';
import { SCALE_WORDS } from './number-scales';

export { parseChineseNumeral } from './chinese-numbers';
export { parseEnglishNumberWord } from './english-numbers';
export { MAX_FIGURE, type FoundNumber } from './found-number';

// Amounts and counts in free text. Arabic figures and ranges are read here; Chinese numerals
// (chinese-numbers.ts) and English number words (english-numbers.ts) in their own modules. Every
// reader adds through `addFound`, in this order, so an earlier reading of a span wins.

const ARABIC = String.raw`(\d{1,3}(?:,\d{3})+(?!\d)|\d{1,15}(?:\.\d+)?)`;
const SCALE = String.raw`(百万|千万|万|萬|千|亿|million|thousand|grand|billion|lakhs?|lacs?|crores?|mil|mn|k|m|b|w)?`;
const HEDGE_SUFFIX = '(多|来|余|几)?';
const RANGE_RE = new RegExp(`${ARABIC}\\s*(?:-|~|～|到|至|to)\\s*${ARABIC}\\s*${SCALE}(?![a-z])`, 'gi');
const ARABIC_RE = new RegExp(`${ARABIC}\\s*${HEDGE_SUFFIX}\\s*${SCALE}(?![a-z])(\\d(?![\\d.]))?`, 'gi');
/** Currency codes written onto a figure (rm50k, hkd8000): the figure stays one. */
const CURRENCY_PREFIX = /(^|[^a-z])(rm|rs|inr|hkd|sgd|usd|rmb|cny|myr|aud|nt|ntd|php|idr|us|hk|s)$/i;

/** Finds every amount or count in free text: 20万, 1.5 million, 300,000, 一百二十万, 三十来万, 30k, 20-30万. */
export function findNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const m of allMatches(text, RANGE_RE)) {
    const low = Number((m[1] ?? '').replace(/,/g, ''));
    const high = Number((m[2] ?? '').replace(/,/g, ''));
    const scale = m[3] ? (SCALE_WORDS[m[3].toLowerCase()] ?? 1) : 1;
    if (!(high > low)) continue;
    const index = m.index ?? 0;
    addFound(found, text, Math.round(((low + high) / 2) * scale), index, index + m[0].length, true, scale);
  }
  for (const m of allMatches(text, ARABIC_RE)) {
    const base = Number((m[1] ?? '').replace(/,/g, ''));
    const scaleWord = m[3]?.toLowerCase();
    const scale = scaleWord ? (SCALE_WORDS[scaleWord] ?? 1) : 1;
    // 3万5 = 35,000; 2千5 = 2,500.
    const tail = m[4] && scale >= 1_000 ? Number(m[4]) * (scale / 10) : 0;
    const index = m.index ?? 0;
    // Digits inside a Latin token (b2b, o2o, mp3, covid19) are not figures; currency codes (rm50k) are.
    if (/[a-z]$/i.test(text.slice(0, index)) && !CURRENCY_PREFIX.test(text.slice(Math.max(0, index - 4), index))) continue;
    let end = index + m[0].length;
    if (m[4] && tail === 0) end -= 1;
    addFound(found, text, Math.round(base * scale + tail), index, end, Boolean(m[2]), scale);
  }
  chineseNumerals(text, found);
  roundMagnitudes(text, found);
  englishPhrases(text, found);
  return mergeRanges(
    text,
    found.sort((a, b) => a.index - b.index),
  );
}

const RANGE_GAP = /^\s*(?:-|~|～|到|至|或者?|to|or)\s*$/i;

/** 十五到二十万, 3万到5万, between 150k and 200k: a range becomes its midpoint; a bare low end borrows the high end's scale. */
function mergeRanges(text: string, found: FoundNumber[]): FoundNumber[] {
  const out: FoundNumber[] = [];
  for (let i = 0; i < found.length; i += 1) {
    const a = found[i];
    const b = found[i + 1];
    if (!a) continue;
    const gap = b ? text.slice(a.end, b.index) : '';
    const between = /^\s*and\s*$/i.test(gap) && /between\s*$/i.test(text.slice(Math.max(0, a.index - 9), a.index));
    if (b && (RANGE_GAP.test(gap) || between)) {
      const unitA = a.unit ?? 1;
      const unitB = b.unit ?? 1;
      const low = unitA === 1 && unitB > 1 && a.value * unitB <= b.value ? a.value * unitB : a.value;
      if (b.value > low) {
        out.push({
          value: Math.round((low + b.value) / 2),
          index: a.index,
          end: b.end,
          approximate: true,
          scaled: b.scaled || a.scaled,
          unit: Math.max(unitA, unitB),
        });
        i += 1;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
