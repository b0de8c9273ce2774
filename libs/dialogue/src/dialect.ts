// Regional and typed variants rewritten to the plain Mandarin (simplified, lower case) the rules are
// written in. Each entry is a general feature of a variety or of how people type, not one sentence:
// Cantonese function words, Sichuan/Dongbei/Shanghai/Beijing words, voice-input homophones, pinyin
// initials, and English chat spellings. Order matters: longer forms come before their parts.

type Rewrite = readonly [RegExp, string | ((whole: string, ...groups: string[]) => string)];

const PAST: Readonly<Record<string, string>> = {
  send: 'sent',
  finish: 'finished',
  upload: 'uploaded',
  give: 'given',
  submit: 'submitted',
  complete: 'completed',
  provide: 'provided',
};

/** Participles of "I'm after V-ing" (Irish English perfect). */
const AFTER_ING: Readonly<Record<string, string>> = {
  uploading: 'uploaded',
  sending: 'sent',
  submitting: 'submitted',
  finishing: 'finished',
  putting: 'put',
  giving: 'given',
};

/** Cantonese written forms (after traditional → simplified). */
const CANTONESE: readonly Rewrite[] = [
  [/我哋|我地(?!方|址|区|点|图|板|产|摊|铺|下)/g, '我们'],
  [/你哋|你地(?!方|址|区|点|图)/g, '你们'],
  [/佢哋|佢地(?!方|址)/g, '他们'],
  [/哋/g, '们'],
  [/佢/g, '他'],
  [/咗/g, '了'],
  [/嘅/g, '的'],
  [/唔该晒|唔该/g, '谢谢'],
  [/多谢晒/g, '多谢'],
  [/谢晒/g, '谢谢'],
  [/唔好/g, '不要'],
  [/唔使|唔洗|唔驶/g, '不用'],
  [/唔/g, '不'],
  // rules-2.9.0: V晒 (V all: 清晒, 删晒) is V掉; 喇 closing a clause is 了.
  [/(删|清|丢|撤)晒/g, '$1掉'],
  [/(?<=[\u4e00-\u9fff])喇(?=\s*([，,。.!！~]|$))/g, '了'],
  // Hubei and Cantonese 冇得 is 没有 (冇得别的了 = nothing else), never 没有得.
  [/冇得/g, '没有'],
  [/冇/g, '没有'],
  [/喺/g, '在'],
  [/呢(?=个|度|啲|些|几|间|份|张|排|次|单|笔)/g, '这'],
  [/(快|多|好|早|少|大|细|慢)啲/g, '$1点'],
  [/啲/g, '些'],
  [/咩嘢|乜嘢|咩|乜(?!乜)/g, '什么'],
  [/嘢/g, '东西'],
  [/[俾畀](?=[^\s，,。]{0,3}(钱|款|数|单))/g, '付'],
  [/[俾畀]/g, '给'],
  [/而家|依家|宜家/g, '现在'],
  [/成日/g, '经常'],
  [/先至|先得/g, '才'],
  [/点解/g, '为什么'],
  [/点样|点算|点搞/g, '怎么'],
  [/几多/g, '多少'],
  [/边个/g, '谁'],
  [/边度|边处/g, '哪里'],
  [/边间|边家/g, '哪家'],
  [/(交|传|删|搞|做|影|睇|讲|给|卖|整|填|拍)晒/g, '$1完'],
  [/晒(?!太阳|衣服|被|图|单)/g, '完'],
  [/㗎|嘅/g, '的'],
  [/睇/g, '看'],
  [/[揾搵]/g, '找'],
  [/嚟/g, '来'],
  [/咁/g, '这么'],
  [/仲未/g, '还没'],
  [/仲(?!裁|夏|秋|春|冬)/g, '还'],
  [/[舖铺]头/g, '店'],
  [/影相/g, '拍照'],
  [/攞/g, '拿'],
  [/揸/g, '开'],
  [/谂/g, '想'],
  [/啱啱/g, '刚刚'],
  [/啱/g, '对'],
  [/即系/g, '就是'],
  [/咪住|等阵/g, '等一下'],
  [/月结单/g, '对账单'],
  [/搞掂/g, '搞定'],
  [/伙记/g, '伙计'],
  // 粮 is wages in Cantonese: 出粮 (pay day), 粮单 (payslip).
  [/粮单/g, '工资单'],
  [/出粮/g, '发工资'],
  // 三十个w, 流水五六十个: in money talk 个 stands for 万.
  [/个(?=\s*[w万](?![a-z]))/g, ''],
  [/(?<=[一二两三四五六七八九十百几])\s*w(?![a-z])/g, '万'],
  [
    /(流水|营业额|营收|销售额|进账)([^，,。\d]{0,4}[\d一二两三四五六七八九十几百]+(?:来|多)?)个(?=\s*(左右|上下|吧|啦|的样子|[，,。!！]|$))/g,
    '$1$2万',
  ],
  [/食(?=(咩|饭|嘢|什么|东西|晏|宵夜|早餐|午饭|晚饭))/g, '吃'],
  [/喇(?=\s*([，,。.!！~]|$))/g, '了'],
  [/同埋/g, '和'],
  // 有架车 / 有部货车: a classifier with no numeral after 有 counts one.
  [/(有|买了|开)(架|辆|部)(?![分门署位件])(?=[\u4e00-\u9fffa-z])/g, '$1一$2'],
  [/做东西/g, '干活'],
  [/请(了)?(?=[一二两三四五六七八九十几\d]+个?(人|员工|伙计|工人|师傅))/g, '请了'],
];

/** Sichuan/Chongqing, Dongbei, Shanghai, Beijing and Henan words. */
const REGIONAL: readonly Rewrite[] = [
  [/莫得/g, '没有'],
  [/啥子/g, '什么'],
  [/咋个/g, '怎么'],
  [/屋头/g, '家里'],
  [/晓得/g, '知道'],
  [/巴适|安逸/g, '好'],
  [/要得/g, '好的'],
  [/算[球求逑]了/g, '算了'],
  [/摆龙门阵|唠嗑/g, '聊天'],
  [/得行/g, '可以'],
  [/俺们|阿拉|伊拉(?!克)/g, '我们'],
  [/俺|咱(?!们)/g, '我'],
  [/嘎嘎/g, '非常'],
  [/咋整/g, '怎么办'],
  [/咋/g, '怎么'],
  [/弄啥/g, '干什么'],
  [/啥/g, '什么'],
  [/(?<![完调规修平统齐重休工])整(?=个[\d一二两三四五六七八九十几])/g, '做'],
  [/(?<![完调规修平统齐重休工])整(?![理体数齐改天夜晚个月年套洁治顿合容形条])/g, '做'],
  [/得嘞|得勒|好嘞/g, '好的'],
  // 万把块 / 千把块: about ten thousand / a thousand.
  [/(?<![一二两三四五六七八九十百千\d])(万|千)把(?=块|元|钱|\s|$|[，,。])/g, '一$1'],
  // 一打 (a dozen) as a counter before people: 一打员工 = 十二个员工.
  [/(?<![打\d一二两三四五六七八九十])一打(?=(个)?(员工|人|工人|伙计|师傅|店员|小工))/g, '十二'],
  [/(?<![打\d一二两三四五六七八九十])半打(?=(个)?(员工|人|工人|伙计|师傅|店员|小工))/g, '六'],
  [/杠杠的/g, '很好'],
  [/侬/g, '你'],
  [/侪/g, '都'],
  [/(?<=\S)伐(?=\s*([?？。!！,，~]|$))/g, '吗'],
  [/(一|两|二|三|四|五|六|七|八|九|十|几|半|\d+)\s*[只个]\s*号头/g, '$1个月'],
  [/号头/g, '月'],
  [/覅/g, '不要'],
  [/搿/g, '这'],
  [/交关/g, '很'],
  [/辰光/g, '时候'],
  [/做生活/g, '干活'],
  [/廿/g, '二十'],
  // 半拉月 (half a month); 面包 and 小货 after a vehicle classifier are a minivan and a small lorry.
  [/半拉(?=月)/g, '半个'],
  [/(?<=[台辆部])(面包|小货)(?![车店房厂])/g, '$1车'],
  [/卅/g, '三十'],
  // A little over a round figure: Teochew/Hokkien 廿外 (twenty-odd), northern 一百挂零 (a hundred and a bit): 多.
  [/(?<=[十百千万\d])(外|挂零)(?=\s*([万千百块元个人台辆年天箍]|[，,。.!！~]|$))/g, '多'],
  [/(?<=[十百千万\d])挂零/g, '多'],
  [/甭/g, '不用'],
  [/倍儿/g, '很'],
  [/齐活儿?/g, '齐了'],
  [/劳驾/g, '麻烦'],
  [/您/g, '你'],
  [/哪儿/g, '哪里'],
  [/这儿/g, '这里'],
  [/那儿/g, '那里'],
  [/(一块|一点|一会|一下|事|活|玩意|块|点)儿/g, '$1'],
  [/^\s*中[！!。.~]*\s*$/g, '好'],
  [/中不中/g, '好不好'],
  [/恁/g, '你'],
  [/弄啥/g, '干什么'],
];

/**
 * Southern Min (Hokkien/Teochew), Wu, Gan, Hakka and north-western words, and Malaysian Chinese loans.
 * Each is read only where its everyday use is unambiguous (a clause-initial 额 is "I", never 额度).
 */
const SOUTH_AND_NORTHWEST: readonly Rewrite[] = [
  // Hokkien/Teochew: 阮 (we/I), 拢 (all), 今仔日 (today), 边仔 (beside); 着 alone is "right".
  [/阮(?![先小女老总姓家]|氏|元)/g, '我'],
  [/拢(?=[删总共是给交传弄无没有齐])/g, '都'],
  [/今仔日/g, '今天'],
  // rules-2.9.0: Hokkien 一工 / 每工 (a day, a workday) before what it brings in.
  [/(?<=^|[，,。\s每])(一|每)工(?=\s*(大概|差不多|约|就|能|会|有|卖|赚|收|做|挣|[\d一二两三四五六七八九十几]))/g, '$1天'],
  // rules-2.8.0: Hokkien 毋通 / 毋好 (must not), Hubei 么事 (what; 搞么事 = what for). Gan 么子 is left alone: 做么子 is as often "what to do" as "why".
  [/毋通|毋好/g, '不要'],
  [/搞么事/g, '干什么'],
  [/么事/g, '什么'],
  [/边仔/g, '边上'],
  [/^\s*着(?=\s*[，,。.!！])/g, '对'],
  // Henan/Hakka 恁样 (like this), 中 as "OK" opening a reply.
  [/恁样|恁么样/g, '这样'],
  [/^\s*中(?=\s*[，,。.!！])/g, '好'],
  // North-western 额 (I) opening a clause, 咧 closing one, 娃 after a word for workers.
  [/(?<=^|[，,。.!！？?\s])额(?![度外])(?=[\u4e00-\u9fff])/g, '我'],
  [/(?<=[\u4e00-\u9fff])咧(?=\s*([，,。.!！~]|$))/g, '了'],
  [/(伙计|工人|小工|徒弟)娃/g, '$1'],
  // Wu: 勿 before a verb or in A-勿-A (要勿要), 伲 (we), 搭 (and) between people, 屋里 (home).
  [/(\p{Script=Han})勿\1/gu, '$1不$1'],
  [/勿(?=[好肯想要会能晓是用])/g, '不'],
  [/伲/g, '我们'],
  [/(?<=[我你他她])搭(?=[我你他她])/g, '和'],
  [/屋里(?=人)/g, '家里'],
  // Gan/Xiang 恰 (eat) before a particle or food word.
  [/恰(?=[饭咯个了点的过东])/g, '吃'],
  // Malaysian Chinese: 罗里 (lorry).
  [/罗里|啰哩|罗厘|罗哩/g, '货车'],
  // rules-2.9.0. Hakka: 𠊎 (I), 哩 closing a clause (了), V撇 (V掉: 删撇, 丢撇). (係 is already 系 here.)
  [/𠊎/g, '我'],
  [/(?<=[\u4e00-\u9fff])哩(?=\s*([，,。.!！~]|\s|$))/g, '了'],
  [/(删|丢|扔|清|撤|烧)撇/g, '$1掉'],
  // rules-2.9.1: Hakka 脉个/麦个 (what), 爱 (want to) before a verb of sending (never before 交: no submission is read into it).
  [/(脉|麦)个/g, '什么'],
  [/(?<=[我你])爱(?=(传|拍|上传|提供|准备|补))/g, '要'],
  // Teochew/Hokkien 敲电话 (ring), 分 (give) before a person after it; Gan/Xiang 几久 (how long).
  [/敲(?=(个|一个|一通)?电话)/g, '打'],
  [/(?<=电话)分(?=[我你他])/g, '给'],
  [/几久/g, '多久'],
  // Hakka/Gan 伓 (not); Shaanxi 咥 (eat); north-western 额 (I) after 这个/那个 before a negation.
  [/伓/g, '不'],
  [/咥/g, '吃'],
  [/(?<=这个|那个)额(?=[不没])/g, '我'],
  // Tianjin 介 (this) before a classifier, 您了 (you, polite), 别介 (don't); Jiangxi 尔 (you) opening a clause; Shaanxi 得是 (isn't it);
  // Gansu 等一哈 (wait a moment), 阿达 (where).
  [/介(?=个|些|是|么|种|样|事)/g, '这'],
  [/您了|你了(?=帮|给|看)/g, '你'],
  [/别介/g, '别'],
  [/(?<=^|[，,。.!！？?\s])尔(?=[要们是有能会想])/g, '你'],
  [/得是/g, '是不是'],
  [/等一哈/g, '等一下'],
  [/阿达/g, '哪里'],
  // Cantonese/Wu/Min 落雨 (to rain).
  [/落雨/g, '下雨'],
  // North-western 嫑 (don't, as Wu 覅 below); Wu 勿 before a verb of handing over or recording.
  [/嫑/g, '不要'],
  [/勿(?=[拍给传发交删存留])/g, '不'],
  // Uyghur loan 亚克西 (good, well done) said as thanks.
  [/亚克西/g, '好'],
];

/** English words typed inside Chinese (Malaysian/Singaporean code-mixing): 全部upload完了, 每个month. */
const MIXED: Readonly<Record<string, string>> = { upload: '上传', submit: '提交', month: '月', year: '年', apply: '申请' };
const MIXED_WORD =
  /(?<=[\u4e00-\u9fff]\s?)(upload|submit|month|year|apply)(?=\s?[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]\s?)(upload|submit|month|year|apply)\b|\b(upload|submit|month|year|apply)(?=\s?[\u4e00-\u9fff])/g;

/** Taiwan usage, typed homophones and typos, pinyin initials. */
const TYPED: readonly Rewrite[] = [
  [/送出/g, '提交'],
  [/票期/g, '账期'],
  [/帐/g, '账'],
  [/[刘留浏]水/g, '流水'],
  [/营[叶页夜]额/g, '营业额'],
  [/营[叶页夜](?=执照)/g, '营业'],
  [/员功|圆工|员公|原工|员共|原弓|员弓|圆弓/g, '员工'],
  // rules-2.8.0: voice-typed 月节 for 月结 (not 五月节, the festival); Minnan N冬 for N years.
  [/(?<![一二三四五六七八九十正腊端五])月节/g, '月结'],
  [/(?<=[\d一二两三四五六七八九十几])冬(?![天季瓜菇笋装衣])/g, '年'],
  [/副务员|服物员|服务圆/g, '服务员'],
  [/运书|运属/g, '运输'],
  [/(我|你|他)门(?![口店面头外前框卫诊市])/g, '$1们'],
  [/([\d一二两三四五六七八九十几])\s*俩(?=\s*[车货卡])/g, '$1辆'],
  [/资聊|资了(?=[吗呢呀啊都])/g, '资料'],
  // rules-2.9.0: voice-typed 穿 for 传 after what was sent, 提角/题交 for 提交, 约洁/月洁 for 月结.
  [/(?<=[都已全资料材])穿(?=完|好|了|齐)/g, '传'],
  [/提角|题交|提教/g, '提交'],
  [/刻服|课服|客副/g, '客服'],
  [/山掉|山除|删调/g, '删掉'],
  [/手续飞/g, '手续费'],
  [/合铜/g, '合同'],
  [/(?<=[万千百十\d])吃头/g, '出头'],
  [/约洁|月洁|约结/g, '月结'],
  [/上专/g, '上传'],
  [/人公(?=客服)/g, '人工'],
  [/删出/g, '删除'],
  [/撤消/g, '撤销'],
  [/(?<![a-z])rgkf(?![a-z])/g, '人工客服'],
  [/(?<![a-z])kf(?![a-z])/g, '客服'],
  [/(?<![a-z])rg(?![a-z])/g, '人工'],
  [/(?<![a-z])ls(?![a-z])/g, '流水'],
  [/(?<![a-z])pf(?![a-z])/g, '批发'],
  [/(?<![a-z])zl(?![a-z])/g, '资料'],
  [/(?<![a-z])yyzz(?![a-z])/g, '营业执照'],
  [/(?<![a-z])yye(?![a-z])/g, '营业额'],
  [/(?<![a-z])yg(?![a-z])/g, '员工'],
];

/** English chat spellings, common typos, and particles of Singapore/Malaysia English. */
const ENGLISH: readonly Rewrite[] = [
  [/\b(emplyees?|employess|employes|empolyees?|emploees|employeees|employe)\b/g, 'employees'],
  [/\bstaffs\b/g, 'staff'],
  [/\bppl\b/g, 'people'],
  [/\b(?:resturant|restuarant|restaraunt|restrant|resteraunt|restaurent)(s?)\b/g, 'restaurant$1'],
  [/\b(?:bussiness|buisness|busness|bizness)\b/g, 'business'],
  [/\b(?:vechicle|vehical|vehcile|vehicel)(s?)\b/g, 'vehicle$1'],
  [/\bfourty\b/g, 'forty'],
  [/\bhalf a decade\b/g, '5 years'],
  [/(\d)\s*\+\s*(?=(years?|yrs?|months?)\b)/g, '$1 '],
  // rules-2.9.1: "a decade and a half", "three decades"; "two and a half years" keeps its whole years.
  [/\b(a|one) decade and a half\b/g, '15 years'],
  [/\b(a|one) decade\b/g, '10 years'],
  [/\btwo decades\b/g, '20 years'],
  [/\bthree decades\b/g, '30 years'],
  [/\bfour decades\b/g, '40 years'],
  [/\b(two|three|four|five|six|seven|eight|nine|ten|\d+) and a half (?=years?\b)/g, '$1 '],
  [/\ba couple of (?=years|months|weeks|days)/g, '2 '],
  // "twenty-odd years", "thirty-something people", "50-ish": the base, hedged.
  [/\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|\d+)[- ]?(odd|something|ish)\b/g, 'about $1'],
  [/\ba few (?=years|months)/g, '3 '],
  [/\bninty\b/g, 'ninety'],
  [/\b(?:twenty|tweny|twnty)\b/g, 'twenty'],
  [/\b(?:hve|hav)\b/g, 'have'],
  [/\b(?:monthy|mthly|monthley|montly|mnthly|monthely)\b/g, 'monthly'],
  [/\b(?:custmer|cusomer|costumer|custumer|customar)(s?)\b/g, 'customer$1'],
  [/\b(pls|plz|plse|pleasee)\b/g, 'please'],
  [/\b(thx|thnx|thanx|tq|ty|thks|tks|tqvm)\b/g, 'thanks'],
  [/\br(?= (u|you|ya)\b)/g, 'are'],
  [/\bu\b(?!-)/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\bwanna\b/g, 'want to'],
  [/\bgonna\b/g, 'going to'],
  [/\b(dont|dun|donnt)\b/g, "don't"],
  [/\bcant\b/g, "can't"],
  [/\bwont\b/g, "won't"],
  [/\bdidnt\b/g, "didn't"],
  [/\bisnt\b/g, "isn't"],
  [/\bhavent\b/g, "haven't"],
  [/\bim\b/g, "i'm"],
  [/\b(ive)\b/g, "i've"],
  [/\bthats\b/g, "that's"],
  [/[’‘`]/g, "'"],
  // One spelling for "that is" / "that's": the cues are written with the contraction.
  [/\bthat is\b/g, "that's"],
  [/\boso\b/g, 'also'],
  [/\bliao\b/g, 'already'],
  [/\b(abt|abut)\b/g, 'about'],
  [/\barnd\b/g, 'around'],
  [/\bapprox\.?(?=\s|\d)/g, 'approximately '],
  [/\b(revenu|reveune|revnue)\b/g, 'revenue'],
  [/\b(mth|mnth)s\b/g, 'months'],
  [/\b(mth|mnth)\b/g, 'month'],
  [/\byrs\b/g, 'years'],
  [/\byr\b/g, 'year'],
  [/\b(lah|leh|lor|meh|sia|hor|one lah)\b/g, ' '],
  // Filipino English: po (politeness) carries no content.
  [/\bpo\b/g, ' '],
  // Nigerian Pidgin: am (it) after a verb, don (have), never finish (not yet), no fit (cannot), wan (want), talk say (said).
  [
    /\b(submit|process|send|check|finish|delete|remove|leave|take|give|sign|upload|collect|approve|review|cancel|withdraw|do|close) am\b/g,
    '$1 it',
  ],
  [
    /\b(i|we|dem|they) don (send|finish|upload|give|submit|complete|provide)\b/g,
    (_w, who: string, verb: string) => `${who} have ${PAST[verb] ?? verb}`,
  ],
  [/\b(i|we) never (finish|complete|send|upload)\b/g, "$1 haven't finished"],
  [/\bno fit\b/g, "can't"],
  [/\bno go\b/g, "won't"],
  [/\bwan\b/g, 'want'],
  [/\btalk say\b/g, 'said'],
  [/\babeg\b/g, 'please'],
  [/\bno o\b/g, 'no'],
  // rules-2.8.0: wetin (what), una (you, plural), "make I" (should I), sef (even).
  [/\bwetin\b/g, 'what'],
  [/\buna\b/g, 'you'],
  [/\bmake i\b(?= (send|upload|give|bring|submit|provide|do|call|snap|take)\b)/g, 'should i'],
  [/\bsef\b/g, ' '],
  // rules-2.9.0: Pidgin "X don V" with a thing as subject (everything don upload = has been uploaded), "no get" (don't have).
  [
    /\b(everything|all|all of (?:it|them)|all (?:my|our|the) [a-z]+|(?:my|our|the) [a-z]+) don (send|finish|upload|give|submit|complete|provide)\b/g,
    (_w, what: string, verb: string) => `${what} has been ${PAST[verb] ?? verb}`,
  ],
  [/\b(i|we|dem|they) no get\b/g, "$1 don't have"],
  // Tagalog paki- (please do), Malay boleh (can) and tak boleh (cannot).
  [/\bpaki-?(?=[a-z])/g, 'please '],
  [/\btak boleh\b/g, 'cannot'],
  [/\bboleh\b/g, 'can'],
  [/\bpakai\b/g, 'use'],
  // Irish English "I'm after uploading" (I have just uploaded); Caribbean/Pidgin "me an two helpers" (and).
  [
    /\b(i'?m|i am|we'?re|we are) after (uploading|sending|submitting|finishing|putting|giving)\b/g,
    (_w, who: string, verb: string) => `${/^i/.test(who) ? 'i' : 'we'} have just ${AFTER_ING[verb] ?? verb}`,
  ],
  // Jamaican likkle (little), inna (in), bout (about).
  [/\blikkle\b/g, 'little'],
  [/\bsen'/g, 'send'],
  // Korean/learner "is opened at 2018": a year after at is a date.
  [/\b(opened|open|started|founded|established|registered) at (?=(19|20)\d\d\b)/g, '$1 in '],
  [/\bfi mi\b/g, 'for me'],
  [/\bnuh\b/g, "don't"],
  [/\byuh\b/g, 'you'],
  [/\bbredren\b/g, 'friend'],
  [
    /\bmi\b(?= (friend|wife|husband|boss|bredren|papers|documents|docs|data|files|shop|business|stuff|tings|application|info|details|account))/g,
    'my',
  ],
  [/\bmi (?=(done|want|waan|run|have|got|need|nuh|sell|do)\b)/g, 'i '],
  [/\bwaan\b/g, 'want'],
  [/\bwid dis\b/g, 'with this'],
  [/\bwipe out\b/g, 'wipe'],
  [/\binna\b/g, 'in'],
  [/\bbout\b/g, 'about'],
  [/\b(me|us) an (?=(one|two|three|four|five|six|seven|eight|nine|ten|\d+|my|a)\b)/g, '$1 and '],
  // Indian English progressive of possession: "we are having 14 staff", "I am not having GST returns".
  [
    /\b(i am|i'm|we are|we're)( not)? having\b/g,
    (_w, who: string, not?: string) => `${/^i/.test(who) ? 'i' : 'we'} ${not ? "don't have" : 'have'}`,
  ],
  // Tagalog fillers and articles inside English: na lang (just), yung (the).
  [/\bna lang\b/g, ' '],
  [/\byung\b/g, 'the'],
  [/\blahat ng\b/g, 'all'],
  [/\bhuwag\b/g, "don't"],
];

/** Every rewrite, in the order it runs. Kept inside this module: a global RegExp carries `lastIndex`, so it must never be handed out (the workflow worker freezes what modules export). */
const DIALECT_REWRITES: readonly Rewrite[] = [
  ...CANTONESE,
  ...SOUTH_AND_NORTHWEST,
  ...REGIONAL,
  ...TYPED,
  [MIXED_WORD, (word: string) => MIXED[word] ?? word],
  ...ENGLISH,
];

/** Regional words and typed variants rewritten to plain Mandarin/English, in table order. */
export function rewriteDialect(text: string): string {
  let out = text;
  for (const [re, replacement] of DIALECT_REWRITES)
    out = typeof replacement === 'string' ? out.replace(re, replacement) : out.replace(re, replacement);
  return out;
}
