// The console's words in Chinese and English. Reason codes are rendered as sentences in reasons.ts.

/** A language of the console. */
export type Lang = 'zh' | 'en';

const WORDS = {
  title: ['提额案件控制台', 'Uplift case console'],
  signIn: ['登录', 'Sign in'],
  signOut: ['退出', 'Sign out'],
  apiKey: ['API 密钥（审核、合规或运维）', 'API key (reviewer, compliance or operator)'],
  keyNote: ['密钥只用于登录，浏览器不会保存。', 'The key is only used to sign in; the browser does not keep it.'],
  language: ['English', '中文'],
  queue: ['审核队列', 'Review queue'],
  compliance: ['合规', 'Compliance'],
  operations: ['运维', 'Operations'],
  signedInAs: ['已登录', 'Signed in'],
  loading: ['加载中…', 'Loading…'],
  total: ['待审核', 'In review'],
  unclaimed: ['未认领', 'Unclaimed'],
  mine: ['我认领的', 'Mine'],
  overdue: ['已超时', 'Overdue'],
  matching: ['符合筛选', 'Matching'],
  industry: ['行业', 'Industry'],
  any: ['全部', 'Any'],
  reason: ['原因代码', 'Reason code'],
  claim: ['认领', 'Claim'],
  release: ['释放', 'Release'],
  claimedBy: ['认领人', 'Claimed by'],
  you: ['我', 'you'],
  others: ['他人', 'Others'],
  sort: ['排序', 'Sort'],
  sortDue: ['截止时间', 'Due time'],
  sortNewest: ['最新转审', 'Newest'],
  sortAmount: ['申请额度', 'Amount'],
  case: ['案件', 'Case'],
  age: ['等待', 'Waiting'],
  due: ['截止', 'Due'],
  requested: ['申请额度', 'Requested'],
  current: ['当前额度', 'Current'],
  provisional: ['系统建议', 'Engine figure'],
  triggers: ['转审原因', 'Referred for'],
  open: ['打开', 'Open'],
  back: ['返回', 'Back'],
  conversation: ['对话记录', 'Conversation'],
  merchant: ['商户', 'Merchant'],
  assistant: ['助手', 'Assistant'],
  evidence: ['材料', 'Evidence'],
  erased: ['已删除（个人数据已擦除）', 'Erased (personal data shredded)'],
  verdict: ['真实性结论', 'Authenticity'],
  fields: ['识别字段', 'Recognised fields'],
  findings: ['发现', 'Findings'],
  showBoxes: ['显示字段框', 'Show field boxes'],
  showRegions: ['显示可疑区域', 'Show suspicious regions'],
  showHeatmap: ['显示热力图', 'Show heatmap'],
  consistency: ['跨材料一致性', 'Consistency across documents'],
  decision: ['决定', 'Decision'],
  estimators: ['估算', 'Estimates'],
  decide: ['作出决定', 'Decide'],
  outcome: ['结果', 'Outcome'],
  approved: ['批准', 'Approve'],
  partial: ['部分批准', 'Partial'],
  declined: ['拒绝', 'Decline'],
  grantedLimit: ['批准额度（元）', 'Granted limit (CNY)'],
  note: ['备注', 'Note'],
  submit: ['提交', 'Submit'],
  fourEyes: ['超过此金额的改判需要第二位审核人确认：', 'Overrides granting above this need a second reviewer: '],
  proposed: ['已提交改判，等待第二位审核人确认。', 'Override proposed; waiting for a second reviewer.'],
  confirm: ['确认改判', 'Confirm override'],
  reject: ['驳回改判', 'Reject override'],
  decided: ['已决定', 'Decided'],
  agrees: ['与系统一致', 'Agrees with the engine'],
  disagrees: ['与系统不一致', 'Departs from the engine'],
  events: ['事件时间线', 'Event timeline'],
  chainOk: ['哈希链校验通过', 'Hash chain verified'],
  chainBad: ['哈希链校验失败', 'Hash chain broken'],
  download: ['下载审计包', 'Download audit bundle'],
  downloadHtml: ['审计报告（HTML）', 'Audit report (HTML)'],
  caseId: ['案件编号', 'Case id'],
  show: ['查看', 'Show'],
  stuck: ['卡住的案件', 'Stuck cases'],
  problem: ['问题', 'Problem'],
  since: ['开始于', 'Since'],
  lastFailure: ['最近失败', 'Last failure'],
  temporalUi: ['在 Temporal UI 中打开', 'Open in the Temporal UI'],
  none: ['无', 'None'],
  agreement: ['审核与系统一致率', 'Reviewer agreement with the engine'],
  error: ['出错了', 'Something went wrong'],
  replay: ['重放与校验', 'Replay and verification'],
  runReplay: ['运行校验', 'Run the checks'],
  replayOk: ['全部校验通过', 'Every check passed'],
  replayBad: ['有校验未通过', 'A check failed'],
} satisfies Record<string, [string, string]>;

/** A word of the console. */
export type Word = keyof typeof WORDS;

let lang: Lang = navigator.language.startsWith('zh') ? 'zh' : 'en';

/** The language in use. */
export const currentLang = (): Lang => lang;

/** Switches the language (the App re-renders). */
export function setLang(next: Lang): void {
  lang = next;
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
}

/** The word in the current language. */
export function t(word: Word): string {
  return WORDS[word][lang === 'zh' ? 0 : 1];
}

/** A CNY amount in the current language. */
export function cny(amount: number): string {
  return `¥${amount.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB')}`;
}

/** A time in the current language. */
export function when(iso: string): string {
  return new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
}

/** How long ago, in hours or days. */
export function ago(iso: string, now = Date.now()): string {
  const hours = Math.max(0, (now - Date.parse(iso)) / 3_600_000);
  if (hours < 48) return lang === 'zh' ? `${Math.round(hours)} 小时` : `${Math.round(hours)} h`;
  return lang === 'zh' ? `${Math.round(hours / 24)} 天` : `${Math.round(hours / 24)} d`;
}
