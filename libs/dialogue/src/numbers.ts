import { CHINESE_NUMERAL_CHARS, parseChineseNumeral as parseNumeral } from '@uplift/domain';

/** Largest figure the dialogue accepts; anything bigger is noise, not a business fact. */
export const MAX_FIGURE = 1e12;

/** A Chinese numeral as merchants say it: 一百二十万, 三十五, and the colloquial 三万五 (35,000); null when it is not one. */
export function parseChineseNumeral(text: string): number | null {
  return parseNumeral(text, { colloquial: true });
}

const ENGLISH_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  couple: 2,
  half: 0.5,
};
const ENGLISH_MULTIPLIERS: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  grand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};

/** Parses a small English number word ("two", "a", "dozen"); null otherwise. */
export function parseEnglishNumberWord(word: string): number | null {
  return ENGLISH_WORDS[word.toLowerCase()] ?? null;
}

const SCALE_WORDS: Record<string, number> = {
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

const ARABIC = String.raw`(\d{1,3}(?:,\d{3})+(?!\d)|\d{1,15}(?:\.\d+)?)`;
const SCALE = String.raw`(百万|千万|万|萬|千|亿|million|thousand|grand|billion|lakhs?|lacs?|crores?|mil|mn|k|m|b|w)?`;
const HEDGE_SUFFIX = '(多|来|余|几)?';
const RANGE_RE = new RegExp(`${ARABIC}\\s*(?:-|~|～|到|至|to)\\s*${ARABIC}\\s*${SCALE}(?![a-z])`, 'gi');
const ARABIC_RE = new RegExp(`${ARABIC}\\s*${HEDGE_SUFFIX}\\s*${SCALE}(?![a-z])(\\d(?![\\d.]))?`, 'gi');
const CHINESE_RE = new RegExp(`([${CHINESE_NUMERAL_CHARS}几]+)(多|来|余)?(万|亿)?`, 'g');
/** Currency codes written onto a figure (rm50k, hkd8000): the figure stays one. */
const CURRENCY_PREFIX = /(^|[^a-z])(rm|rs|inr|hkd|sgd|usd|rmb|cny|myr|aud|nt|ntd|php|idr|us|hk|s)$/i;
const HEDGES = /(大概|大约|约|差不多|左右|上下|将近|接近|估计|可能|about|around|roughly|approximately|approx|~|nearly|almost|some)/i;
/** 一 that belongs to a word (一共, 一起, 一般...), and ordinals or words a numeral sits in (第一, 统一, 万一). */
const WORD_AFTER_ONE = /^[共起般直定些下点样切向边旦律概贯致手会开再同块身心路次]/;
const WORD_BEFORE_NUMERAL = /[第统唯之万星]$/;
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

function push(found: FoundNumber[], text: string, value: number, index: number, end: number, hedged: boolean, unit: number): void {
  if (!Number.isFinite(value) || value < 0 || value > MAX_FIGURE) return;
  if (overlaps(found, index, end)) return;
  if (NOT_AN_AMOUNT_AFTER.test(text.slice(end, end + 8)) || /第\s*$/.test(text.slice(Math.max(0, index - 2), index))) return;
  found.push({ value, index, end, approximate: hedged || hedgedNear(text, index, end), scaled: unit > 1, unit });
}

/** Parses the Chinese core of a numeral, with 几 (十几 = 15) and adjacent digits (三四 = 3.5). */
function chineseCore(core: string): { value: number; hedged: boolean } | null {
  if (core.startsWith('几')) return null; // 几十万: too vague to be a figure
  let hedged = false;
  let text = core;
  if (text.includes('几')) {
    hedged = true;
    text = text.replace(/几/g, '五');
  }
  // 三四万 / 二三十: two adjacent digits name a range; take its middle.
  const adjacent = /^([一二两三四五六七八九])([二三四五六七八九])(.*)$/.exec(text);
  if (adjacent?.[1] && adjacent[2] && adjacent[3] !== undefined) {
    const low = parseChineseNumeral(adjacent[1] + adjacent[3]);
    const high = parseChineseNumeral(adjacent[2] + adjacent[3]);
    if (low !== null && high !== null && high > low) return { value: (low + high) / 2, hedged: true };
  }
  const value = parseChineseNumeral(text);
  return value === null ? null : { value, hedged };
}

const EN_TOKEN =
  /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|couple|half|hundred|thousand|grand|million|billion)\b/gi;

/** English number phrases: "two hundred thousand", "half a million", "a hundred grand", "twenty five". */
function englishPhrases(text: string, found: FoundNumber[]): void {
  const tokens = [...text.matchAll(EN_TOKEN)];
  let i = 0;
  while (i < tokens.length) {
    const group = [tokens[i]];
    while (i + group.length < tokens.length) {
      const prev = group[group.length - 1];
      const next = tokens[i + group.length];
      if (!prev || !next) break;
      const gap = text.slice((prev.index ?? 0) + prev[0].length, next.index ?? 0);
      if (!/^(\s+|\s*-\s*|\s+and\s+|\s+a\s+)$/i.test(gap)) break;
      // "a" continues a number only before a multiplier: "half a million", "half a dozen", not "million a month".
      const word = next[1]?.toLowerCase();
      const after = tokens[i + group.length + 1]?.[1]?.toLowerCase() ?? '';
      if ((word === 'a' || word === 'an') && !(after in ENGLISH_MULTIPLIERS) && after !== 'dozen') break;
      group.push(next);
    }
    i += group.length;
    let total = 0;
    let current = 0;
    let sawAny = false;
    for (const [k, m] of group.entries()) {
      const word = (m?.[1] ?? '').toLowerCase();
      const following = (group[k + 1]?.[1] ?? '').toLowerCase();
      // "a couple", "a dozen": the article is not a number of its own.
      if ((word === 'a' || word === 'an') && (following === 'couple' || following === 'dozen')) continue;
      const mult = ENGLISH_MULTIPLIERS[word];
      if (mult !== undefined) {
        const base = current === 0 ? 1 : current;
        if (mult >= 1_000) {
          total += base * mult;
          current = 0;
        } else current = base * mult;
      } else {
        const value = ENGLISH_WORDS[word] ?? 0;
        // "two dozen", "a couple dozen", "half a dozen": dozen multiplies what came before.
        if (word === 'dozen' && current > 0) {
          current *= 12;
          sawAny = true;
          continue;
        }
        // "half a million": half multiplies what follows.
        current = word === 'half' ? 0.5 : current > 0 && current < 1 ? current : current + value;
      }
      sawAny = true;
    }
    const first = group[0];
    const last = group[group.length - 1];
    if (!sawAny || !first || !last) continue;
    const value = total + current;
    const index = first.index ?? 0;
    const end = (last.index ?? 0) + last[0].length;
    const unit = Math.max(1, ...group.map((m) => ENGLISH_MULTIPLIERS[(m?.[1] ?? '').toLowerCase()] ?? 0).filter((x) => x >= 1_000));
    // A lone article before a period ("600k a month") is the period's, not a count.
    const lone = group.length === 1 && /^an?$/i.test(first[1] ?? '');
    if (lone && /^\s*(day|week|month|year|quarter|fortnight|while|bit|few|lot|little|staff|member)/i.test(text.slice(end, end + 12)))
      continue;
    if (value > 0) push(found, text, value, index, end, false, unit);
  }
}

/** Finds every amount or count in free text: 20万, 1.5 million, 300,000, 一百二十万, 三十来万, 30k, 20-30万. */
export function findNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const m of text.matchAll(RANGE_RE)) {
    const low = Number((m[1] ?? '').replace(/,/g, ''));
    const high = Number((m[2] ?? '').replace(/,/g, ''));
    const scale = m[3] ? (SCALE_WORDS[m[3].toLowerCase()] ?? 1) : 1;
    if (!(high > low)) continue;
    const index = m.index ?? 0;
    push(found, text, Math.round(((low + high) / 2) * scale), index, index + m[0].length, true, scale);
  }
  for (const m of text.matchAll(ARABIC_RE)) {
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
    push(found, text, Math.round(base * scale + tail), index, end, Boolean(m[2]), scale);
  }
  for (const m of text.matchAll(CHINESE_RE)) {
    let core = m[1] ?? '';
    // 一万一天 is 10,000 a day, not 11,000: a trailing 一 before a period unit is the period's.
    const periodOne =
      !m[2] && !m[3] && /[万萬千]一$/.test(core) && /^(天|年|周|个?月|礼拜|星期)/.test(text.slice((m.index ?? 0) + m[0].length));
    if (periodOne) core = core.slice(0, -1);
    // A lone 万/千/百 without digits ("万一", "千万别") is not a number.
    if (!/[零〇一壹二贰两俩三叁四肆五伍六陆七柒八捌九玖十拾]/.test(core)) continue;
    // A numeral never starts with a large unit: 万一 ("in case") and 千万 ("by all means") are words.
    if (/^[万萬亿千仟百佰]/.test(core)) continue;
    const index = m.index ?? 0;
    const end = index + m[0].length - (periodOne ? 1 : 0);
    if (core === '一' && (WORD_AFTER_ONE.test(text.slice(end, end + 1)) || WORD_BEFORE_NUMERAL.test(text.slice(0, index)))) continue;
    const parsed = chineseCore(core);
    if (parsed === null) continue;
    const scale = m[3] ? (SCALE_WORDS[m[3]] ?? 1) : 1;
    const inner = /[亿億]/.test(core) ? 100_000_000 : /[万萬]/.test(core) ? 10_000 : /[千仟]/.test(core) ? 1_000 : 1;
    const value = parsed.value * scale;
    push(
      found,
      text,
      Number.isInteger(value) || value > 1_000 ? Math.round(value) : value,
      index,
      end,
      Boolean(m[2]) || parsed.hedged,
      Math.max(scale, inner),
    );
  }
  // 过千万 / 上百万 / 近亿: a round order of magnitude.
  for (const m of text.matchAll(/(?<=过|上|近|超过?|破|达到?|将近|成|接近)(百万|千万|亿)/g)) {
    const index = m.index ?? 0;
    push(found, text, SCALE_WORDS[m[0]] ?? 1, index, index + m[0].length, true, SCALE_WORDS[m[0]] ?? 1);
  }
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
