// What a message is about: the limit request (its process, money, data, documents, timing) or
// something else (weather, sport, food, travel, other app support); and whether it is only social
// (hello, thanks, ok, emoji). Canonical text (simplified, lower case).

/** Words about the credit-limit request: a question with one of these is `ask_question`. */
export const ABOUT_THE_REQUEST =
  /(额度|提额|涨额|授信|利息|利率|费用|手续费|收费|免费|钱|借|贷|还款|申请|审核|审批|评估|结果|进度|多久|几天|什么时候|多长时间|资料|数据|信息|隐私|安全|删|保存|保留|泄露|上传|提交|材料|文件|照片|流水|执照|合同|发票|机器人|真人|人工智能|流程|步骤|下一步|怎么弄|怎么操作|好了|还没好|完了|结束|完成|通过|批|拒|征信|影响|撤回|撤销|取消|授权|同意|店|营业|放款|到账|能提|正规|靠谱|骗|网商|银行|\b(ai|limit|credit|increase|interest|rate|fees?|charges?|costs?|loan|borrow|repay|application|apply|review|assess\w*|approv\w*|decision|result|status|progress|how long|when will|data|privacy|private|safe|secure|delet\w*|store|keep|retain|documents?|upload\w*|submit\w*|files?|photos?|statements?|licen[cs]e|bot|robot|human|process|next step|done|finished|complete|ready|reject\w*|withdraw\w*|cancel\w*|consent|shop|business|account|bank|money|eligible|qualify|how much)\b)/i;

/** Subjects unrelated to the request. */
export const OFF_TOPIC =
  /(天气|下雨|下雪|气温|好吃|吃饭|吃了|吃什么|美食|我的快递|快递到|外卖(怎么|还没|到了|慢)|玩|耍|旅游|景点|电影|电视剧|唱歌|跳舞|唱首|笑话|足球|国足|篮球|比赛|球赛|世界杯|股票|基金|彩票|高铁|火车|机票|飞机|酒店|律师|医生|医院|看病|招人|招聘|工作机会|找工作|支付密码|登录密码|密码|头像|昵称|话费|充值|流量|红包|手机号|换绑|绑定银行卡|游戏|明星|八卦|女朋友|男朋友|结婚|几岁|星座|新闻|堵车|好累|太累|困死|无聊|生意难做|孩子|小孩|女儿|儿子|考上|高考|油价|房价|金价|生病|感冒|吃完饭|午饭|晚饭|早饭|诗|作文|翻译|讲个故事|菜谱|食谱|做法|怎么做(?!账|生意|流水)|哈哈|猫|狗|键盘|\b(lol|poem|essay|translate|cook|cat|dog|keyboard|weather|rain|temperature|forecast|lunch|dinner|breakfast|eat|food delivery|my order|delivery is late|movie|film|song|sing|dance|joke|football|soccer|basketball|match|game|score|who won|stocks?|shares|lottery|train|flight|ticket|hotel|lawyer|doctor|hospital|sick|hiring|vacancy|password|pin|profile picture|avatar|nickname|top up|top-up|recharge|phone credit|data plan|girlfriend|boyfriend|married|how old|traffic|tired|long day|kids?|weekend|holiday|news|election|recipe|bored)s?\b)/i;

/** Clearly elsewhere: other app support, chat about the assistant's person, sport, recommendations. Wins over vague request words. */
export const CLEARLY_OFF_TOPIC =
  /(余额|零钱|提现|支付密码|登录密码|改密码|头像|昵称|话费|充值|红包|换绑|解绑|绑卡|优惠券|积分|哪里人|哪儿人|老家|你多大|你几岁|结婚了|有对象|吃饭了|吃了吗|的球|球队|谁(能|会)赢|比分|推荐(个|一个|几个)?(好的?)?(饭店|餐厅|酒店|会计|律师|医生)|\b(balance|cash out|top[- ]?up|recharge|password|pin|avatar|profile (picture|photo)|nickname|coupons?|vouchers?|cashback|where are you from|how old are you|are you married|who (will|is going to|won) win|(know|recommend) (any|a|some) (good )?(accountants?|lawyers?|restaurants?|hotels?|doctors?|dentists?|places?))\b)/i;

/** What the request itself is about: a question with one of these is never off topic. */
export const CORE_REQUEST =
  /(额度|提额|涨额|授信|利息|利率|审核|审批|评估|申请|资料|材料|上传|提交|流水|执照|贷|\b(limit|credit|application|apply|review|assess\w*|upload\w*|submit\w*|documents?|statements?|licen[cs]e|loan|interest|increase)\b)/i;

const LAUGHTER = /^[\s哈呵嘿嘻!！.。~]*$|^\s*(lol|lmao|haha+|hehe+|hihi)[\s!.]*$/i;

const SOCIAL_TOKENS = [
  '在的', '在呢', '早晨', '哈啰', '哈囉', '安安', 'ok的', 'okok', '你们好', '大家好', '老板好', '你好', '嗨', '哈喽', '哈罗', '喂', '在吗', '在不在', '在么', '在嘛', '早上好', '早安', '上午好', '中午好', '下午好', '晚上好', '晚安',
  '谢谢你们', '谢谢你', '谢谢', '多谢', '感谢', '谢了', '谢啦', '辛苦了', '辛苦啦', '辛苦', '麻烦你了', '麻烦了', '好的', '好滴', '好嘞', '好哒', '好吧', '行吧', '好', '行',
  '可以', '收到', '明白了', '明白', '知道了', '了解', '懂了', '嗯', '哦', '噢', '喔', '没问题', '拜拜', '再见', '回头见', '亲', '是的', '对', '早', '在', '老表', '老铁', '兄弟', '大哥', '大姐', '师傅', '朋友',
  'good morning', 'good afternoon', 'good evening', 'good day', 'thank you so much', 'appreciate your help', 'appreciated', 'thanks a lot', 'thank you', 'many thanks', 'much appreciated', 'appreciate it',
  'okie dokie', 'okey dokey', 'alright then', 'ok then', 'okay then', 'sounds good', 'will do', 'no problem', 'see you', 'take care', 'all right', 'got it', 'noted', 'hello', 'hiya', 'hey', 'hi', 'yo', 'morning', 'afternoon', 'evening',
  'thanks', 'cheers', 'ta', 'okay', 'okie', 'oki', 'ok', 'kk', 'k', 'alright', 'sure', 'fine', 'understood', 'great', 'cool', 'nice', 'awesome', 'np', 'yes', 'yep',
  'yeah', 'bye', 'goodbye', 'perfect', 'lovely', 'brilliant', 'right', 'roger', 'good', 'excellent', 'wonderful', 'sir', 'madam', 'dear', 'team', 'there', 'guys',
  'so much', 'very much', 'with thanks', 'with', '老板', '老师', '大家', '美女', '帅哥', '你们', '你', 'you', 'ah', 'ya', 'yah', 'la', 'ar', 'liao', 'already', 'again', 'for your help', 'for the help', 'mate', 'boss', 'bro', 'you too', 'everyone', 'all',
];
const SOCIAL = new RegExp(`(${SOCIAL_TOKENS.map((t) => (/^[a-z ]+$/.test(t) ? `\\b${t}\\b` : t)).join('|')})`, 'g');
const LEFTOVER = /[\s\p{P}\p{S}啊呀啦哈嘛哟呢吧了嘞咯哒~]|\p{Extended_Pictographic}|\u200d|\ufe0f|\p{M}/gu;

/** True when the message is only laughter ("哈哈哈", "lol"): small talk, not a greeting. */
export const onlyLaughter = (text: string) => /\S/.test(text) && LAUGHTER.test(text);

/** True when the message is only greetings, thanks, acknowledgements or emoji. */
export function onlySocial(text: string): boolean {
  if (!/\S/.test(text)) return false;
  return text.replace(SOCIAL, ' ').replace(LEFTOVER, '') === '';
}
