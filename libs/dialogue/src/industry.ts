import { allMatches, INDUSTRIES, type IndustryId } from '@uplift/domain';
import { EVERYDAY_TRADE_WORDS } from './industry-words';

// The trade a message states, from the catalogue's keywords (weight 1) and everyday phrases (weight 2),
// plus constructions that name a trade by what the merchant does with a kind of goods: 种/grow (a crop),
// 养 (livestock), 修/fix (things), 批发/distribute (goods), 卖/sell (goods). English words match whole
// words; a trade that is negated ("不是做餐饮的") or named as the customer ("supply to restaurants",
// "给大厂拉货") does not count.

interface Construction {
  id: IndustryId;
  re: RegExp;
  weight: number;
}

const CONSTRUCTIONS: readonly Construction[] = [
  {
    id: 'agriculture',
    re: /(?<![这那哪各一二两三四五六七八九十几多品何某每此该])种(?!类|种|子|族|植物园|植牙|草(?!莓))(?=[\u4e00-\u9fff])/g,
    weight: 2,
  },
  {
    id: 'agriculture',
    // Raising animals is farming even when the animal is also a dish (养小龙虾 over the catering word 小龙虾).
    re: /(?<!保|培|修|休|供|抚|领|收|圈|营|滋|疗|包)养(猪|鸡|鸭|鹅|鱼|牛|羊|虾|蟹|蜂|兔|蚕|殖|鸽|鹌鹑|小龙虾|龙虾|鲍鱼|生?蚝|海参|扇贝|黄鳝|泥鳅|甲鱼|牛蛙|蛙|了[\d一二两三四五六七八九十几百千万]+(头|只|亩))/g,
    weight: 3,
  },
  {
    id: 'agriculture',
    re: /\bgrow(s|ing)?\b(?!\s+(our|my|the|your|this|a|business|sales|revenue|fast|quickly|bigger|steadily))|\b(we|i)\s+(raise|rear)\s+(pigs|chickens|cattle|cows|goats|sheep|ducks|fish|shrimp|prawns)/g,
    weight: 2,
  },
  {
    id: 'personal_services',
    re: /(?<![装维])修(?!路|桥|建|改|订|正|养|行|饰)(?=[\u4e00-\u9fff])|\b(fix|fixes|fixing|repair|repairs|repairing|service|servicing)\s+(phones?|mobiles?|cars?|bikes?|motorbikes?|laptops?|computers?|watches|shoes|appliances|aircons?|air-?conditioners|vehicles)\b/g,
    weight: 2,
  },
  {
    id: 'wholesale',
    re: /批发|\b(wholesal\w*|distribut(e|es|ing|or|ors)|supply|supplies|supplying)\b(?!\s+(contracts?|agreements?|chain|invoices?|records?))/g,
    weight: 3,
  },
  // rules-2.9.0: selling online to consumers ("I sell clothes … online") is retail.
  { id: 'retail', re: /\b(i|we) (sell|resell)\b[^.;]{0,40}\bonline\b/g, weight: 2 },
  {
    id: 'retail',
    re: /(?<!批|拍|买)卖(?!掉|了?车|房|不|出去|得|场|给|[一二两三四五六七八九十几百千万多点些了的个到出])(?=[\u4e00-\u9fff])|\bwe\s+(sell|retail)\b|\bselling\b/g,
    weight: 1,
  },
  // Selling to shops and retailers is wholesale ("we sell to shops", 铺货到超市, 给小卖部供货).
  {
    id: 'wholesale',
    re: /\b(sell|sells|selling|sold|supply|supplies)\s+(\w+\s+){0,3}?to\s+(the\s+|local\s+|small\s+)?(shops?|stores?|retailers?|supermarkets?|minimarts?|sari-sari|groceries|resellers?|dealers?)\b|(卖给|供给|铺货到?|批给|供货给?)[^，,。]{0,3}(超市|商店|小卖部|便利店|门店|店铺|零售商|经销商)/g,
    weight: 3,
  },
  // rules-2.9.0: an orchard, grove or plantation named by its crop (榴莲园, 橘子林, 咖啡基地); never 公园, 幼儿园, 园区.
  {
    id: 'agriculture',
    re: /(果|茶|菜|橘|桔|橙|柚|桃|梨|枣|杏|李|榴莲|芒果|荔枝|龙眼|葡萄|苹果|香蕉|椰子?|胡椒|橡胶|咖啡|可可|花椒|猕猴桃|火龙果|杨梅|柑)(园|林|场|基地|山)(?!区)/g,
    weight: 2,
  },
  // Cooked food sold (卖炸鱿鱼, 做烤串): catering, over the retail reading of 卖.
  { id: 'catering', re: /(炸|烤|煎|卤|炒|煮|蒸)(鱿鱼|串|肉|鸡|鸭|鱼|饭|面|粉|饼|包子|饺子|虾|豆腐|肠|红薯|玉米)/g, weight: 2 },
  // rules-2.9.3: a dish named by how it is cooked (酸汤鱼, 盐水鸭, 手抓羊肉, 红烧肉), and an eatery named by its food (面片馆, 米线店, 羊肉馆).
  {
    id: 'catering',
    re: /(酸汤|水煮|红烧|清蒸|麻辣|酸菜|剁椒|盐水|白切|黄焖|干锅|手抓|铁锅炖|烧|酱|熏)(鱼|鸭|鸡|鹅|排骨|牛蛙|羊肉|牛肉|肉|虾)|(面片?|米线|米粉|粉|饭|馍|粥|饺子?|包子|火锅|烧烤|串串|麻辣烫)(店|馆|档|摊|铺)|(鱼|鸭|鸡|羊肉|牛肉|肉|虾|菜)(馆|档口)/g,
    weight: 2,
  },
  // rules-2.9.3: hauling goods on a route (跑凯里到贵阳的货, 跑长途货): haulage.
  { id: 'logistics', re: /跑[^，,。；;]{0,10}?(的?货(?!款|币|架|品|物质量)|这条线|那条线|专线|线路)/g, weight: 2 },
  // rules-2.9.1: staff split between kitchen and floor (厨房五个、楼面六个, "kitchen 5 front 3"), or diners paying after the meal.
  {
    id: 'catering',
    re: /(厨房|后厨)[^，,。]{0,3}[\d一二两三四五六七八九十]+\s*个?[^。]{0,4}(楼面|前厅|外场|服务员)|\bkitchen\s+\d+\b[^.]{0,10}\b(front|floor|service)\b|(客人|顾客|食客)[^，,。]{0,4}吃完|\b(customers|diners|guests) (pay|settle|pay up) (after|once) (they('ve| have)? )?(eat|eating|finish(ed)? eating|their meal|the meal)\b/g,
    weight: 2,
  },
  // Vehicles kept for deliveries, with no other trade named ("six vans for delivery", 三台车专门送货): the weakest sign of haulage.
  {
    id: 'logistics',
    re: /\b(trucks?|vans?|lorr(y|ies)|vehicles?|multicabs?|tricycles?|pickups?|bakkies?)\b[^.,;]{0,24}\bfor (the )?deliver(y|ies)\b|(车|货车|面包车)[^，,。]{0,6}(专门|都是|用来)(送货|配送|拉货)/g,
    weight: 1,
  },
  // Exporting goods (义乌小商品出口非洲, "export to Africa"), but not 进出口 trading in general.
  {
    id: 'wholesale',
    re: /(?<!进)出口(?=[\u4e00-\u9fff]{0,3}(到|给|非洲|国外|海外|东南亚|中东|欧洲|美国|南美|俄罗斯))|\bexport(s|ing)? (\w+ )?to\b/g,
    weight: 2,
  },
  {
    id: 'manufacturing',
    re: /\b(we|our (company|factory|firm|business|workshop|plant))\s+(make|makes|produce|produces|manufacture|manufactures|build|builds|assemble|assembles|print|prints|mould|moulds|mold|molds)\b(?!\s+(about|around|roughly|\d|money|a profit|profit|sure|sales|revenue))/g,
    weight: 2,
  },
];

/** A mention right after these names the customer or partner, not the merchant's own trade. */
/** How many or which of a trade: 几家, 各大, 连锁, "a few local". */
const QUANTIFIED = String.raw`\s*(((几|多|好几|[一二两三四五六七八九十\d]+)\s*(个|家)|一些|各大|各|大型|本地|附近的?|连锁|local|big|large|some|many|several|a few|chain)\s*)*$`;
const CUSTOMER_BEFORE = new RegExp(
  `(给|为|供应给?|供货给?|卖给|送到|客户(是|有|主要是|主要为)?|下游|上游|对接|\\bto|\\bfor|\\bcustomers?( are| include)?|\\bclients?( are| include)?)${QUANTIFIED}`,
);
/** A trade the merchant settles or deals with ("跟饭店两周一结", "net 30 with the supermarkets") is the other party. */
const PARTY_BEFORE = new RegExp(`(跟|\\bwith( the| our)?)${QUANTIFIED}`);
const DEALS_AFTER = /^[^，,。.;；]{0,8}(结|对账|合作|打交道|签|拿货|进货|供货|送货)/;
/** A trade that pays or buys from the merchant is the customer ("the supermarket chains pay us", "饭店给我们结款"). */
const CUSTOMER_AFTER =
  /^(s|es)?\s*(clients?|customers?|buyers?|accounts)\b|^(客户|客人|买家|大客户)|^(s|es)?\s*(chains?|stores?|outlets?|groups?|owners?|people)?\s*(pay|pays|paid|settle|settles|settled|owe|owes|buy from|buys from|bought from|order from|orders from|source from)\b|^[\u4e00-\u9fff]{0,3}(给我们|欠我们|从我们|找我们)(结|付|打款|回款|拿货|进货|订货|下单)|^(那边|那里|这边|方面|嗰边|嗰度)(都|一般|基本|基本上)?(是)?(月结|周结|季结|现结|压款|压账|账期|结款|回款|付款|给钱|打款)/;
/** rules-2.9.1: a trade that pays the merchant later (那些饭店都是两个月才付钱给我们, 酒店月底才把钱打给我们) is the customer. */
const PAYS_US_AFTER =
  /^[^，,。.;；]{0,12}(付钱|还钱|给钱|结钱|打款|付款|回款|结账|把钱(打|转|给|结))(给|过来给)?(我们|我|俺们|咱们)|^(那边|那里|这边|方面|嗰边|嗰度)?(都|一般|基本上?)?(是)?[\d一二两三四五六七八九十半几]+个?(天|日|周|礼拜|星期|月)(才|先)?(付|结|给|打|找数)(一次|款|钱|(?=\s*([，,。.;；!！]|$)))/;
/**
 * rules-2.9.1: the workplace a person is asked to visit (上门看看我的厂, "could someone visit my factory?") or a trade
 * naming a document asked about (茶楼的卫生许可证也要吗, 分包合同要传几份) is no trade the merchant states.
 */
const VISITED_BEFORE =
  /((看看?|看一下|瞧瞧|参观|考察|来|到|过来|上门)(一下)?(我|我们|咱|咱们|俺|俺们)(的|家)?|\b(visit|see|inspect|tour|check out|look at|come (by|to|over to|round to|and see|and look at)|drop by|pop by|stop by|swing by|drop in at)\s+(my|our|the))\s*$/;
const ASKED =
  /[?？]|吗|能不能|有没有|可不可以|可以不|要不要|需不需要|用不用|\b(can|could|would|will) (you|someone|somebody|anyone|one of|a|an|your)\b/;
const DOCUMENT_AFTER =
  /^[\u4e00-\u9fff]{0,1}(的)?[\u4e00-\u9fff]{0,3}?(许可证|营业执照|执照|合同|协议|证书|照片|报告|牌照|资质|[\u4e00-\u9fff]{1,2}证)[^，,。]{0,8}(吗|么|嘛|不|几|哪|什么|要不要|需不需要)/;

/** Businesses outside the eight trades whose vehicles or fleets would otherwise read as haulage. */
const NO_TRADE =
  /(网约车|出租车|的士|滴滴|专车司机|民宿|客栈|\b(taxis?|cabs?|ride-?hailing|grab car|uber|b&b|bed and breakfast|homestay|guesthouse)\b)/i;
/** Paid by or buying from a trade ("payment is quarterly from the main contractor"): the other party. */
const FROM_PARTY = /\bfrom( the| our)?( main| general| big| head)?\s*$/;
/** "net 45 for the supermarkets", "we deliver to the restaurants": a plural trade after for/to/with the is the other party. */
const THE_PARTIES = /\b(for|to|with|from) the\s*$/;
/** A trade asked of the assistant (你们有在卖保险吗, "do you sell insurance"): the addressee's, not the merchant's. */
const ADDRESSEE = /(你们|您们|贵公司|贵司|\bdo you|\bdoes your|\bcan you|\byou guys)(有在|也|还|能|会|可以)?\s*$/;
/** "been trading since 2012": trading as "in business", not a trade. */
const VERB_USE = /^trading$/;
const NEGATED_BEFORE = /(不是|并非|不做|没做|不开|不干|not an? |not |never |no longer )\S{0,3}$/;

const latin = (k: string) => /^[a-z][a-z\s'&-]*$/.test(k);
const pattern = (k: string) =>
  new RegExp(
    latin(k) ? `\\b${k.replace(/[- ]/g, (c) => (c === '-' ? '[- ]?' : '[- ]'))}(s|es)?\\b` : k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    'g',
  );

/** Each catalogue word with a cheap substring that must be present before its pattern runs. */
const LEXICON: readonly { id: IndustryId; re: RegExp; weight: number; needle: string }[] = INDUSTRIES.flatMap((entry) => [
  ...entry.keywords.map((k) => ({ id: entry.id, re: pattern(k), weight: 1, needle: k.split(/[- ]/)[0] ?? k })),
  ...entry.phrases.map((k) => ({ id: entry.id, re: pattern(k), weight: 2, needle: k.split(/[- ]/)[0] ?? k })),
  ...(EVERYDAY_TRADE_WORDS[entry.id] ?? []).map((k) => ({ id: entry.id, re: pattern(k), weight: 2, needle: k.split(/[- ]/)[0] ?? k })),
]);

/** Industry of the merchant a canonical message states, or undefined. */
export function industryOf(text: string): IndustryId | undefined {
  const scores = new Map<IndustryId, number>();
  const denied = new Map<IndustryId, number>();
  for (const { id, re, weight, needle } of [...LEXICON, ...CONSTRUCTIONS.map((c) => ({ ...c, needle: '' }))]) {
    if (!text.includes(needle)) continue;
    for (const m of allMatches(text, re)) {
      const at = m.index ?? 0;
      const before = text.slice(Math.max(0, at - 12), at);
      if (
        VERB_USE.test(m[0]) &&
        (/(been|still|start(ed)?|began|keep|kept)\s*$/.test(before) ||
          /^\s+(since|for|as)\b/.test(text.slice(at + m[0].length, at + m[0].length + 8)))
      )
        continue;
      const purpose = /^\s*(purposes?|use|work|business|services?)\b/.test(text.slice(at + m[0].length, at + m[0].length + 12));
      const rest = text.slice(at + m[0].length, at + m[0].length + 24);
      if ((CUSTOMER_BEFORE.test(before) && !purpose) || CUSTOMER_AFTER.test(rest) || PAYS_US_AFTER.test(rest)) continue;
      if (ASKED.test(text) && (VISITED_BEFORE.test(text.slice(Math.max(0, at - 24), at)) || DOCUMENT_AFTER.test(rest))) continue;
      if (/^[a-z]/.test(m[0]) && (FROM_PARTY.test(text.slice(Math.max(0, at - 20), at)) || (/s$/.test(m[0]) && THE_PARTIES.test(before))))
        continue;
      if (ADDRESSEE.test(text.slice(Math.max(0, at - 10), at))) continue;
      // rules-2.9.5: a trade word naming a document ("the freight contracts", "shipping bill of lading") or another's orders
      // (接的都是贸易公司的单) is no trade of the merchant's.
      if (
        /^[a-z]/.test(m[0]) &&
        /^\s*(contracts?|agreements?|invoices?|bills?|receipts?|statements?|documents?|papers?|records?)\b/.test(rest)
      )
        continue;
      if (/^[\u4e00-\u9fff]{0,3}的(单|订单|活儿?)/.test(rest)) continue;
      if (/\b(a|the|any|some) (good|nice|decent|cheap|great|best)\s*$/.test(before)) continue;
      // rules-2.9.0: a dish or shop asked about (哪家泡馍最好吃, 哪里有好吃的拌粉, "where can I get good pho") is no trade of the merchant's.
      if (/(哪家|哪里|哪儿|哪间|\bwhere\b|\bwhich\b)[^，,。.;；]{0,10}$/.test(text.slice(Math.max(0, at - 12), at))) continue;
      const party = /^[a-z]/.test(m[0])
        ? /s$/.test(m[0]) && /\bwith\b/.test(before.slice(-14))
        : /跟/.test(before) && DEALS_AFTER.test(rest);
      if (party && PARTY_BEFORE.test(before)) continue;
      // rules-2.9.0: a denial counts only against a trade the message never states (不是车队 beside 做货代 stays logistics).
      if (NEGATED_BEFORE.test(before)) denied.set(id, (denied.get(id) ?? 0) + 3);
      else scores.set(id, (scores.get(id) ?? 0) + weight);
    }
  }
  // Taxi and ride-hailing fleets and guesthouses fit none of the trades: their cars and "fleet" say no haulage.
  for (const [id] of denied) if (!scores.has(id)) scores.set(id, -3);
  if (NO_TRADE.test(text)) scores.delete('logistics');
  let best: { id: IndustryId; score: number } | undefined;
  for (const [id, score] of scores) if (score > 0 && (!best || score > best.score)) best = { id, score };
  return best?.id;
}
