import { allMatches, type Intent, type MerchantFacts } from '@uplift/domain';
import { canonicalText } from './canonical';
import { DONE, NOT_FINISHED, PARTIAL, WITHDRAW } from './cues-irreversible';
import { DECLINE, HUMAN, UPLOAD_WHAT, WHY_OR_HOW_KEPT } from './cues-requests';
import { DOCUMENT_CHOICE, DOCUMENT_FORMAT } from './cues-documents';
import { ABOUT_THE_REQUEST, CLEARLY_OFF_TOPIC, CORE_REQUEST, OFF_TOPIC, OFF_TOPIC_TASK, onlyLaughter, onlySocial } from './cues-topics';
import { assertedAt, clauseAt, isQuestion, negatedAt, onlyLater, speechActs, type SpeechActs } from './speech-acts';

// The main speech act of a message (docs/adr/0018). Irreversible wishes (withdraw consent, be decided
// now) count only when asserted, and never in a message that asks anything: when unsure between an
// irreversible intent and another, the other wins. The rest is ranked: a human, which documents,
// a refusal, a question (about the request, or off topic), stated facts, social niceties, small talk;
// any other statement is information.

/** A deletion or cancellation verb denied inside the cue itself ("资料先别删", "don't delete my files"). */
const DENIED_VERB =
  /(不|别|没|勿|甭|莫|无需|不用|不必)[^，,。]{0,2}(删|清除|清掉|清空|销毁|抹|撤|取消|注销|关掉|关闭|提交|交|审)|\b(don'?t|do not|not|never|no need to)\s+(\w+\s+)?(delete|erase|remove|wipe|destroy|cancel|withdraw|submit|send)/i;

/** A refusal after the cue: "删资料这种事我可不干", "撤回？我才不会". */
const REFUSED_AFTER =
  /^[^，,。.!！]{0,6}(这种事|这事|这个事|这种)[^，,。.!！]{0,3}(不干|不做|不会|才不|可不)|^[^，,。.!！]{0,4}(我)?(可|才|绝)不(干|做|会)/;

/** Vagueness about a figure (没算过, not sure): with a figure stated, not a refusal. */
const VAGUE = /(不太清楚|(?<!清)不清楚|记不清|说不准|不知道|说不好|没算过|没统计|not sure|no idea|dunno|i don'?t know)/gi;

/** Global copies of the cue patterns, compiled once. */
const GLOBAL = new Map<RegExp, RegExp>();
const everywhere = (re: RegExp): RegExp => {
  let global = GLOBAL.get(re);
  if (!global) GLOBAL.set(re, (global = new RegExp(re.source, 'gi')));
  return global;
};

/** Where `re` matches in an asserted clause, and the match is not about one wrong upload. */
function asserted(text: string, acts: SpeechActs, re: RegExp, partialOk = true): boolean {
  for (const m of allMatches(text, everywhere(re))) {
    if (!partialOk && PARTIAL.test(clauseAt(acts, m.index ?? 0)?.text ?? m[0])) continue;
    if (DENIED_VERB.test(m[0]) || REFUSED_AFTER.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 16))) continue;
    if (assertedAt(acts, m.index ?? 0)) return true;
  }
  return false;
}

/** A question about what will happen ("will someone ring me with the outcome?"), not a request. */
const INFORMATION_QUESTION =
  /\b(will|does|do|is|are|did) (someone|anyone|somebody|a person|you(?! have)|your (staff|team))\b|会(有人|不会有人)|是不是有人|是否有人|有没有人会/i;

/** Where `re` matches in a clause that does not deny it (questions allowed: "can someone call me?"). */
function requested(text: string, acts: SpeechActs, re: RegExp): boolean {
  for (const m of allMatches(text, everywhere(re))) {
    const clause = clauseAt(acts, m.index ?? 0);
    if (!clause || clause.reported || (clause.hypothetical && !onlyLater(clause)) || negatedAt(clause, m.index ?? 0)) continue;
    if (clause.question && INFORMATION_QUESTION.test(clause.text)) continue;
    return true;
  }
  return false;
}

/** True when some clause asks what documents to send (and not why they are needed or how they are kept). */
function asksWhatToUpload(text: string, acts: SpeechActs): boolean {
  for (const m of allMatches(text, everywhere(UPLOAD_WHAT))) {
    const clause = clauseAt(acts, m.index ?? 0);
    if (!clause || WHY_OR_HOW_KEPT.test(clause.text)) continue;
    // rules-2.9.0: 不知道/不晓得要交什么 is an embedded question of which documents, not a denial of them.
    const unsure = /(不知道|不晓得|不清楚|不确定|搞不清|not sure)[^，,。]{0,6}$/i.test(text.slice(clause.start, m.index ?? 0));
    if (!unsure && negatedAt(clause, m.index ?? 0)) continue;
    const asking =
      clause.question ||
      /(什么|哪|清单|\bwhat\b|\bwhich\b|anything else|\b(check)?list\b)/.test(m[0]) ||
      /(要|需要|传|交|提供|拍)[^，,]{0,3}几/.test(m[0]) ||
      /(吗|么|嘛|不|吧|多长时间|多久|多长)$/.test(m[0]);
    if (asking) return true;
  }
  // 要传行驶证还是运输证, "the whole lease or just the signature page?", 营业执照先传电子版…行不行: a choice or a format of a document, asked.
  return (
    acts.clauses.some((c, i) => (c.question || acts.clauses[i - 1]?.question === true) && DOCUMENT_CHOICE.test(c.text)) ||
    (acts.clauses.some((c) => c.question) && DOCUMENT_FORMAT.test(text))
  );
}

/**
 * "专利证书？我们没有": a short echo of the assistant's words with a question mark, answered by the
 * next clause, asks nothing. It still counts as a question for the irreversible wishes (it could be a
 * rhetorical "提交？我还没传完呢"), only not for telling a decline or a statement from a question.
 */
function echoedThenAnswered(acts: SpeechActs, i: number): boolean {
  const clause = acts.clauses[i];
  const next = acts.clauses[i + 1];
  if (!clause || !next || next.question) return false;
  const body = clause.text.trim();
  // rules-2.9.5: an English echo of up to three words too ("Eleven years? No, 2013, so thirteen").
  const short = ([...body].length <= 8 && !/\s\S+\s/.test(body)) || /^[a-z0-9'-]+( [a-z0-9'-]+){0,2}$/i.test(body);
  return short && [...body].length <= 24 && !isQuestion(body, '', i === 0);
}

/** A question tag closing a statement: "no?", "right?", "isn't it?", 对吧？, 是吧？. */
const TAG_QUESTION = /^\s*(no|right|yes|isn'?t it|innit|eh|lah|hor|是吧|对吧|对不对|是不是)\s*[?？]*\s*$/i;

/** "2 vans, that's it", "员工就这些": a closing "that's all" after a stated fact limits the fact, not the documents. */
const CLOSING_LIMIT = /(that'?s (it|all)|就这些|就这么多|就这样)(了|啦|吧)?\s*[.!。！~]*\s*$/i;
const ABOUT_DOCUMENTS = /(资料|材料|文件|照片|证件|传|交|发给|提交|upload|sent|send|documents?|files?|photos?|submit|assess)/i;
const limitsAFact = (text: string, facts: MerchantFacts): boolean =>
  Object.keys(facts).length > 0 && CLOSING_LIMIT.test(text) && !ABOUT_DOCUMENTS.test(text);

/** "> 请问有几辆车？ 回：三辆": the assistant's question quoted back before the merchant's answer is not the merchant's question. */
const QUOTED_THEN_ANSWERED = /^\s*>[^\n]{0,80}?((回复?|答|reply|answer)\s*[:：]|[?？](?=\s*\S))/i;

/**
 * rules-2.9.1: an offer closing a statement of facts ("…, anyway let me know what else you need", 还需要什么资料跟我说,
 * 有啥需要的再告诉我) hands the turn back; it asks nothing of its own. Without facts before it, it still asks which documents.
 */
const CLOSING_OFFER = new RegExp(
  [
    String.raw`[,.;!]?\s*(anyway|so|and)?\s*(just )?(let me know|tell me|give me a shout|shout|ping me|message me)\s+(what|if)\s+(else|you need|you want|anything)[^.?!]{0,30}[.!~]*\s*$`,
    String.raw`[,.;!]?\s*(if you need|need) anything else,?\s*(just )?(let me know|tell me|shout|ask)[.!~]*\s*$`,
    String.raw`[，,。;；!！]?\s*(还|另外)?(需要|要|缺)(什么|啥|别的|其他的?)[^，,。？?]{0,6}(再|就|直接)?(跟我说|告诉我|说一声|讲一声|吱一声|找我|通知我)[。!！~]*\s*$`,
    String.raw`[，,。;；!！]?\s*有(啥|什么)(需要|要)的?(再|就|直接)?(跟我说|告诉我|说一声|讲一声|找我)[。!！~]*\s*$`,
  ].join('|'),
  'i',
);

/** Classifies what a message is trying to do, given the facts it stated. */
/** rules-2.9.5: an e-mail signature's confidentiality notice says nothing of what the merchant wants. */
const EMAIL_DISCLAIMER = /\b(this|the) (e-?mail|message)( and any attachments?)? (is|are|may be) (confidential|privileged)\b.*$/i;

export function classifyIntent(message: string, facts: MerchantFacts): Intent {
  const text = canonicalText(message).replace(QUOTED_THEN_ANSWERED, '').replace(EMAIL_DISCLAIMER, '');
  if (Object.keys(facts).length > 0) {
    const stated = text.replace(CLOSING_OFFER, '');
    if (stated !== text && /[\p{L}\p{N}]/u.test(stated)) return classifyIntent(stated, facts);
  }
  const acts = speechActs(text);
  const asking = acts.clauses.some((c) => c.question);
  // rules-2.9.3: a tag after stated facts ("…since 2008, no?", 开了十年了，对吧？) seeks agreement; it asks nothing new.
  const tagged = (i: number) => i > 0 && Object.keys(facts).length > 0 && TAG_QUESTION.test(acts.clauses[i]?.text ?? '');
  const asksSomething = acts.clauses.some((c, i) => c.question && !echoedThenAnswered(acts, i) && !tagged(i));
  if (!asking && asserted(text, acts, WITHDRAW, false)) return 'withdraw_consent';
  if (requested(text, acts, HUMAN)) return 'ask_human';
  if (!asking && asserted(text, acts, DONE) && !NOT_FINISHED.test(text) && !limitsAFact(text, facts)) return 'done';
  if (onlyLaughter(text)) return 'off_topic';
  if (onlySocial(text)) return 'greeting';
  if (asksWhatToUpload(text, acts)) return 'ask_what_to_upload';
  if (OFF_TOPIC_TASK.test(text) && !CORE_REQUEST.test(text)) return 'off_topic';
  const hasFacts = Object.keys(facts).length > 0;
  // "I'd rather not withdraw": a polite refusal of the assistant's proposal is information, not a decline.
  // "具体没算过" after a figure hedges the figure; it declines only a message that gives none.
  const declines = hasFacts ? DECLINE.test(text.replace(VAGUE, ' ')) : DECLINE.test(text);
  if (!asksSomething && declines && !/(提交|撤回|撤销|删|取消|submit|withdraw|cancel|delet)/i.test(text)) return 'decline';
  if (asksSomething && CLEARLY_OFF_TOPIC.test(text) && !CORE_REQUEST.test(text) && !hasFacts) return 'off_topic';
  if (asksSomething) return ABOUT_THE_REQUEST.test(text) || hasFacts || !OFF_TOPIC.test(text) ? 'ask_question' : 'off_topic';
  if (hasFacts) return 'provide_info';
  if (OFF_TOPIC.test(text) && !ABOUT_THE_REQUEST.test(text)) return 'off_topic';
  return /[\p{L}\p{N}]/u.test(text) ? 'provide_info' : 'off_topic';
}
