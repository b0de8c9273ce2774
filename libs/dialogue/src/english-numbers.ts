import { allMatches } from '@uplift/domain';
import { addFound, type FoundNumber } from './found-number';
import { SCALE_WORDS } from './number-scales';

// English number words and phrases: "two", "a dozen", "two hundred thousand", "half a million".

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

const EN_TOKEN =
  /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|couple|half|hundred|thousand|grand|million|billion)\b/gi;

/** English number phrases: "two hundred thousand", "half a million", "a hundred grand", "twenty five". */
export function englishPhrases(text: string, found: FoundNumber[]): void {
  const tokens = allMatches(text, EN_TOKEN);
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
    // A scale written after the words ("eighty k", "sixty万", "two lakh" is already a word): it multiplies them.
    const scale = unit === 1 ? SCALE_AFTER_WORDS.exec(text.slice(end, end + 8)) : null;
    const factor = scale ? (SCALE_WORDS[(scale[1] ?? '').toLowerCase()] ?? 1) : 1;
    if (value > 0) addFound(found, text, value * factor, index, end + (scale?.[0].length ?? 0), false, factor > 1 ? factor : unit);
  }
}

const SCALE_AFTER_WORDS = /^\s*(k|w|m|mn|万|萬|千|百万|千万|亿)(?![a-z])/i;
