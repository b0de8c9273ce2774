import type { Language } from '@uplift/domain';

/** Short answers to what merchants commonly ask mid-conversation. None promises an outcome. */
const FAQ: readonly { re: RegExp; zh: string; en: string }[] = [
  {
    re: /(利息|利率|费用|手续费|多少钱|interest|rate|fee|charge|cost of the loan)/i,
    zh: '利率和费用以借款页面展示为准，提额本身不收费。',
    en: 'Rates and fees are shown on the loan page; raising your limit costs nothing.',
  },
  {
    re: /(多久|多长时间|什么时候|几天|how long|when will|how soon)/i,
    zh: '材料齐了以后通常几分钟就能出评估结果。',
    en: 'Once your documents are in, the assessment usually takes a few minutes.',
  },
  {
    re: /(安全|隐私|泄露|保密|谁能看|safe|privacy|private|secure|who can see|leak)/i,
    zh: '您的材料只用于这次额度评估，您可以随时撤回授权并删除材料。',
    en: 'Your documents are used only for this limit assessment, and you can withdraw consent and have them deleted at any time.',
  },
  {
    re: /(能提多少|能批多少|能给多少|额度能到|一定能|保证|how much (can|will) i get|will i (get|be approved)|guarantee)/i,
    zh: '最终额度由风控综合评估决定，我没法提前承诺；材料越充分，评估越准确。',
    en: 'The final limit comes from the risk assessment, so I cannot promise a figure; the more you can show, the more accurate it is.',
  },
  {
    re: /(为什么|为啥|干什么用|why)/i,
    zh: '这些信息帮助我们更准确地了解您的经营，从而给出更合适的额度。',
    en: 'It helps us understand your business better, so the limit fits it.',
  },
];

/** Answer to a merchant's question, or a generic one. */
export function answerQuestion(text: string, language: Language): string {
  const hit = FAQ.find((f) => f.re.test(text));
  if (hit) return hit[language];
  return language === 'zh' ? '这个问题我记下了，客户经理可以详细解答。' : 'I have noted your question; our team can answer it in detail.';
}
