import type { ProposalKind } from '@uplift/domain';
import { normaliseText } from './normalise';

// Is a message a clear answer to the proposal on the table? Only an unambiguous affirmative is a
// "yes": anything hedged, conditional, questioning or mixed is no answer at all, and the proposal
// simply stays open until it lapses. Erring towards "no answer" is always safe.

const QUESTION = /[?？]|吗|么|呢|嘛|是否|会不会|能不能|可不可以|要不要|\b(is|are|can|could|will|would|should|do|does|what|how|why|when|if)\b/i;
const HEDGE = /(等等|等一下|稍等|先等|想想|考虑|再说|不确定|不知道|如果|假如|要是|万一|之后|以后|明天|晚点|但是|不过|可是|还是|还要|还有|还没|再传|再补|maybe|perhaps|not sure|wait|later|first|but|unless|think|hmm|hold on|let me)/i;
const NEGATION = /(不|别|没|勿|否|算了|取消|no\b|nope|not|don'?t|do not|never|cancel|stop)/i;
const NO = /^(不|不要|不用|别|先不|暂不|暂时不|还不|不了|算了|取消|不撤回|不提交|先别|no|nope|not yet|no thanks|cancel|don'?t|do not)([\s,，。.!！~]*|(了|吧|啦|呢|谢谢|thanks|thank you)[\s,，。.!！~]*)*$/i;
const YES_CORE = /^(是|是的|是滴|对|对的|对啊|嗯|嗯嗯|好|好的|好滴|行|可以|没问题|确认|确定|同意|ok|okay|yes|yep|yeah|sure|confirm|confirmed|go ahead|please do|do it)$/i;
const CONFIRM_PHRASE: Record<ProposalKind, RegExp> = {
  submit: /^(确认|确定|同意|我要|马上|现在|立即|请|帮我)?(提交|评估)(吧|评估|审批|申请)?$|^(yes,? )?(please )?submit( it| now| my (case|request|application))?$|^(yes,? )?(please )?(assess|decide)( it| now| me)?$/i,
  withdraw_consent: /^(确认|确定|同意|我要)?(撤回|撤销)(授权|同意)?(吧)?$|^(确认|确定)?删除(吧)?$|^(yes,? )?(please )?(withdraw|delete)( it| them| my (consent|data|documents|files))?( now)?$/i,
};

/** Strips politeness and punctuation so "好的，谢谢！" and "ok thanks" read as their core word. */
function core(text: string): string {
  return normaliseText(text)
    .toLowerCase()
    .replace(/[\s,，。.!！~、…]+/g, ' ')
    .replace(/(^| )(谢谢|谢了|thanks|thank you|please|麻烦了?|呀|啊|哈|吧|啦|了)(?= |$)/g, ' ')
    .replace(/ +/g, ' ')
    .trim();
}

/** The merchant's answer to a proposal: 'yes', 'no', or undefined when the message is not a clear answer. */
export function classifyAnswer(text: string, proposal: ProposalKind): 'yes' | 'no' | undefined {
  const plain = normaliseText(text).trim();
  if (plain.length === 0 || plain.length > 40) return undefined;
  if (QUESTION.test(plain) || HEDGE.test(plain)) return undefined;
  const c = core(plain);
  const compact = c.replace(/ /g, '');
  if (NO.test(compact) || NO.test(c)) return 'no';
  if (NEGATION.test(c)) return undefined;
  const words = c.split(' ');
  const yesWords = words.every((w) => YES_CORE.test(w) || CONFIRM_PHRASE[proposal].test(w));
  if (yesWords || CONFIRM_PHRASE[proposal].test(c) || CONFIRM_PHRASE[proposal].test(compact)) return 'yes';
  return undefined;
}
