import type { FactName, IndustryId, Language, MerchantFacts } from '@uplift/domain';
import { pick } from './random';

/** A merchant message and the facts it really states (the ground truth for slot scoring). */
export interface Utterance {
  text: string;
  gold: MerchantFacts;
}

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 0..9999 in Chinese numerals (两 for a leading 2 before 百/千). */
export function zhNumber(n: number): string {
  if (n < 10) return n === 2 ? '两' : (ZH_DIGITS[n] ?? '');
  if (n < 20) return `十${n % 10 === 0 ? '' : ZH_DIGITS[n % 10]}`;
  if (n < 100) return `${ZH_DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : ZH_DIGITS[n % 10]}`;
  if (n < 1000) {
    const rest = n % 100;
    const head = Math.floor(n / 100) === 2 ? '两' : ZH_DIGITS[Math.floor(n / 100)];
    return `${head}百${rest === 0 ? '' : rest < 10 ? `零${ZH_DIGITS[rest]}` : rest < 20 ? `一${zhNumber(rest)}` : zhNumber(rest)}`;
  }
  const rest = n % 1000;
  const head = Math.floor(n / 1000) === 2 ? '两' : ZH_DIGITS[Math.floor(n / 1000)];
  return `${head}千${rest === 0 ? '' : rest < 100 ? `零${zhNumber(rest)}` : zhNumber(rest)}`;
}

const EN_SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const enCount = (n: number) => (n <= 12 ? (EN_SMALL[n] ?? String(n)) : String(n));

/** Monthly revenue phrased like a merchant would (returns the value the text states). */
function revenueText(random: () => number, value: number, language: Language, hedged: boolean): Utterance {
  const wan = Math.max(1, Math.round(value / 10_000));
  const v = wan * 10_000;
  if (language === 'zh') {
    const forms: (() => Utterance)[] = [
      () => ({ text: `月流水大概${zhNumber(wan)}${hedged ? '来' : ''}万`, gold: { monthlyRevenue: v } }),
      () => ({ text: `一个月能做${wan}万左右吧`, gold: { monthlyRevenue: v } }),
      () => ({ text: `每月营业额${wan}万`, gold: { monthlyRevenue: v } }),
      () => ({
        text: `一年营业额${zhNumber(wan * 12 > 9999 ? Math.round((wan * 12) / 10) * 10 : wan * 12)}万`,
        gold: { monthlyRevenue: Math.round(((wan * 12 > 9999 ? Math.round((wan * 12) / 10) * 10 : wan * 12) * 10_000) / 12) },
      }),
      () => ({ text: `上个月流水${wan}万出头`, gold: { monthlyRevenue: v } }),
      () => ({ text: `生意还行，月收入${v}元`, gold: { monthlyRevenue: v } }),
      () => ({ text: `流水每个月${wan}w左右`, gold: { monthlyRevenue: v } }),
    ];
    return pick(random, forms)();
  }
  const forms: (() => Utterance)[] = [
    () => ({ text: `about ${v.toLocaleString('en-US')} a month`, gold: { monthlyRevenue: v } }),
    () => ({ text: `monthly turnover is around ${wan * 10}k`, gold: { monthlyRevenue: v } }),
    () => ({
      text: `we do roughly ${(wan * 12) / 100} million a year in sales`,
      gold: { monthlyRevenue: Math.round((wan * 12 * 10_000) / 12) },
    }),
    () => ({ text: `revenue last month was ${v.toLocaleString('en-US')}`, gold: { monthlyRevenue: v } }),
    () => ({ text: `we make around ${wan * 10}k a month`, gold: { monthlyRevenue: v } }),
    () => ({ text: `sales are ${hedged ? 'maybe ' : ''}${wan * 10} thousand per month`, gold: { monthlyRevenue: v } }),
  ];
  return pick(random, forms)();
}

function countText(
  random: () => number,
  fact: 'vehicles' | 'seats' | 'employees',
  n: number,
  language: Language,
  industry: IndustryId,
): Utterance {
  const gold = { [fact]: n } as MerchantFacts;
  if (language === 'zh') {
    const forms: Record<typeof fact, string[]> = {
      vehicles:
        industry === 'construction'
          ? [`有${zhNumber(n)}台挖机`, `挖机装载机一共${n}台`, `${zhNumber(n)}辆工程车`]
          : [`有${zhNumber(n)}辆重卡`, `车队${n}辆车`, n > 1 ? `${zhNumber(n - 1)}台货车和一辆面包车` : `就一辆货车`],
      seats: [`店里有${n}个座位`, `能坐${n}人`, `座位${zhNumber(n)}个`],
      employees: [`${zhNumber(n)}个员工`, `员工${n}个`, `雇了${n}个工人`, `手下有${zhNumber(n)}个人`],
    };
    return { text: pick(random, forms[fact]), gold };
  }
  const forms: Record<typeof fact, string[]> = {
    vehicles:
      industry === 'construction'
        ? [`we have ${enCount(n)} excavators`, `${n} diggers and loaders in total`]
        : [`we run ${enCount(n)} trucks`, n > 1 ? `${enCount(n - 1)} trucks and a van` : 'just one truck', `a fleet of ${n} vehicles`],
    seats: [`${n} seats`, `we can seat ${n} people`, `the restaurant has ${enCount(n)} seats`],
    employees: [`${n} employees`, `a team of ${enCount(n)}`, `we employ ${enCount(n)} people`, `${n} staff`],
  };
  return { text: pick(random, forms[fact]), gold };
}

function yearsText(random: () => number, years: number, language: Language, refYear: number): Utterance {
  const gold = { yearsInBusiness: years };
  if (language === 'zh') {
    return pick(random, [
      { text: `做了${zhNumber(years)}年了`, gold },
      { text: `${refYear - years}年开的店`, gold: { yearsInBusiness: years } },
      { text: `干这行${years}年多了`, gold },
    ]);
  }
  return pick(random, [
    { text: `been in business ${years} years`, gold },
    { text: `we started in ${refYear - years}`, gold },
    { text: `running it for ${enCount(years)} years now`, gold },
  ]);
}

function cycleText(random: () => number, days: number, language: Language): Utterance {
  const months = Math.round(days / 30);
  if (days === 0)
    return language === 'zh'
      ? { text: pick(random, ['都是现结', '客人当场付钱，现结']), gold: { paymentCycleDays: 0 } }
      : { text: pick(random, ['customers pay on the spot', 'cash on delivery mostly']), gold: { paymentCycleDays: 0 } };
  if (language === 'zh') {
    return pick(random, [
      { text: `回款周期${zhNumber(months)}个月`, gold: { paymentCycleDays: months * 30 } },
      { text: `账期${days}天`, gold: { paymentCycleDays: days } },
      { text: `客户一般${zhNumber(months)}个多月才回款`, gold: { paymentCycleDays: months * 30 } },
      ...(months === 1 ? [{ text: '基本都是月结', gold: { paymentCycleDays: 30 } }] : []),
      ...(months === 6 ? [{ text: '回款要半年', gold: { paymentCycleDays: 180 } }] : []),
    ]);
  }
  return pick(random, [
    { text: `customers pay in ${days} days`, gold: { paymentCycleDays: days } },
    { text: `payment terms are net ${days}`, gold: { paymentCycleDays: days } },
    { text: `we usually get paid after ${enCount(months)} months`, gold: { paymentCycleDays: months * 30 } },
    ...(months === 6 ? [{ text: 'payment takes about half a year', gold: { paymentCycleDays: 180 } }] : []),
  ]);
}

/** What each trade says when asked what it does (zh, en). */
export const TRADE_TEXT: Record<IndustryId, Record<Language, readonly string[]>> = {
  catering: {
    zh: ['我开了家饭馆', '我是做餐饮的，开了个小饭店', '开火锅店的'],
    en: ['I own a restaurant', 'we run a small noodle shop', 'I have a cafe'],
  },
  retail: {
    zh: ['我开便利店', '开了个小超市', '我做零售，开了家水果店'],
    en: ['I have a convenience store', 'we run a grocery store', 'I own a corner shop'],
  },
  logistics: {
    zh: ['我是跑运输的', '做货运的，有个车队', '我们是物流公司'],
    en: ['I run a trucking company', 'we do road freight', 'small haulage business'],
  },
  construction: {
    zh: ['我们是做工程的', '包工程的，也出租挖掘机', '做装修公司'],
    en: ["we're a small construction contractor", 'I rent out excavators and do earthworks', 'renovation contractor'],
  },
  manufacturing: {
    zh: ['我们是个加工厂', '开工厂的，做五金加工', '做服装加工'],
    en: ['we run a small factory', 'I own a machining workshop', 'garment factory'],
  },
  wholesale: {
    zh: ['我做批发的', '开了家贸易公司', '我们是经销商'],
    en: ["I'm a wholesaler", 'we are a trading company', 'I run a distributor business'],
  },
  agriculture: { zh: ['我搞养殖的', '种植大棚蔬菜', '有个果园'], en: ['I have a farm', 'we run a greenhouse', 'I keep livestock'] },
  personal_services: {
    zh: ['我开理发店', '开了家美容院', '做洗车店的'],
    en: ['I run a hair salon', 'I own a car wash', 'we have a beauty salon'],
  },
};

/** A message answering a question about one fact. */
export function factText(
  random: () => number,
  fact: FactName,
  truth: MerchantFacts & { industry: IndustryId },
  language: Language,
  hedged: boolean,
  refYear: number,
): Utterance {
  switch (fact) {
    case 'industry':
      return { text: pick(random, TRADE_TEXT[truth.industry][language]), gold: { industry: truth.industry } };
    case 'monthlyRevenue':
      return revenueText(random, truth.monthlyRevenue ?? 100_000, language, hedged);
    case 'vehicles':
    case 'seats':
    case 'employees':
      return countText(random, fact, truth[fact] ?? 3, language, truth.industry);
    case 'yearsInBusiness':
      return yearsText(random, truth.yearsInBusiness ?? 3, language, refYear);
    case 'paymentCycleDays':
      return cycleText(random, truth.paymentCycleDays ?? 30, language);
    default: {
      const unreachable: never = fact;
      return unreachable;
    }
  }
}

/** A bare answer ("20万", "5") to the question on the table. */
export function terseText(fact: FactName, truth: MerchantFacts, language: Language): Utterance | null {
  if (fact === 'monthlyRevenue' && truth.monthlyRevenue !== undefined) {
    const wan = Math.max(1, Math.round(truth.monthlyRevenue / 10_000));
    return language === 'zh'
      ? { text: `${wan}万`, gold: { monthlyRevenue: wan * 10_000 } }
      : { text: `${wan * 10}k`, gold: { monthlyRevenue: wan * 10_000 } };
  }
  if ((fact === 'vehicles' || fact === 'seats' || fact === 'employees') && truth[fact] !== undefined)
    return { text: String(truth[fact]), gold: { [fact]: truth[fact] } };
  return null;
}

export const DECLINE_TEXT: Record<Language, readonly string[]> = {
  zh: ['没有这个', '这个不方便说', '不太清楚', '没这个，跳过吧'],
  en: ["I don't have that", "I'd rather not say", 'not sure', "don't have one, skip it"],
};
export const OFF_TOPIC_TEXT: Record<Language, readonly string[]> = {
  zh: ['今天好累啊', '刚吃完饭', '最近生意难做', '哈哈哈'],
  en: ['traffic was terrible this morning', 'my kid is sick today', 'long day', 'lol'],
};
export const QUESTION_TEXT: Record<Language, readonly string[]> = {
  zh: ['利息是多少？', '要多久才有结果？', '我的资料安全吗？'],
  en: ['what is the interest rate?', 'how long will it take?', 'is my data safe?'],
};
