import type { ProposalKind } from '@uplift/domain';
import { canonicalText } from './canonical';
import { normaliseText } from './normalise';

// Is a message a clear answer to the proposal on the table? Only an unambiguous affirmative is a
// "yes": anything hedged, conditional, questioning, deferred or mixed is no answer at all, and the
// proposal simply stays open until it lapses. Erring towards "no answer" is always safe. The reply is
// read clause by clause: each is an affirmative, a refusal, politeness, or something else; a "yes"
// needs at least one affirmative and nothing but affirmatives and politeness.

type Part = 'yes' | 'no' | 'polite' | 'quit' | 'other';

const QUESTION =
  /[?？]|吗|(?<![这那多什])么|(?<!没有?)什么|是否|(?<!不)(会不会|能不能|可不可以|要不要)|\b(is it|are you|can i|could i|will it|will you|would it|what|how|why|when|if|whether)\b/i;
/** Hedges and deferrals make the whole reply unclear unless it also refuses outright. */
const HEDGE =
  /(想想|考虑|再说|不确定|不知道|如果|假如|要是|万一|之后|以后|晚点|但是|不过|可是|还是|先等|看看|也许|可能|maybe|perhaps|not sure|later|first|\bbut\b|unless|i guess|i think|hmm|let me think|let me|i mean|kind of|sort of|probably|嗯+\.{2,}|…|等我|等一下|等等|稍等|明天|今晚|回头|开玩笑|呵呵|随便|无所谓|\bwait\b|hold on|\bafter\b|\bonce\b|tomorrow|tonight|just kidding|\bjk\b|\blol\b|whatever)/i;
const NO_WORD =
  /^(?:\s*(?:不|不要|不用|不用了|不了|别|无|唔好|唔使|先不|暂不|暂时不|还不|否|不行|不可以|不是|不对|可别|千万别|还不行|还不|no|nope|nah|not now|not yet|not today|not (right )?now|not for now|not at the moment|no thanks|no thank you|absolutely not|definitely not|of course not|don't|do not|never))+$/i;
const NO_CLAUSE =
  /(不(确认|同意|确定)|\bnot confirm(ing|ed)?\b|\b(don'?t|do not) confirm\b|^no,? wait\b|\b(i|we) (still )?(have|got) (more|another|other)\b|不撤|不删|不提交|不交|唔(交|提交|撤|删)|还无(传|交|弄|整)?完?|(别|莫|甭|不用)(忙|急|慌|着急)?着?(撤|删|提交|交)|不要撤|不要删|不要提交|不要交|不退出|先别|还没(传|交|弄|准备|整|搞)完|还没(拍|传|交|上传|补|发|办|弄|准备|弄好|拍好|办好)|按错|点错|\bwrong button\b|\bby (mistake|accident)\b|\bmis-?(click|tap)|\b(i'?m|i am|we'?re|we are) staying\b|\b(i'?ll|we'?ll) stay\b|还(有|要)(传|交|补|发)?\S{0,6}|继续申请|还是(别|不要|不)|再(传|补|上传|发)|(确认|提交|撤回|同意)个(屁|鬼|头)|才怪|\bnot (withdraw|delet|submit|cancel)\w*|\b(don't|do not|never) (withdraw|delete|submit|cancel|remove|send|close|erase|wipe)\b|^hold (it|off)\b|\bactually,? no\b|\b(i'?m|i am|we'?re|we are) (still )?(adding|uploading|attaching) (one |a few |some |two |the )?(more|another|other)\b|\bmore (coming|to come|to send|to upload)\b|\bi still have\b|\bkeep (it|my application|the application|going)\b|\b(i'?m|i am|we'?re|we are) still (am )?interested\b|\bi still (am|dey) interested\b|\bstill (uploading|sending)\b|^no (submit|withdraw|delete|send|cancel)\b|^(today|now|right now|this time|this week) (cannot|can'?t|not|no)$|\bhindi\b|\bayoko\b|\bhuwag\b)/i;
const YES_WORD =
  /^(?:(?:是|是的|是滴|对|对的|对啊|好|好的|好滴|行|可以|没问题|我确认|我确定|我同意|确认|确定|同意|ok|okay|yes|yep|yeah|yup|sure|confirm|confirmed|go ahead|please do|do it|proceed|correct|affirmative|做|can|can can|ok can|go on|go on then|righto|right-o|sige|oo|opo|要得|中|得|得嘅|alright|all right|ja|jaa|ja nee)\s*)+$/i;
const YES_CLAUSE: Record<ProposalKind, RegExp> = {
  submit:
    /^(我)?(确认|确定|同意|要|马上|现在|立即|请|帮我|就|那就|直接)*(提交|评估|交)(上去|上)?(吧|评估|审批|申请|了)?$|^就这些(了)?$|^没有了$|^((yes|ok|okay|sure|yeah),? )?(please )?submit( it| my (case|request|application))?( now| please| already)?$|^((yes|ok|okay|sure|yeah),? )?(please )?proceed with (the |my )?(submission|assessment|application)$|^(please )?(assess|decide|send it)( it| now| me)?$|^(please )?send it (through|in|off)( now)?$|^(chuck|bung|pop) it in$|^that'?s (everything|all|it)$|^(yes,? |yeah,? |ok,? )?(i'?m|i am) (sure|certain)$|^(我)?确定(要)?(提交|交)(了)?$|^就(这样|这么)(提交|交)$|^(ok,? |okay,? |yes,? )?confirm(ed)? (submit|submission|submitting|to submit)$/i,
  withdraw_consent:
    /^(我)?(确认|确定|同意|要|那就|就)?(撤回|撤销|撤)(授权|同意|申请)?(吧)?$|^(我)?(确认|确定)?(要)?(把)?(资料|数据|材料|东西|文件|照片|我的资料)?(都|全|全部)?(删除|删掉|删|删干净|删光|清空|清掉|全部删掉|全部删除|都删了|删了吧)(吧)?$|^(我)?确定(要)?(撤回|撤销|删除)$|^(那就)?(删|撤)(了|掉)?拉倒$|^((yes|ok|okay|sure|yeah),? )?(please )?proceed with (the |my )?(withdrawal|deletion)$|^(yes,? |ok,? |okay,? |sure,? )?(please |go ahead and |just )?(withdraw|delete|wipe|erase|remove|clear)( it| them| my (consent|data|documents|files|application)| everything| it all| all)?( now)?$|^(close it|close my (case|application)|delete (all )?my (files|data|documents)|close it and delete (all )?my (files|data|documents))$|^(yes,? |yeah,? |ok,? )?(i'?m|i am) (sure|certain)$|^(ok,? |okay,? |yes,? )?confirm(ed)? (withdraw(al)?|to withdraw|delet(e|ion))$/i,
};
const POLITE =
  /^(我是(他|她)的?(女儿|儿子|老婆|老公|爱人|媳妇|会计|秘书|助理|家人|侄子|侄女|外甥)|(i'?m|i am|this is) (his|her|the owner'?s) (daughter|son|wife|husband|accountant|secretary|assistant|nephew|niece)|我?想好|我?想清楚|我?决定|我?(定下|定好|拿定主意)|就(这样|这么着|这么办)|没有?(东西|啥|什么)(要|可以|可)?补的?|(等|等了)(半天|好久|很久|老半天)|nothing (more|else)( (i|we) can add| to add)?( anyway)?|all good|谢谢|谢谢你们?|谢了|多谢|感谢|麻烦了?|请|拜托|(麻烦|请|辛苦)?(你们)?(快点|尽快|早点)(审|处理|办|看)?(一下)?|please|thanks|thank you|thanks (for|4) (your|the|all (your|the)) help( anyway)?|thank you (for|4) (your|the|all (your|the)) help( anyway)?|sorry|sorry for the confusion|my bad|辛苦了?|辛苦你们?了?|ok|好的|嗯+)$/i;
/** Giving up the application (不弄了, "I'm out"): with a yes to a withdrawal it agrees; alone its scope is unclear. */
const QUIT = /^(那就)?(不弄|不搞|不办|不申请|不提额|不玩|不做)(了)?$|^(i'?m out|we'?re out|i'?m done with (this|it))$/i;
/**
 * rules-2.9.1: someone else's agreement relayed after the merchant's own (确定，我爸同意撤回; "yes, my wife agrees too"): it adds
 * nothing and takes nothing away. Alone it is never a yes (a reported answer is the other person's, README rule).
 */
const RELAYED_AGREEMENT =
  /^(我|我们|俺)?(家)?(爸|妈|爸爸|妈妈|老爸|老妈|老婆|老公|爱人|媳妇|儿子|女儿|哥|姐|弟|妹|合伙人|股东|家里人|家人|老板)(在旁边|在边上|在身边)?(也|都)?(同意|答应|点头|说(可以|行|好))(了)?(撤回|撤销|撤|删除|删|提交|交)?(了)?$|^(my )?(dad|father|mum|mom|mother|wife|husband|partner|son|daughter|brother|sister|family|boss)( also| too)? (agrees|agreed|is ok with it|is okay with it|said yes|says yes|is fine with it)( too)?$/i;
/** rules-2.9.1: "免留" (keep nothing, Southern Min), "no need to keep it": with a yes to a withdrawal it agrees. */
const KEEP_NOTHING =
  /^(免留|不用留|不必留|不要留|啥都不用留|no need to keep( it| anything| them)?|don'?t need to keep( it| anything| them)?)$/i;

/** A retraction: "确认撤回……等下，还是不要了", "confirm withdraw... no wait, scrap that": the last word wins when it is a no. */
const RETRACTS =
  /(等下|等等|等一下|还是不要|还是算了|算了|(……|…|\.\.\.)\s*(无|唔|不|别|no\b)|\bno,? wait\b|\bscrap that\b|\bactually\b|\bnever ?mind\b)/i;

/** A refusal that opens by taking back what was said before it: 还是别了, 还是不撤了, "actually no". */
const TAKES_BACK = /^(还是(别|不|不要|算了)|actually,? no\b|no,? wait\b)/i;

/** A short word said twice or more in a row (交啦交啦 → 交交 → 交). */
const REPEATED = /^(\S{1,4}?)\1+$/u;

/** Clauses of a reply: split at punctuation, and at spaces next to Chinese ("好的 谢谢"); English phrases stay whole. */
function splitParts(text: string): string[] {
  return text
    .replace(/\p{Extended_Pictographic}|\u200d|\ufe0f/gu, ' ')
    .split(/[,，。.!！~、…;；—–()（）]+|(?<=[\u4e00-\u9fff])\s+|\s+(?=[\u4e00-\u9fff])/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

function classifyPart(part: string, proposal: ProposalKind): Part {
  const kind = classifyWords(part, proposal);
  // Said twice for emphasis: 交交 (交啦交啦), 莫交莫交, 删删; 谢谢 stays politeness.
  return kind === 'other' && REPEATED.test(part) ? classifyWords(part.replace(REPEATED, '$1'), proposal) : kind;
}

/** Words of address, a Nigerian emphatic "o" and Tagalog "na" (now) at either end of a clause: "confirm withdraw sir", "yes o", "submit na". */
const ADDRESS_AT_END = /(?<=\S)\s+(sir|madam|ma'?am|boss|mate|bro|sis|ate|kuya|tita|dear|o|na)$/i;
const ADDRESS_AT_START = /^(sir|madam|ma'?am|boss|mate|bro|dear)\s+(?=\S)/i;

/** Chinese sentence particles off a clause: 交啦 → 交, 删了吧 → 删. */
const particlesOff = (part: string): string =>
  part.replace(/(?<=[\u4e00-\u9fff])(吧|啦|了|呀|啊|哈|呢|哦|咯|喽|嘞|哒|嘛|喇)+/gu, '') || part;

function classifyWords(part: string, proposal: ProposalKind): Part {
  const p = particlesOff(
    part
      .replace(/^(yes|ok|okay|sure|yeah|yep) please$/i, '$1')
      .replace(/^(yes|ok|okay|sure|yeah|yep)?,? ?(kindly|pls|please) /i, '$1 ')
      .trim()
      .replace(/^(.+?)\s+please$/i, '$1')
      .replace(ADDRESS_AT_END, '')
      .replace(ADDRESS_AT_START, '')
      .trim(),
  );
  if (NO_WORD.test(p) || NO_CLAUSE.test(p)) return 'no';
  if (YES_WORD.test(p) || YES_CLAUSE[proposal].test(p)) return 'yes';
  if (POLITE.test(p)) return 'polite';
  if (proposal === 'withdraw_consent' && (QUIT.test(p) || KEEP_NOTHING.test(p))) return 'quit';
  if (RELAYED_AGREEMENT.test(p)) return 'polite';
  return 'other';
}

/** The step's verb alone, as an order: 交, 提交, 删, 撤回, "submit it", "just withdraw it pls". */
const BARE_ORDER =
  /^(提交|交|撤回|撤销|撤|删除|删掉|删|((ok|okay|yes|yeah|sure|alright),? )?(please |pls |just |kindly )?(submit|withdraw|delete|send)( it| them)?( through| in| off)?( now)?( please| pls)?)$/i;

/** Words that name the step itself: a reply in `named` mode must say which step it confirms. */
const NAMES: Record<ProposalKind, RegExp> = {
  submit: /提交|交|评估|审批|submi(t|ssion)|assess|decide|send it/i,
  withdraw_consent: /撤回|撤销|删|withdraw|delet(e|ion)|erase|remove|wipe/i,
};

/**
 * How explicit a yes must be. `named` (the engine's: its proposals ask for "确认撤回" / "yes, withdraw"):
 * the reply must name the step, so a bare "好", "yes" or "确认" is no answer and the assistant asks
 * again with the exact words. `plain`: a bare explicit affirmative is enough (a channel whose
 * question already names the step and expects a plain yes).
 */
export type ConfirmationMode = 'named' | 'plain';

/** The merchant's answer to a proposal: 'yes', 'no', or undefined when the message is not a clear answer. */
export function classifyAnswer(text: string, proposal: ProposalKind, mode: ConfirmationMode = 'named'): 'yes' | 'no' | undefined {
  const answer = plainAnswer(text, proposal);
  if (answer !== 'yes' || mode === 'plain') return answer;
  const plain = canonicalText(normaliseText(text));
  if (!NAMES[proposal].test(plain)) return undefined;
  // 交吧, 删吧删吧, 提交提交, "withdraw it", "submit it pls": the bare order, said to a question that asked
  // for the exact words, is no confirmation; an affirmative or anything more (就这么交, 撤回，不办了) is.
  const parts = splitParts(plain).map((p) => particlesOff(p.replace(ADDRESS_AT_END, '').replace(ADDRESS_AT_START, '').trim()));
  if (parts.some((p) => YES_WORD.test(p))) return 'yes';
  const meaningful = parts.filter((p) => !POLITE.test(p));
  return meaningful.every((p) => BARE_ORDER.test(p.replace(REPEATED, '$1'))) ? undefined : 'yes';
}

/** rules-2.9.0: a step word misheard by voice input (撤灰, 提角, 山掉) is read for the intent, but never confirms a step. */
const MISHEARD_STEP = /(撤灰|提角|题交|提教|山掉|山除|删调)/;

function plainAnswer(text: string, proposal: ProposalKind): 'yes' | 'no' | undefined {
  if (MISHEARD_STEP.test(normaliseText(text))) return undefined;
  const plain = canonicalText(normaliseText(text)).trim();
  if (plain.length === 0 || plain.length > 60) return undefined;
  if (QUESTION.test(plain)) return undefined;
  const rawParts = splitParts(plain);
  const parts = rawParts.map((p) => classifyPart(p, proposal));
  const yes = parts.includes('yes');
  const no = parts.includes('no');
  // "取消" / "算了" / "cancel" could cancel the withdrawal or the application: no answer (README rule).
  if (/^(取消|算了|cancel|forget it)$/i.test(plain.replace(/[\s。.!！]+/g, ''))) return proposal === 'submit' ? 'no' : undefined;
  if (no && !yes) return 'no';
  // Said yes, then took it back and ended on a refusal (not on a mere "wait"): a no, never a yes.
  const last = parts.filter((p) => p !== 'polite').pop();
  if (yes && last === 'no' && RETRACTS.test(plain)) return 'no';
  // "交……还是别了，我再补两张照片", "Submit... actually no, …": a refusal that takes back the yes before it.
  const lastYes = parts.lastIndexOf('yes');
  if (yes && rawParts.some((p, i) => i > lastYes && parts[i] === 'no' && TAKES_BACK.test(p))) return 'no';
  if (HEDGE.test(plain) || !yes || no) return undefined;
  return parts.every((p) => p === 'yes' || p === 'polite' || p === 'quit') ? 'yes' : undefined;
}
