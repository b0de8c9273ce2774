import type { Intent, MerchantFacts } from '@uplift/domain';

const WITHDRAW =
  /(撤回授权|撤销授权|取消授权|撤回同意|撤销同意|不同意授权|不再授权|删除我的(资料|数据|材料|信息)|删掉我的(资料|数据|材料|信息)|把我的(资料|数据|材料|信息)删|不要用我的(资料|数据|信息)|withdraw (my )?consent|revoke (my )?consent|delete (all )?my (data|documents|files|information)|erase my (data|documents)|remove my (data|documents)|don'?t (want you to )?use my data|stop using my data)/i;
const HUMAN = /(人工|客服|真人|转人|客户经理|经理|human|agent|real person|representative|speak to (someone|a person)|talk to (someone|a person))/i;
const DONE =
  /(就这些|没有了|没了|提交吧|可以提交|完成了|弄好了|结束|帮我(评估|算)|开始评估|可以评估|评估吧|就这样吧|that'?s all|that is all|i'?m done|i am done|\bdone\b|finished|submit|go ahead|nothing (else|more)|assess (it|me) now)/i;
const BARE_DONE = /^\s*(好了|ok,? ?done|all done|ready)\s*[。.!！~]*\s*$/i;
const NEGATED_DONE = /(还没|没有好|没好|未完成|不是就这些|not (done|finished|yet)|haven'?t finished|not all)/i;
const UPLOAD_WHAT =
  /(上传什么|传什么|要什么材料|需要什么|哪些材料|什么材料|要哪些|提供什么|还要什么|还需要什么|拍什么|what (should|do|can|else can|else should) i (upload|send|provide|submit)|what do you need|which documents|what documents|what (else )?can i (submit|send)|what else do you need)/i;
const DECLINE =
  /(没有这个|没这个|没有这种|没有那个|没有(?!了)(?=[，,。.!！\s]|$)|没办过|没开过|拿不出|找不到|不方便|不想(提供|说|给|传|拍|透露)|不愿意|不能(提供|说|给)|不给|不告诉|保密|隐私|算了吧?|跳过|不太清楚|说不准|不清楚|记不清|i don'?t have|don'?t have (that|one|it|those|any)|do not have|haven'?t got|rather not|prefer not|can'?t (share|provide|give|find)|won'?t (share|provide)|not comfortable|none of your business|skip (it|this|that)|no idea|not sure|i don'?t know|dunno|no,? i (don'?t|can'?t))/i;
const UPLOADED = /(传好了|上传了|传了|发了|发过去了|已上传|拍好了|已发送|uploaded|sent (it|them|you)|just sent|here it is|attached)/i;
const QUESTION = /([?？]|吗|么|怎么|为什么|为啥|多久|多少|能不能|可不可以|是否|\b(how|why|what|when|can|will|does|is|do)\b)/i;
const SOCIAL = /^\s*(你好|您好|嗨|哈喽|在吗|在不在|谢谢|好的|好|嗯|行|可以|收到|明白|ok|okay|sure|thanks|thank you|hi|hello|hey|good (morning|afternoon|evening)|yes|yep|fine)\b/i;

/** Classifies what a message is trying to do, given the facts it stated. */
export function classifyIntent(text: string, facts: MerchantFacts): Intent {
  if (WITHDRAW.test(text)) return 'withdraw_consent';
  if (HUMAN.test(text)) return 'ask_human';
  const stated = Object.keys(facts).length > 0;
  if ((DONE.test(text) || BARE_DONE.test(text)) && !NEGATED_DONE.test(text) && !/没有了?(这个|那个)/.test(text)) return 'done';
  if (UPLOAD_WHAT.test(text)) return 'ask_what_to_upload';
  if (DECLINE.test(text) && !/[?？吗]/.test(text)) return 'decline';
  if (stated) return 'provide_info';
  if (UPLOADED.test(text)) return 'provide_info';
  if (QUESTION.test(text)) return 'ask_question';
  if (SOCIAL.test(text)) return 'greeting';
  return 'off_topic';
}
