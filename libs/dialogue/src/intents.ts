import type { Intent, MerchantFacts } from '@uplift/domain';

const RULES: readonly { intent: Intent; pattern: RegExp }[] = [
  { intent: 'ask_human', pattern: /(人工|客服|真人|转人|经理|human|agent|real person|representative|speak to (someone|a person))/i },
  { intent: 'done', pattern: /(就这些|没有了|没了|提交吧|可以提交|完成了|好了|弄好了|传完了|结束|帮我(评估|算)|开始评估|that'?s all|that is all|i'?m done|i am done|\bdone\b|finished|submit|go ahead|nothing (else|more))/i },
  { intent: 'ask_what_to_upload', pattern: /(上传什么|传什么|要什么材料|需要什么|哪些材料|什么材料|要哪些|提供什么|what (should|do|can) i (upload|send|provide)|what do you need|which documents|what documents|what (else )?can i submit)/i },
];
const NEGATED_DONE = /(还没|没有好|没好|未完成|not (done|finished|yet)|haven'?t finished)/i;
const QUESTION = /([?？]|吗|么|怎么|为什么|多久|多少|能不能|可不可以|\b(how|why|what|when|can|will|does|is)\b)/i;
const GREETING = /^\s*(你好|您好|嗨|哈喽|在吗|hi|hello|hey|good (morning|afternoon|evening))\b/i;

/** Classifies what a message is trying to do, given the facts it stated. */
export function classifyIntent(text: string, facts: MerchantFacts): Intent {
  for (const rule of RULES) {
    if (!rule.pattern.test(text)) continue;
    if (rule.intent === 'done' && NEGATED_DONE.test(text)) continue;
    return rule.intent;
  }
  if (Object.keys(facts).length > 0) return 'provide_info';
  if (QUESTION.test(text)) return 'ask_question';
  if (GREETING.test(text)) return 'greeting';
  return 'off_topic';
}
