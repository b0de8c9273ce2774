import type { Intent, MerchantFacts } from '@uplift/domain';
import { assertedAt, clausesOf, type Clause } from './speech-acts';

// Irreversible wishes (withdraw consent, be decided now) count only when asserted: a negated, asked,
// supposed or reported mention is something else (docs/adr/0018). The rest is ranked by cue words.

/** Phrases that ask to withdraw consent or erase the merchant's data. */
const WITHDRAW =
  /(撤回|撤销|取消|收回)(我的)?(授权|同意)|(删除|删掉|删了|清除|清掉|销毁|抹掉|注销)(掉)?(我的|我|所有|全部|都)?\S{0,6}(资料|数据|材料|信息|照片|文件|记录|东西)|把\S{0,10}(资料|数据|材料|信息|照片|文件)\S{0,4}(删|清|销毁)|(不申请了|不办了|不贷了|不提额了|算了不(申请|办)了)\S{0,12}(删|清|别留|不要留|销毁)|withdraw (my |the )?(consent|authori[sz]ation|permission)|revoke (my |the )?(consent|authori[sz]ation|permission)|(delete|erase|remove|wipe|purge|destroy|get rid of)\s+(all\s+)?(of\s+)?(my|the|our)\s+(\w+\s+)?(data|documents|files|information|info|uploads|details|records|photos)|(cancel|withdraw)\s+(my|the)\s+(application|request)\S*\s+and\s+(delete|erase|remove)/i;
/** Withdrawals worded as a refusal: the negation is the wish, not its denial. */
const WITHDRAW_BY_REFUSAL =
  /(不同意|不再同意|不再授权|拒绝授权|不授权)|(不要|别|不准|不许|不想让你们|不允许)(再)?(用|使用|保存|保留|留着|存)(我的)?\S{0,4}(资料|数据|材料|信息)|(资料|数据|材料|信息)\S{0,4}(别|不要|不准)(留|存|保存|保留)|(don'?t|do not) (want you to )?(use|keep|store|hold) (my|our) (data|documents|files|information|info)|stop (using|processing|keeping|storing) (my|our) (data|documents|files|information|info)|no longer (consent|agree)|(i )?(do not|don'?t) consent/i;
/** Phrases saying the merchant has given everything and wants the assessment now. */
const DONE =
  /(就这些|就这么多|没有别的|没别的|没有其他|没其他|没有了|没了|都(传|交|发|上传|提供)(完|齐|好)了|(材料|资料|东西|文件)(都)?(交|传|给|发|准备)(齐|完|好)了|交齐了|传完了|齐了|可以(提交|评估|审核|审批)|(提交|评估|审核|审批)(吧|一下吧)|帮我(提交|评估|审核|审批|算一下|看看能提多少)|开始(评估|审核)|直接(评估|提交)|完成了|弄好了|搞定了|that'?s (all|it|everything)|that is (all|it|everything)|i'?m done|i am done|all done|we'?re done|nothing (else|more)|no more (documents|files|uploads)|(please |go ahead and |you can )(submit|assess|process|decide|evaluate|review)|(submit|assess|process|evaluate) (it|my (case|application|request)|now)|ready (for|to be) (the )?(assessment|review|decision)|finished uploading|uploaded everything|that should be everything)/i;
const BARE_DONE = /^\s*(好了|好啦|完了|ok,? ?done|done|finished|ready|submit)\s*[。.!！~]*\s*$/i;
/** Saying the merchant is not finished: more to come, or wait. */
const NOT_FINISHED = /(还要|还有|还没|再传|再补|再发|再上传|等一下|等等|稍等|先别|先不|别急|not yet|hold on|wait|more to (upload|send|come)|haven'?t finished|not (done|finished)|one more)/i;
const HUMAN =
  /((转|找|接|联系|要|换|叫|让|请|给我|打给|帮我转|我想找|我要找)\S{0,4}(人工|客服|真人|专员|客户经理|工作人员|你们经理|负责人)|人工客服|人工服务|转人工|真人客服|(talk|speak|chat) (to|with) (a |an |someone|somebody|a real|a human|an? (agent|person|representative|advisor|officer))|(real|actual|live) (person|human|agent)|human (agent|being)|customer service|connect me|call me back|transfer me)/i;
const UPLOAD_WHAT =
  /(上传什么|传什么|要什么材料|需要什么|哪些材料|什么材料|要哪些|提供什么|还要什么|还需要什么|拍什么|交什么|给什么|what (should|do|can|else can|else should|else do) (i|we) (upload|send|provide|submit|need)|what do you need|which (documents|files|papers)|what (documents|files|papers)|what else do you need|what kind of (documents|proof)|do you need (my|any|the)\b)/i;
const DECLINE =
  /(没有这个|没这个|没有这种|没有那个|没有(?!了)(?=[，,。.!！\s]|$)|没办过|没开过|拿不出|找不到|不方便|不想(提供|说|给|传|拍|透露)|不愿意|不能(提供|说|给)|不给|不告诉|保密|算了吧?$|跳过|不太清楚|说不准|不清楚|记不清|i don'?t have|don'?t have (that|one|it|those|any)|do not have|haven'?t got|rather not|prefer not|can'?t (share|provide|give|find)|won'?t (share|provide)|not comfortable|none of your business|skip (it|this|that)|no idea|not sure|i don'?t know|dunno|no,? i (don'?t|can'?t))/i;
const UPLOADED = /(传好了|上传了|传了|发了|发过去了|已上传|拍好了|已发送|uploaded|sent (it|them|you)|just sent|here it is|attached)/i;
const SOCIAL = /^\s*(你好|您好|嗨|哈喽|在吗|在不在|谢谢|多谢|好的|好|嗯|行|可以|收到|明白|ok|okay|sure|thanks|thank you|hi|hello|hey|good (morning|afternoon|evening)|yes|yep|fine)\b/i;

/** True when `re` matches somewhere the message asserts it. */
function asserted(text: string, clauses: readonly Clause[], re: RegExp): boolean {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (const m of text.matchAll(global)) if (assertedAt(clauses, m.index ?? 0)) return true;
  return false;
}

/** A refusal-worded withdrawal ("不同意授权") is asserted when the clause is not asked, supposed, reported or denied again. */
function refusalAsserted(text: string, clauses: readonly Clause[]): boolean {
  for (const m of text.matchAll(new RegExp(WITHDRAW_BY_REFUSAL.source, 'gi'))) {
    const at = m.index ?? 0;
    const clause = clauses.find((c) => at >= c.start && at < c.start + c.text.length);
    if (!clause || clause.question || clause.hypothetical || clause.reported) continue;
    const before = clause.text.slice(0, at - clause.start);
    if (!/(不|没|别|not|n't|never)\S{0,3}$/i.test(before)) return true;
  }
  return false;
}

/** Classifies what a message is trying to do, given the facts it stated. */
export function classifyIntent(text: string, facts: MerchantFacts): Intent {
  const clauses = clausesOf(text);
  if (asserted(text, clauses, WITHDRAW) || refusalAsserted(text, clauses)) return 'withdraw_consent';
  if (asserted(text, clauses, HUMAN)) return 'ask_human';
  const finished = (asserted(text, clauses, DONE) || BARE_DONE.test(text)) && !asserted(text, clauses, NOT_FINISHED);
  if (finished) return 'done';
  if (UPLOAD_WHAT.test(text)) return 'ask_what_to_upload';
  const asking = clauses.some((c) => c.question);
  if (DECLINE.test(text) && !asking) return 'decline';
  if (Object.keys(facts).length > 0) return 'provide_info';
  if (UPLOADED.test(text) || NOT_FINISHED.test(text)) return 'provide_info';
  if (asking) return 'ask_question';
  if (SOCIAL.test(text)) return 'greeting';
  return 'off_topic';
}
