import { allMatches } from '@uplift/domain';
import type { FoundNumber } from './numbers';
import { clauseStart, CORRECTED_TO, CORRECTION, deniedFigure, type Work } from './slot-work';

// Counts of vehicles, seats and staff. A figure counts when a noun of its kind follows it ("8辆车",
// "16 employees", "四十个位") or precedes it ("货车四辆", "阿姨有三十多个", "fleet of 7"), or when "N个人"
// sits in talk about staff. Several figures of one kind add up ("两台挖机三辆渣土车") unless the message
// corrects itself or one is a total ("一共"); figures from the past ("刚开始就两台车") give way to the
// present one. "没有车" / "no trucks of our own" is an explicit zero.

export type CountSlot = 'vehicles' | 'seats' | 'employees';

const HEDGE = String.raw`\s*(?:多|来|余|几|出头|左右|-?odd|-?ish|\+|plus|or so|or more)?\s*`;
const VEHICLE_NOUN =
  '(重型|轻型|大|小|中型|半挂|冷链|冷藏|自己的)?(重卡|卡车|货车|挂车|半挂车?|冷藏车|冷链车|拖头|车头|面包车|轻卡|厢式车|厢货|车子|车辆|货柜车|拖车|皮卡|吊车|搅拌车|泵车|渣土车|工程车|出租车|的士|网约车|三轮车|(?:trucks?|truk|lori|lorr(?:y|ies)|vans?)\\b|车(?!货|的货|料|沙|石|砖|土|水泥|菜|果|煤|皮|次|票|位|间|工|床|\\s*[\\d一二两三四五六七八九十几]))';
// rules-2.9.2: 张 counts vehicles in the south-west (四张车, 五张冷藏车), only with a vehicle noun after it.
// rules-2.9.4: 个 before a vehicle noun (八个车, 一个三轮车) counts vehicles too.
const VEHICLE_AFTER = new RegExp(`^${HEDGE}(辆|部|台|架|张|个)?\\s*${VEHICLE_NOUN}`);
const CLASSIFIER_ONLY = new RegExp(
  `^${HEDGE}(辆|台|部|架)(?![\\u4e00-\\u9fff]*(机器|设备|机床|电脑|收银|空调|冰箱|打印|缝纫|注塑|冰柜|机))`,
);
const VEHICLE_AFTER_EN = new RegExp(
  `^${HEDGE}(of\\s+)?(our\\s+own\\s+)?(heavy|light|small|big|large|old|new|refrigerated|reefer|cold-chain|dump|tipper|box|delivery|semi|own|company|electric|diesel|second-hand|used|flatbed|ten-wheeler|six-wheeler)?(-duty)?\\s*(trucks?|vans?|lorr(?:y|ies)|vehicles?|trailers?|tankers?|mixers?|rigs?|semis|pickups?|tippers?|reefers?|tractor units?|tractor heads?|prime movers?|multicabs?|jeepneys?|tricycles?|matatus?|boda[- ]?bodas?|tuk[- ]?tuks?|auto[- ]?rickshaws?|rickshaws?|flatbeds?|kekes?|danfos?|okadas?|tempos?|bakkies?|cabs?|taxis?|utes?|minibus(?:es)?|buses)\\b`,
  'i',
);
const SEAT_AFTER = new RegExp(
  `^${HEDGE}(个|张)?\\s*(座位|餐位|位子|位置|座(?!谈|机|椅)|个位(?![置数])|凳子|板凳|高脚凳|seats?\\b|-?seater\\b|covers\\b|pax\\b|(bar |counter )?stools\\b)`,
  'i',
);
const STAFF_NOUN_ZH =
  '(员工|打包的|打包员|打包工|小姐姐|小哥哥|小妹|工人|伙计|师傅|店员|服务员|厨师|司机|技师|理发师|美容师|美甲师|发型师|按摩师|足疗师|帮工|长工|雇员|职工|工作人员|小工|学徒|阿姨|保洁|销售|业务员|收银员?|导购|营业员|骑手|快递员|配送员|搬运工|装卸工|普工|操作工|焊工|木工|电工|帮厨|洗碗工|跑堂|保安|修理工|维修工|工友|人手|教练|老师|店长|厨子|伙夫|护工|月嫂|全职|兼职|徒弟|帮手|大厨|厨工|服务生|车位工|车工|缝纫工|杂工|临时工|钟点工|包装工|技工|熟练工|季节工|短工|计件工|洗车工|医生|助理|护士|保育员|摄影师|做工的|打工的|工仔|karyawan|pekerja|(?<![会成学队社委议官演球党团])员)';
const STAFF_NOUN_EN =
  '(employees?|staff|photographers?|doctors?|vets?|nurses?|jackaroos?|jillaroos?|farm ?hands|tradies|apprentices?|(?:boys|girls|men|women|ladies)(?=\\s+(?:working|who work|that work|(?:that |who )?i (?:pay|employ|hired?)|on (?:the )?(?:payroll|wages)|helping))|workers?|drivers?|helpers?|cooks?|chefs?|waiters?|waitresses|stylists?|technicians?|techs?|hands|mechanics?|cleaners?|therapists?|barbers?|assistants?|salespeople|crew|labou?rers?|engineers?|operators?|riders?|tailors?|beauticians?|manicurists?|full-timers?|part-timers?|team members|full[- ]?timers?|part[- ]?timers?|full[- ]time(?=\\s+and\\b|\\s*$|\\s*[,.;])|part[- ]time(?=\\s+and\\b|\\s*$|\\s*[,.;])|coach(?:es)?|trainers?|teachers?|nurses|guards?|packers?|pickers?|groomers?|bakers?|baristas?|hairdressers?|tutors?|instructors?|nannies|caregivers?|carers?|pharmacists?|florists?|plumbers?|electricians?|welders?|carpenters?|painters?|masons?|loaders?|conductors?|seamstress(es)?|machinists?|servers|bartenders?|cashiers?|clerks?|farm ?hands?|kitchen hands?|dishwashers|porters?|movers|(people |staff |workers )?on (the |our )?payroll)';
const STAFF_AFTER = new RegExp(
  `^${HEDGE}(个|名|位)?\\s*(of\\s+)?(full-time\\s+|part-time\\s+)?(${STAFF_NOUN_ZH}|((?!years?\\b|months?\\b|days?\\b|of\\b)[a-z]+\\s+)?${STAFF_NOUN_EN}\\b)`,
  'i',
);
const PEOPLE_AFTER = new RegExp(
  `^${HEDGE}(个|名|位|号)?\\s*(人|people\\b|peoples\\b|persons\\b|guys\\b|blokes\\b|lads\\b|folks\\b|pax\\b)`,
  'i',
);
/** The owners' own number: 我们俩, 咱两个, 我跟我哥两个, 夫妻俩. */
const OWNERS_NUMBER_BEFORE = /(我们|咱们|咱|俺们|俺俩|夫妻|两口子|(我跟|我和)[\u4e00-\u9fff]{1,3})\s*$/;
/** "现在九个", "now it's eleven", "now we have 12": a count restated as it is now. */
const PRESENT_BEFORE = /(现在|目前|如今|\bnow)\s*(又|就|只|还)?\s*(是|有|剩|剩下|it'?s|we have|we'?ve got|there are|we run|have)?\s*$/i;
/** What may surround a bare head count that is the whole message: 我们有十五个人吧, "we are 12 people in total". */
const HEAD_COUNT_FILLER =
  /^(\s|[，,。.!！~]|我们|我这边?|店里|厂里|公司|一共|总共|共|有|大概|差不多|左右|吧|啊|呢|了|\bwe\b|\bwe are\b|\bwe're\b|\bthere are\b|\bin total\b|\btotal\b|\babout\b|\baround\b|\broughly\b|\ball\b|\bhere\b)*$/i;
/** "a dozen of us", "there are 8 of us": the whole team, counted as staff. */
const OF_US_AFTER = /^\s*(of us|of us here|of us in total)\b/i;
const STAFF_CONTEXT = new RegExp(
  `(雇|请了|固定|长期|在做|在干|\\bworking\\b|招了|手下|手底下|团队|人手|干活|上班|打工|帮忙|做事|开工|一共|总共|加起来|合计|公司|厂里|店里|仓库|车间|后厨|送货|配送|${STAFF_NOUN_ZH}|staff|on the floor|warehouse|workshop|employ|hire|team|company|firm|outfit|crew|work(s|ing)? (for|with|here|there)|payroll|total|altogether|all together|shifts?\\b|full-time|part-time|headcount|${STAFF_NOUN_EN})`,
  'i',
);
const CUSTOMER_CONTEXT =
  /(客人|顾客|客户|客流|人流|人次|接待|来吃|来店|customers|diners|guests|visitors|footfall|clients|patients|students|came in|come in|walk(ed|s)? in|to eat|dine|dining|queue)/i;
const SEAT_CONTEXT = /(坐|座|seat|seating|capacity|covers|\bsits?\b|accommodates?)/i;
/** The owners named apart from staff ("我和老婆两个人"): not hired staff. */
const OWNERS =
  /(我和|我跟|我与|我们夫妻|夫妻俩|两口子|老婆|老公|爱人|合伙人|股东|\bmyself\b|\bme and\b|\bmy (wife|husband|partner)\b|\bowners?\b)/i;

const BEFORE: readonly { slot: CountSlot; re: RegExp }[] = [
  {
    slot: 'vehicles',
    re: /(车辆|货车|卡车|重卡|吊车|泵车|车队|大车小车|(?<!机)车|trucks|vehicles|vans|lorries|fleet of|fleet)(\s*(有|共|一共|总共|加起来|加一块|合计|大概|大约|差不多|是|:|：|of|is|are|about|around|roughly|totals?|we have|we run))*\s*$/i,
  },
  {
    slot: 'seats',
    re: /(座位|餐位|位子|seats|seating|能坐|可以坐|坐得下|坐|seat|capacity|seating for)(\s*(有|共|一共|总共|大概|大约|差不多|是|:|：|of|is|are|about|around|roughly|for|up to))*\s*$/i,
  },
  {
    slot: 'employees',
    re: new RegExp(
      `(${STAFF_NOUN_ZH}|雇了|请了|招了|厨房|后厨|前厅|楼面|外场|厅面|前台|车间|staff|employees|workers|team of|team|employ|hire|headcount|staff strength|staff complement|crew of|in the kitchen|front of house)(\\s*(有|ada|共|一共|总共|加起来|合计|大概|大约|差不多|是|就|只有|才|:|：|of|is|are|about|around|roughly|numbers?|totals?))*\\s*$`,
      'i',
    ),
  },
];
/** A machine named before a bare 台 (缝纫机二十台, 挖机两台): not a vehicle. */
const MACHINE_BEFORE = /(机|机器|设备|机床|车床|电脑)\s*$/;

/** A figure the merchant wants to hire ("招两个服务员", "looking for 3 drivers") is not staff yet. */
const HIRING_BEFORE = /((?<!已经)招聘?|还缺|缺|\bhiring|\bto hire|\brecruiting|\bto recruit|\blooking for)\s*(另外|再|more|another)?\s*$/i;
/** rules-2.9.1: staff just taken on (又招了一个, 新请了两个, "we just hired another one"): an addition to the count, not a count. */
const HIRED_BEFORE =
  /((又|新|刚|刚刚|再|另外)(招|请|雇|添|加)了?(一批)?|\b(just|recently|also) (hired|took on|taken on|brought on)( another| one more| an extra| a new)?|\b(hired|took on|brought on) (another|one more|an extra))\s*$/i;
/**
 * rules-2.9.3: vehicles just bought (又买了一台, 新添了两辆, "we bought one last month"): an addition to the fleet, as a hire is to
 * the staff.
 */
const BOUGHT_BEFORE =
  /((又|新|再|另外)(买|添|购|提|加)了?|\b(just |recently |also )?(bought|purchased)( another| one more| an extra| a new)?|\b(got|added|picked up) (another|one more|an extra|a new))\s*$/i;
/** A bare figure that restates a count ("，十六个", "so 13", "，九台"): no noun of its own. */
const BARE_RESTATED_AFTER = /^\s*(个|名|位|人|台|辆|部|people\b)?\s*(了|啦|now|in total|altogether|total)?\s*([，,。.!！;；]|$)/i;

/** A count named by the whole workforce (员工, staff), as against one role (厨师, drivers). */
const GENERAL_AFTER = /^\s*(多|来|余|几)?\s*(个|名|位|号)?\s*(员工|职工|雇员|人|staff\b|employees\b|people\b|workers\b|team members\b)/i;
const GENERAL_BEFORE = /(员工|职工|雇员|staff|employees|headcount|team)(\s*(有|共|一共|总共|是|:|：|of|is|are))*\s*$/i;
const ADDITIVE = /(另外|还有|加上|另|外加|以及|又|再|新招|新来|plus|besides|on top|as well as|in addition|another|more)/i;

const PAST =
  /(刚开始|一开始|开始的时候|开始时|起步|当初|以前|原来|原先|最早|起初|那时候|那会|at first|started (out )?with|initially|used to|back then|originally|previously|in the beginning)/i;
const TOTAL_BEFORE = /(一共|总共|加起来|加一块|合计|总计|in total|altogether|total of|all together)\s*(有|是|大概|约)?\s*$/i;
const ZERO: readonly { slot: CountSlot; re: RegExp }[] = [
  {
    slot: 'vehicles',
    // rules-2.9.5: 车没有 (no vehicles), said alone in its clause.
    re: /(?<=^|[，,。？?！!\s])车(都|也)?(没有|没得|莫得|冇)(?=\s*([，,。.!！~]|$))|(一|1)\s*(台|辆|部|张)\s*(货车|卡车|车子|车)?\s*(都|也)\s*(没有|没|莫得|冇)|\bno (get |have )?(trucks?|vehicles?|vans?|lorr(?:y|ies))( of (our|my) own)?\b|(没有|没|无|莫得)(自己的|自有的?)?(货车|卡车|车辆|车)(?![间位库险贷票])|(货车|车辆|车子|车)(什么的|之类的)(都|也)?(没有|没)(?!问题)|\bno (trucks|vehicles|vans|lorries)\b|\b(don't|do not|doesn't) (have|own|run) (any )?(trucks?|vehicles?|vans?|lorr(?:y|ies))\b|\bwithout (any )?(trucks|vehicles)\b|\bzero (trucks|vehicles)\b/i,
  },
  {
    slot: 'employees',
    re: /(一|1)\s*(个|位|名)\s*(员工|工人|伙计)\s*(都|也)\s*(没有|没|莫得|冇)|(一|1)\s*(个|位|名)\s*人?\s*(都|也)\s*(没|不)(请|雇|招)|(没有|没|无)(请|雇)?(员工|工人|伙计|雇人|请人)|(没|不)(请|雇)人|^[\s，,。]*(就|只有|只|就只有)(我|俺|我自己|俺自己)(自己)?一个人(在)?(干|做|弄|开|搞|忙)?(的)?[\s，,。!！~啊呀]*$|^\s*(it'?s )?(just|only) me\b[\s.!,]*(here)?[\s.!]*$|\bone-man (band|show|business|operation)\b|\bno (employees|staff|workers)\b|\b(don't|do not) (have|employ|hire) (any )?(employees|staff|workers)\b/i,
  },
  { slot: 'seats', re: /(没有|没|无)(座位|堂食|位子)|只做外卖|\bno (seats|seating|dine-in)\b|takeaway only/i },
];

interface Candidate {
  slot: CountSlot;
  n: FoundNumber;
  /** "一辆送货": a bare classifier with no noun of its own, as in a breakdown of a count just given. */
  bare: boolean;
  past: boolean;
  total: boolean;
  /** "另外一台车在外地", "the other two vans": a part of a whole the message does not count. */
  part: boolean;
  /** "我们俩不算就八个": counted without the owners. */
  excluding?: boolean;
  /** "2 of them": a figure inside a count already given, not added to it. */
  within?: boolean;
}

/** After a figure of one: a classifier, perhaps a noun, then 都/也 and a negation (一台车都没有, 一个员工也没请). */
const NOT_EVEN_ONE = /^\s*(台|辆|部|张|个|位|名)\s*[\u4e00-\u9fff]{0,3}?(都|也)\s*(没|不|莫得|冇|无)/;

const PART_BEFORE = /(另外|其余|剩下的?|其中|还有|\bthe other|\banother|\bthe rest of|\bthe remaining)\s*(的)?\s*$/i;

function slotOf(w: Work, n: FoundNumber, pending: string | undefined): CountSlot | undefined {
  const after = w.text.slice(n.end, n.end + 24);
  const before = w.text.slice(Math.max(0, n.index - 20), n.index);
  const vehicle = VEHICLE_AFTER.exec(after);
  // 三张车辆行驶证, 两张货车发票: 张 counting a vehicle's papers, not vehicles.
  const papers = vehicle?.[1] === '张' && /^[\u4e00-\u9fff]{0,3}?(证|票|单|照|合同|保单|行驶|登记)/.test(after.slice(vehicle[0].length));
  if ((vehicle && !papers && (vehicle[1] === '辆' || vehicle[3])) || VEHICLE_AFTER_EN.test(after)) return 'vehicles';
  if (SEAT_AFTER.test(after)) return 'seats';
  // "20 chair only": chairs seat diners, except in a salon or barber's, where a chair is a workplace.
  if (/^\s*chairs?\b/i.test(after) && w.facts.industry !== 'personal_services') return 'seats';
  if (STAFF_AFTER.test(after) && !/^\s*(个|名|位)?\s*人/.test(after))
    return /^\s*an?$/i.test(w.text.slice(n.index, n.end)) || (/^\s*one$/i.test(w.text.slice(n.index, n.end)) && /^\s*of\b/i.test(after))
      ? undefined
      : 'employees';
  if (OF_US_AFTER.test(after) && !CUSTOMER_CONTEXT.test(w.text)) return 'employees';
  // rules-2.9.1: "we are eleven in total including myself": a head count of the business with the owner counted in.
  if (/^\s*(in total|altogether|all together|all in)\b/i.test(after) && INCLUDING_OWNER.test(w.text) && !CUSTOMER_CONTEXT.test(w.text))
    return 'employees';
  // "20 on the team", "12 on payroll": the head count of the business.
  if (/^\s*(people )?on (the|my|our) (team|payroll|books|staff)\b/i.test(after)) return 'employees';
  // rules-2.9.0: "palm-oil lorries, seven of them": "N of them" counts the noun just before it.
  if (/^\s*of them\b/i.test(after)) {
    const head = w.text.slice(Math.max(0, n.index - 30), n.index);
    if (/\b(trucks?|lorr(y|ies)|vans?|vehicles?|cabs?|taxis?|utes?|pickups?|tricycles?|multicabs?)\b[^.;\d]{0,12}$/i.test(head))
      return 'vehicles';
    if (new RegExp(`\\b(${STAFF_NOUN_EN})\\b[^.;\\d]{0,12}$`, 'i').test(head)) return 'employees';
  }
  if (PEOPLE_AFTER.test(after)) {
    // rules-2.9.4: people hired (请了六个人) are staff, whatever seats the clause names.
    if (/(请了|雇了|招了|带了|带着|请|雇)\s*$/.test(before)) return 'employees';
    if (SEAT_CONTEXT.test(w.text.slice(clauseStart(w.text, n.index), n.index))) return 'seats';
    // The clause ends at the next boundary: a customer named in the next clause is not this one's context.
    const clause =
      w.text.slice(clauseStart(w.text, n.index), n.end) + (w.text.slice(n.end, n.end + 16).split(/[，,。.;；!?！？]/)[0] ?? '');
    if (CUSTOMER_CONTEXT.test(clause) || (OWNERS.test(clause) && !INCLUDING_OWNER.test(clause))) return undefined;
    // 五十多号人: the colloquial head count of a workforce.
    if (/^\s*(多|来|余)?\s*号人/.test(after)) return 'employees';
    // A message that is only a head count ("我们有十五个人", "we are 12 people") answers how many work there.
    const onlyHeadCount = HEAD_COUNT_FILLER.test(w.text.slice(0, n.index) + ' ' + w.text.slice(n.end).replace(PEOPLE_AFTER, ''));
    if (
      STAFF_CONTEXT.test(w.text) ||
      pending === 'employees' ||
      onlyHeadCount ||
      INCLUDING_OWNER.test(clause) ||
      /^\s*(guys|blokes|lads)\b/i.test(after.replace(/^[^a-z]*/i, ''))
    )
      return 'employees';
  }
  if (n.scaled || /^\s*(万|千|k\b|块|元|年|个?月|天|周|%)/i.test(after)) return undefined;
  const noun = BEFORE.find((c) => c.re.test(before))?.slot;
  // 厨房有两台冰箱: a classifier of things after the figure says it counts no people.
  if (noun === 'employees' && /^\s*(多|来|几)?\s*(台|张|辆|部|间|把|只|套|口|条|块|箱|件|桌)/.test(after)) return undefined;
  // 一车一本, 一车三个人: a figure per vehicle is not a count of vehicles.
  if (noun === 'vehicles' && /^\s*(本|张|份|次|趟|回|个人|人|块|元|箱|吨)/.test(after)) return undefined;
  if (noun) return noun;
  // "现在发展到15台了": a bare 台/辆 in a message about vehicles.
  if (CLASSIFIER_ONLY.test(after) && !MACHINE_BEFORE.test(before) && /车(?![工间床位])|truck|vehicle/i.test(w.text)) return 'vehicles';
  return undefined;
}

/** "我们俩不算就八个", "不要算我和我老婆，有八个", "not counting me, 6": a head count that leaves the owners out. */
const EXCLUDING_OWNER_BEFORE =
  /(((不|不要|不用)(算|计)|除了|除去|不包括|不含)(上)?(我|我们|老板)[^，,。\d]{0,8}|(我|我们|老板)(俩|两个|两口子)?(都)?不算(的话)?)[，,\s]*(就|有|还有|是|剩|剩下)?\s*$|\b(not counting|excluding|apart from) (me|myself|us|the owners?)\b[^.\d]{0,12}$/i;

/** The slot a figure adds to: staff just hired, vehicles just bought (of a fleet the message counts). */
function addition(w: Work, n: FoundNumber): 'employees' | 'vehicles' | undefined {
  if (HIRED_BEFORE.test(w.text.slice(Math.max(0, n.index - 14), n.index))) return 'employees';
  const before = w.text.slice(Math.max(0, n.index - 24), n.index);
  return BOUGHT_BEFORE.test(before) && !/^\s*(个|名|位|人)/.test(w.text.slice(n.end, n.end + 3)) ? 'vehicles' : undefined;
}

/** Fills vehicles, seats and employees from the figures of the message. */
export function fillCounts(w: Work, pending: string | undefined): void {
  tablesTimesSeats(w);
  const found: Candidate[] = [];
  // rules-2.9.0: "员工不是十个，是十二个", "not 6 vans, 8": the figure after a denied one takes the denied one's slot.
  let deniedSlot: CountSlot | undefined;
  // "本来十台，卖了两台": vehicles sold after a count that was (本来/原来) are taken off it.
  let sold = 0;
  let added: { slot: 'employees' | 'vehicles'; value: number; end: number } | undefined;
  let restated = false;
  for (const n of w.numbers) {
    if (w.used.has(n) || n.value < 1 || n.value >= 100_000) continue;
    if (deniedFigure(w, n)) {
      const stripped = w.text.slice(Math.max(0, n.index - 12), n.index).replace(/\s*(不是|并非|而非|\bnot|isn'?t|wasn'?t)\s*$/i, '');
      deniedSlot = slotOf(w, n, undefined) ?? BEFORE.find((c) => c.re.test(stripped))?.slot ?? deniedSlot;
      continue;
    }
    if (HIRING_BEFORE.test(w.text.slice(Math.max(0, n.index - 12), n.index))) continue;
    // rules-2.9.5: a fraction (四分之一) counts nothing; a count the merchant leaves out (一台皮卡…不算) is no count.
    if (/分之\s*$/.test(w.text.slice(Math.max(0, n.index - 3), n.index)) || /^\s*分之/.test(w.text.slice(n.end, n.end + 3))) continue;
    const after = w.text.slice(n.end, n.end + 24);
    const ownNoun = VEHICLE_AFTER.test(after) || VEHICLE_AFTER_EN.test(after) || STAFF_AFTER.test(after) || SEAT_AFTER.test(after);
    if (
      ownNoun &&
      /^[^，,。；;!！?？]{0,16}(?<![我们板己])不算(?!上|进|在内|的话)/.test(after.slice(0, 18)) &&
      !/(算上|加上|连)/.test(w.text.slice(Math.max(0, n.index - 6), n.index))
    )
      continue;
    // rules-2.9.4: shifts (两班倒, "2 shifts") count no one.
    if (/^\s*(个)?(班|shifts?\b)/i.test(w.text.slice(n.end, n.end + 8))) continue;
    // rules-2.9.2: 一台车都没有, 一个人也没请: "not even one" is none, never one.
    if (n.value === 1 && NOT_EVEN_ONE.test(w.text.slice(n.end, n.end + 12))) continue;
    const addedSlot = n.scaled ? undefined : addition(w, n);
    if (addedSlot) {
      added = { slot: addedSlot, value: (added?.slot === addedSlot ? added.value : 0) + n.value, end: n.end };
      w.used.add(n);
      continue;
    }
    if (
      /(卖了|卖掉了?|报废了?|\bsold)\s*$/i.test(w.text.slice(Math.max(0, n.index - 6), n.index)) &&
      /^\s*(台|辆|部)/.test(w.text.slice(n.end, n.end + 3))
    ) {
      sold += n.value;
      w.used.add(n);
      continue;
    }
    // rules-2.9.0: a figure of vehicles sold or scrapped (有一台卖了, "one was sold") is not one the business has.
    if (
      /^\s*(台|辆|部)?\s*(车)?\s*(已经|也)?(卖了|卖掉|报废)|^\s*(of them )?(was|were|got) (sold|scrapped|written off)\b/i.test(
        w.text.slice(n.end, n.end + 14),
      )
    )
      continue;
    const before = w.text.slice(Math.max(0, n.index - 10), n.index);
    // "10 lorries — sorry, 12", "员工二十个，噢说错了是二十二个": the corrected figure keeps the slot of the one it corrects.
    const previous = found[found.length - 1];
    const excluding = !n.scaled && EXCLUDING_OWNER_BEFORE.test(w.text.slice(Math.max(0, n.index - 24), n.index));
    // 我们俩, 我跟我哥两个: the owners' own number is not a count of anything.
    if (n.value <= 3 && OWNERS_NUMBER_BEFORE.test(before) && !STAFF_AFTER.test(w.text.slice(n.end, n.end + 12))) continue;
    // "现在九个", "now it's eleven": a bare present figure after a count restates that count as it is now.
    // "员工十五个，又招了一个，十六个", "12 staff, we just hired another one, so 13", "8 vans, we bought one, so 9": the bare
    // figure after an addition is the new count.
    const own = slotOf(w, n, pending);
    const afterHire =
      !n.scaled &&
      added !== undefined &&
      previous?.slot === added.slot &&
      n.index > added.end &&
      BARE_RESTATED_AFTER.test(w.text.slice(n.end, n.end + 12)) &&
      (own === undefined || own === added.slot);
    if (afterHire) restated = true;
    const present = !n.scaled && previous !== undefined && (PRESENT_BEFORE.test(before) || afterHire);
    const slot =
      own ??
      (excluding ? 'employees' : undefined) ??
      (previous && !n.scaled && (CORRECTED_TO.test(before) || present) ? previous.slot : undefined) ??
      (deniedSlot && !n.scaled && /(而|but|it'?s|is|是|[，,;])\s*$/i.test(before) ? deniedSlot : undefined);
    if (!slot) continue;
    if (present) for (const c of found) if (c.slot === slot) c.past = true;
    const clause = w.text.slice(clauseStart(w.text, n.index), n.index);
    const bare = CLASSIFIER_ONLY.test(w.text.slice(n.end, n.end + 24)) && !VEHICLE_AFTER.test(w.text.slice(n.end, n.end + 24));
    found.push({
      slot,
      n,
      bare,
      past: PAST.test(clause),
      total: TOTAL_BEFORE.test(before) || excluding,
      part: PART_BEFORE.test(before),
      // rules-2.9.1: "6 trucks and 2 of them are on hire purchase": "N of them" after a count of its kind is inside it.
      within: /^\s*of (them|these|those|which)\b/i.test(w.text.slice(n.end, n.end + 12)) && found.some((c) => c.slot === slot),
      excluding,
    });
  }
  const correcting = CORRECTION.test(w.text);
  for (const slot of ['vehicles', 'seats', 'employees'] as const) {
    let mine = found.filter((c) => c.slot === slot);
    if (mine.some((c) => !c.past)) mine = mine.filter((c) => !c.past);
    mine = mine.filter((c) => !c.within);
    for (const c of found) if (c.slot === slot) w.used.add(c.n);
    // A part on its own ("另外一台车还在外地跑") does not say how many there are in all.
    if (mine.every((c) => c.part)) mine = [];
    mine = withoutBreakdown(mine);
    const last = mine[mine.length - 1];
    // rules-2.9.4: in a correction the last figure wins, never a first "whole workforce" ("11 staff, sorry, 9").
    const total = mine.find((c) => c.total) ?? (slot === 'employees' && !correcting ? wholeWorkforce(w, mine) : undefined);
    if (!last) continue;
    // A range's middle (三四个 = 3.5) rounds half up: counts are whole.
    const count = total ? total.n.value : correcting || mine.some((c) => c.past) ? last.n.value : mine.reduce((a, c) => a + c.n.value, 0);
    // A count that leaves the owners out is the staff as it stands; otherwise owners counted in are taken off.
    const owners = slot === 'employees' && !total?.excluding ? ownersIncluded(w.text, (total ?? last).n) : 0;
    w.facts[slot] = Math.max(0, Math.round(count) - owners);
  }
  for (const { slot, re } of ZERO) if (w.facts[slot] === undefined && re.test(w.text)) w.facts[slot] = 0;
  countBesideOwner(w);
  // Staff just hired (vehicles just bought) and no count restated after them: they join the count given, or are the count.
  if (added && !restated && (added.slot === 'employees' || w.facts.vehicles !== undefined))
    w.facts[added.slot] = (w.facts[added.slot] ?? 0) + added.value;
  const had = w.facts.vehicles;
  if (
    sold > 0 &&
    had !== undefined &&
    had > sold &&
    /(本来|原来|原先|以前|之前|\b(had|used to have)\b)/i.test(w.text) &&
    !/(现在|目前|如今|剩|\bnow\b|\bleft\b)/i.test(w.text)
  )
    w.facts.vehicles = had - sold;
}

/**
 * rules-2.9.1: "就四个，加上我五个", "four, five counting me": a bare head count restated one or two higher with the owner
 * counted in; the figure without the owner is the staff.
 */
function countBesideOwner(w: Work): void {
  if (w.facts.employees !== undefined) return;
  const bare = w.numbers.filter(
    (n) =>
      !n.scaled &&
      n.value >= 1 &&
      n.value < 1000 &&
      /^\s*(个|名|位|人|people\b|(with|counting|including|plus) me\b|[，,。.;；]|$)/i.test(w.text.slice(n.end)),
  );
  for (const [i, first] of bare.entries()) {
    const second = bare[i + 1];
    if (!second || second.index - first.end > 16) continue;
    const between = w.text.slice(first.end, second.index);
    const tail = w.text.slice(second.end, second.end + 20);
    const ownerIn =
      /(加上|算上|连|包括|加|含)(我|老板)(自己)?(在内|一起)?[^，,。\d]{0,4}$/.test(between) ||
      /^\s*(个|名|位|人|people)?\s*(with me|counting me|including me|if you count me|plus me)\b/i.test(tail);
    const step = second.value - first.value;
    if (!ownerIn || (step !== 1 && step !== 2) || !/[，,;；]/.test(between)) continue;
    w.facts.employees = first.value;
    w.used.add(first);
    w.used.add(second);
    return;
  }
}

/** "两辆面包车，一辆送货一辆我自己开": bare-classifier counts after a named one that they fit inside are its breakdown. */
function withoutBreakdown(mine: Candidate[]): Candidate[] {
  const head = mine.findIndex((c) => !c.bare);
  const tail = mine.slice(head + 1);
  const whole = mine[head];
  if (!whole || tail.length === 0 || !tail.every((c) => c.bare)) return mine;
  return tail.reduce((a, c) => a + c.n.value, 0) <= whole.n.value ? mine.slice(0, head + 1) : mine;
}

/** "连我在内六个美容师", "including me": the owner counted in the staff (two when the couple is). */
const INCLUDING_OWNER =
  /(连|包括|算上|加上|加|含)(我|我们)(和|跟)?(老婆|老公|爱人|媳妇)?(自己)?在?内?|\bincluding (me|myself)( and my (wife|husband|partner))?\b|(?<!\bnot )\bcounting (me|myself)( and my (wife|husband|partner))?\b/i;

/** rules-2.9.1: the owners counted into another figure than the count ("工人三个，加上我和老婆五个") leave the count as it is. */
function ownersIncluded(text: string, count: FoundNumber): number {
  const m = INCLUDING_OWNER.exec(text);
  if (!m) return 0;
  const from = (m.index ?? 0) + m[0].length;
  const skipped =
    /^(?:\s|[,，]|一共|总共|共|在内|自己|一起|都|就|是|有|we are|there are|in total|total)*/i.exec(text.slice(from))?.[0].length ?? 0;
  if (/^[\d一二两三四五六七八九十]/.test(text.slice(from + skipped)) && from + skipped !== count.index) return 0;
  return /(老婆|老公|爱人|媳妇|wife|husband|partner)/i.test(m[0]) ? 2 : 1;
}

/**
 * "十二个员工，厨师四个": a first count of the whole workforce followed only by counts of roles that
 * fit inside it is the total, unless the message adds them up (另外, plus).
 */
function wholeWorkforce(w: Work, mine: readonly Candidate[]): Candidate | undefined {
  const [first, ...rest] = mine;
  if (!first || rest.length === 0) return undefined;
  const general = (c: Candidate) =>
    GENERAL_AFTER.test(w.text.slice(c.n.end, c.n.end + 8)) || GENERAL_BEFORE.test(w.text.slice(Math.max(0, c.n.index - 10), c.n.index));
  if (!general(first) || rest.some(general)) return undefined;
  if (ADDITIVE.test(w.text.slice(first.n.end))) return undefined;
  // "3 workers and 2 drivers", "五个工人和两个司机": counts joined by "and" add up.
  const second = rest[0];
  if (
    second &&
    /\band\b|和|以及/.test(w.text.slice(first.n.end, second.n.index)) &&
    !/(其中|of (whom|them)|including|are|是)/.test(w.text.slice(first.n.end, second.n.index))
  )
    return undefined;
  return rest.reduce((a, c) => a + c.n.value, 0) <= first.n.value ? { ...first, total: true, part: false } : undefined;
}

/** rules-2.9.5: tables of stated sizes, added up (四张十人桌，两张二十人的大圆桌 → 80). */
function tablesOfSizes(w: Work): boolean {
  const groups = allMatches(w.text, /([\d一二两三四五六七八九十]+)\s*张\s*([\d一二两三四五六七八九十]+)\s*人(的)?[\u4e00-\u9fff]{0,3}?桌/g);
  if (groups.length < 2) return false;
  let seats = 0;
  for (const g of groups) {
    const tables = w.numbers.find((n) => n.index === g.index);
    const size = w.numbers.find((n) => n.index > (g.index ?? 0) && n.index < (g.index ?? 0) + g[0].length && n !== tables);
    if (!tables || !size) return false;
    seats += tables.value * size.value;
    w.used.add(tables);
    w.used.add(size);
  }
  w.facts.seats = Math.round(seats);
  return true;
}

/** "能摆二十桌，一桌坐十个人", Wu 台子 for tables: tables times people per table, when the message gives both. */
function tablesTimesSeats(w: Work): void {
  if (w.facts.seats !== undefined) return;
  if (tablesOfSizes(w)) return;
  // rules-2.9.5: rooms of a karaoke or restaurant (八个包厢，一个包厢坐六个人; "five private rooms, each room fits eight").
  const tables = w.numbers.find((n) =>
    /^\s*(张|个|间)?\s*(桌|台桌|台子|包厢|包间|雅间|房间|tables?\b|(private )?rooms?\b)/i.test(w.text.slice(n.end, n.end + 14)),
  );
  const perTable = w.numbers.find(
    (n) =>
      n !== tables &&
      // rules-2.9.4: 都是四人桌, "all four-seater tables".
      (/^\s*(人桌|人台|人的桌|-?seaters?\b|-?top tables\b)/i.test(w.text.slice(n.end, n.end + 8)) ||
        /(一桌|每桌|(每|一)张(桌子?|台子)?|(每|一)个?(包厢|包间|雅间|房间)|per (table|room)|each (table|room)|tables? of)\s*(能|可以)?(坐|fits|seats|holds|takes)?\s*$/i.test(
          w.text.slice(Math.max(0, n.index - 16), n.index),
        )),
  );
  if (!tables || !perTable) return;
  w.facts.seats = Math.round(tables.value * perTable.value);
  w.used.add(tables);
  w.used.add(perTable);
}
