import type { MerchantFacts } from '@uplift/domain';
import type { FoundNumber } from './numbers';

/** The slot filler's scratch state: the canonical text, its numbers, which are spoken for, and the facts so far. */
export interface Work {
  text: string;
  numbers: FoundNumber[];
  used: Set<FoundNumber>;
  facts: MerchantFacts;
}

/** True when a number overlaps one of the spans. */
export const inside = (n: FoundNumber, spans: readonly { index: number; end: number }[]) =>
  spans.some((s) => n.index < s.end && n.end > s.index);

/** Start of the clause holding `at` (after the last comma, full stop or conjunction before it). */
export function clauseStart(text: string, at: number): number {
  const before = text.slice(0, at);
  const m = /.*(?:[，,。.!！？?；;\n]|\s(?:but|and then|so)\s|但是|可是|不过|现在|now)/s.exec(before);
  return m ? m[0].length : 0;
}

/** Words that make a message a correction ("不对，是22台", "not 20, sorry, 25"): the last value wins. */
export const CORRECTION =
  /(不对|说错|打错|错了|(?<![我你他她们])等(一)?下(?=\s*[，,])|应该是|更正|其实是|准确说|准确地说|纠正|换算成|折合|(?<=[哦噢喔呃啊])不是|actually|sorry|i mean|typo|typed wrong|mistyped|correction|let me correct|to be precise|no wait|wait,? no\b|scratch that|make that|瞎说|乱说|胡说)/i;

/** A correction word just before a figure or span: "sorry, 12", "说错了是二十二", "不对，12年". */
export const CORRECTED_TO = /(sorry|i mean|make that|actually|no wait|不对|说错了?|打错了?|应该是|更正)[\s,，—–-]*(是|it'?s|is)?\s*$/i;

/** A figure the message denies ("40万不是30万", "not 20, sorry, 25"): it is not a fact. */
export const deniedFigure = (w: Work, n: FoundNumber) =>
  /(不是|并非|而非|\bnot|isn'?t|wasn'?t)\s*$/i.test(w.text.slice(Math.max(0, n.index - 7), n.index));
