// What a sentence does with what it mentions: asserts it, asks about it, denies it, supposes it, or
// reports someone else saying it. Irreversible intents count only in an assertive clause.

/** A clause of a message and how it is said. */
export interface Clause {
  text: string;
  /** Offset of the clause in the message. */
  start: number;
  question: boolean;
  hypothetical: boolean;
  reported: boolean;
}

const BOUNDARY = /[，,。！!？?；;\n~～…]+|(?:\s|^)(?:but|however|though|although|and then|so)\s|但是|可是|不过|然后|所以/gi;
const ZH_QUESTION_END = /(吗|么|嘛|呢|吧\s*[?？]|没有|没|不)\s*$/;
const ZH_QUESTION = /(是不是|是否|会不会|能不能|可不可以|可以不|要不要|有没有|行不行|好不好|对不对|怎么|怎样|如何|为什么|为啥|什么|多久|几时|哪|谁)/;
const EN_QUESTION_START = /^\s*(?:and |so |but |also )?(is|are|was|were|do(?!\s+not)|does(?!\s+not)|did(?!\s+not)|can|could|will|would|shall|should|may|might|have|has|had|what|when|where|why|how|who|which|whether)\b/i;
const EN_QUESTION = /\b(will you|would you|can i|could i|do you|did you|is it|is that|are you|what happens|what if|how do|how can|how long|wonder(ing)? (if|whether)|not sure (if|whether))\b/i;
const HYPOTHETICAL = /(如果|假如|假设|要是|万一|的话|若是|倘若|一旦|除非|到时候|或许|也许|可能会|说不定|考虑|打算|想想|\bif\b|\bunless\b|\bin case\b|\bwould\b|\bmight\b|\bmaybe\b|\bperhaps\b|\bconsider(ing)?\b|\bthinking (of|about)\b|\bsuppose\b|\bwhat if\b)/i;
const REPORTED = /((朋友|同事|别人|他|她|他们|我哥|我姐|会计|老板|同行|客户|隔壁|听)\S{0,4}(说|讲|告诉|提到|撤回了|删了)|听说|据说|\b(my|a|his|her) (friend|accountant|colleague|partner|neighbou?r|wife|husband|brother|sister|boss)\b.{0,20}\b(said|says|told|did|asked)\b|\b(someone|people|they) (said|say|told)\b)/i;

/** Splits a message into clauses and says how each is said. Pure. */
export function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  const push = (end: number, terminator: string) => {
    const raw = text.slice(start, end);
    if (raw.trim() !== '') {
      const body = raw.trim();
      const question = /[?？]/.test(terminator) || ZH_QUESTION_END.test(body) || ZH_QUESTION.test(body) || EN_QUESTION_START.test(body) || EN_QUESTION.test(body);
      clauses.push({ text: raw, start, question, hypothetical: HYPOTHETICAL.test(body), reported: REPORTED.test(body) });
    }
  };
  for (const m of text.matchAll(BOUNDARY)) {
    const index = m.index ?? 0;
    push(index, m[0]);
    start = index + m[0].length;
  }
  push(text.length, '');
  // A condition ("如果额度太低，我就撤回") makes the clause that follows it hypothetical too.
  for (let i = 1; i < clauses.length; i += 1) {
    const previous = clauses[i - 1];
    const current = clauses[i];
    if (previous && current && /^(\s*)(如果|假如|要是|万一|若|一旦|if|unless|in case)/i.test(previous.text)) current.hypothetical = true;
  }
  return clauses;
}

/**
 * True when what starts at `at` in the clause is denied: a negator within the few characters (or
 * words) before it, counted so that two negators cancel ("不是不想撤回" wants to withdraw). Pure.
 */
export function negatedAt(clause: Clause, at: number): boolean {
  const before = clause.text.slice(0, Math.max(0, at - clause.start));
  const zhWindow = before.slice(-8);
  const enWindow = before.split(/\s+/).slice(-5).join(' ');
  let count = 0;
  for (const m of zhWindow.matchAll(/不|别|没|未|勿|甭|莫/g)) {
    const ch = m[0];
    const next = zhWindow[(m.index ?? 0) + 1] ?? '';
    // 不过/不然/不错/不少/没事 are not negations of what follows.
    if (ch === '不' && /[过然错少久仅但管论]/.test(next)) continue;
    if (ch === '没' && /[事错]/.test(next)) continue;
    count += 1;
  }
  for (const m of enWindow.matchAll(/\b(no|not|never|don'?t|doesn'?t|didn'?t|won'?t|wouldn'?t|shouldn'?t|can'?t|cannot|nor|stop|without)\b|n't\b/gi)) if (m[0]) count += 1;
  return count % 2 === 1;
}

/** True when the clause holding `at` asserts it: not asked, supposed, reported or denied. */
export function assertedAt(clauses: readonly Clause[], at: number): boolean {
  const clause = clauses.find((c) => at >= c.start && at < c.start + c.text.length);
  if (!clause) return false;
  return !clause.question && !clause.hypothetical && !clause.reported && !negatedAt(clause, at);
}
