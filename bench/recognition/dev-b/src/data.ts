// Realistic values for Chinese business documents: companies, USCCs, people, addresses, dates, amounts,
// plates, VINs and capital numerals (大写金额).
import type { Rand } from './rng';

// --- identifiers -------------------------------------------------------------------------------------

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Check character of a 17-character USCC body (GB 32100-2015). */
export function usccCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += USCC_CHARS.indexOf(body[i] ?? '0') * (USCC_WEIGHTS[i] ?? 0);
  const c = (31 - (sum % 31)) % 31;
  return USCC_CHARS[c] ?? '0';
}

/** Organisation code (GB 11714): 8 characters and a check character. */
function orgCode(r: Rand): string {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let body = '';
  for (let i = 0; i < 8; i += 1) body += i < 2 && r.chance(0.5) ? r.pick([...'MAKLJ']) : r.pick([...chars.slice(0, 10)]);
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    const ch = body[i] ?? '0';
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += v * (w[i] ?? 0);
  }
  const c = 11 - (sum % 11);
  return body + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

export function uscc(r: Rand, division: string, individual = false): string {
  const head = individual ? '92' : '91';
  const body = head + division + orgCode(r);
  return body + usccCheck(body);
}

const VIN_VALUES: Record<string, number> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** A Chinese-market VIN with a valid check digit in position 9. */
export function vin(r: Rand): string {
  const wmi = r.pick(['LGB', 'LFV', 'LSV', 'LZW', 'LVS', 'LGW', 'LJ1', 'LZZ', 'LFW', 'LRD', 'LS5', 'LEF', 'LB3']);
  const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  let vds = '';
  for (let i = 0; i < 5; i += 1) vds += r.chance(0.6) ? r.pick([...letters]) : String(r.int(0, 9));
  const year = r.pick([...'DEFGHJKLMNPR']);
  const plant = r.pick([...'0123456789ABCDE']);
  const serial = r.digits(6);
  const draft = `${wmi}${vds}0${year}${plant}${serial}`;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const ch = draft[i] ?? '0';
    sum += (/\d/.test(ch) ? Number(ch) : (VIN_VALUES[ch] ?? 0)) * (VIN_WEIGHTS[i] ?? 0);
  }
  const check = sum % 11 === 10 ? 'X' : String(sum % 11);
  return draft.slice(0, 8) + check + draft.slice(9);
}

// --- places ------------------------------------------------------------------------------------------

export interface City {
  province: string;
  city: string;
  plate: string;
  /** One-character short name used in permit numbers (穗, 深, 杭...). */
  short: string;
  division: string;
  districts: readonly string[];
  roads: readonly string[];
}

export const CITIES: readonly City[] = [
  {
    province: '广东省',
    city: '广州市',
    short: '穗',
    plate: '粤A',
    division: '440106',
    districts: ['天河区', '白云区', '番禺区', '海珠区', '黄埔区'],
    roads: ['天河北路', '中山大道西', '广州大道北', '黄埔大道东', '市桥街大北路', '工业大道中'],
  },
  {
    province: '广东省',
    city: '深圳市',
    short: '深',
    plate: '粤B',
    division: '440300',
    districts: ['南山区', '宝安区', '龙岗区', '福田区', '龙华区'],
    roads: ['科技南十二路', '宝安大道', '深南大道', '龙岗大道', '民治大道'],
  },
  {
    province: '广东省',
    city: '东莞市',
    short: '莞',
    plate: '粤S',
    division: '441900',
    districts: ['长安镇', '虎门镇', '松山湖', '塘厦镇'],
    roads: ['长青路', '莲峰路', '工业东路', '太平大道'],
  },
  {
    province: '浙江省',
    city: '杭州市',
    short: '杭',
    plate: '浙A',
    division: '330106',
    districts: ['西湖区', '余杭区', '萧山区', '拱墅区', '滨江区'],
    roads: ['文三路', '莫干山路', '江南大道', '金城路', '网商路'],
  },
  {
    province: '浙江省',
    city: '义乌市',
    short: '义',
    plate: '浙G',
    division: '330782',
    districts: ['稠城街道', '北苑街道', '福田街道'],
    roads: ['商城大道', '工人北路', '春晗路', '宗泽路'],
  },
  {
    province: '江苏省',
    city: '苏州市',
    short: '苏',
    plate: '苏E',
    division: '320505',
    districts: ['虎丘区', '吴中区', '工业园区', '相城区'],
    roads: ['长江路', '星湖街', '东环路', '苏州大道东'],
  },
  {
    province: '江苏省',
    city: '南京市',
    short: '宁',
    plate: '苏A',
    division: '320105',
    districts: ['建邺区', '江宁区', '秦淮区', '鼓楼区'],
    roads: ['江东中路', '双龙大道', '中山南路', '汉中路'],
  },
  {
    province: '四川省',
    city: '成都市',
    short: '蓉',
    plate: '川A',
    division: '510107',
    districts: ['武侯区', '锦江区', '成华区', '郫都区', '双流区'],
    roads: ['人民南路四段', '天府大道中段', '蜀汉路', '红星路三段'],
  },
  {
    province: '湖南省',
    city: '长沙市',
    short: '长',
    plate: '湘A',
    division: '430104',
    districts: ['岳麓区', '雨花区', '开福区', '天心区'],
    roads: ['麓山南路', '韶山中路', '芙蓉中路', '万家丽北路'],
  },
  {
    province: '山东省',
    city: '临沂市',
    short: '临',
    plate: '鲁Q',
    division: '371302',
    districts: ['兰山区', '罗庄区', '河东区'],
    roads: ['沂蒙路', '通达路', '解放路', '金雀山路'],
  },
  {
    province: '河南省',
    city: '郑州市',
    short: '郑',
    plate: '豫A',
    division: '410105',
    districts: ['金水区', '管城回族区', '中原区', '二七区'],
    roads: ['花园路', '农业路', '中州大道', '航海中路'],
  },
  {
    province: '湖北省',
    city: '武汉市',
    short: '汉',
    plate: '鄂A',
    division: '420106',
    districts: ['武昌区', '洪山区', '江岸区', '东西湖区'],
    roads: ['中南路', '珞喻路', '解放大道', '金银湖路'],
  },
  {
    province: '福建省',
    city: '泉州市',
    short: '泉',
    plate: '闽C',
    division: '350503',
    districts: ['丰泽区', '鲤城区', '晋江市'],
    roads: ['田安路', '泉秀路', '世纪大道', '津头埔路'],
  },
  {
    province: '上海市',
    city: '上海市',
    short: '沪',
    plate: '沪B',
    division: '310115',
    districts: ['浦东新区', '闵行区', '嘉定区', '松江区'],
    roads: ['张江路', '沪闵路', '曹安公路', '九亭大街'],
  },
  {
    province: '北京市',
    city: '北京市',
    short: '京',
    plate: '京A',
    division: '110105',
    districts: ['朝阳区', '海淀区', '丰台区', '大兴区'],
    roads: ['建国路', '中关村大街', '南四环西路', '兴华大街'],
  },
];

export function address(r: Rand, c: City): string {
  const prov = c.province === c.city ? '' : r.chance(0.6) ? c.province : '';
  const district = r.pick(c.districts);
  const road = r.pick(c.roads);
  const tail = r.pick([
    `${r.int(1, 999)}号`,
    `${r.int(1, 388)}号${r.int(1, 12)}栋${r.int(1, 30)}${r.pick(['01', '02', '05', '08', '12'])}室`,
    `${r.int(1, 299)}号${r.pick(['', 'A座', 'B座', '1号楼'])}${r.int(2, 25)}楼${r.int(1, 20)}${r.pick(['号', '室', '房'])}`,
    `${r.int(1, 188)}号${r.pick(['首层', '一楼', '101铺', '负一层'])}`,
    `${r.int(1, 66)}号${r.pick(['厂房', '仓库', '综合楼'])}${r.pick(['一', '二', '三'])}楼`,
  ]);
  return `${prov}${c.city}${district}${road}${tail}`;
}

// --- names -------------------------------------------------------------------------------------------

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志强文斌玉兰海燕红梅晓东春生国庆德胜立新永福俊杰子轩浩然雨涵欣怡思远宏伟建华凤英淑珍',
];

export function person(r: Rand): string {
  const given = r.chance(0.75) ? r.pick(GIVEN) + r.pick(GIVEN) : r.pick(GIVEN);
  return r.pick(SURNAMES) + given;
}

const BRANDS = [
  '恒丰',
  '鑫源',
  '华泰',
  '宏达',
  '聚福',
  '金诚',
  '永盛',
  '顺发',
  '瑞祥',
  '嘉和',
  '天禾',
  '汇通',
  '益康',
  '德信',
  '万邦',
  '盛世',
  '锦华',
  '润泽',
  '新程',
  '佳美',
  '隆昌',
  '正信',
  '福满楼',
  '老街坊',
  '湘味源',
  '蜀香阁',
  '安捷',
  '众诚',
  '远航',
  '中科创达',
  '博睿',
  '星辰',
  '亿联',
  '宇通',
  '凯达',
  '广汇',
  '明辉',
  '绿源',
  '三禾',
  '一品鲜',
  '海之蓝',
  '龙腾',
  '华信达',
  '鸿运',
  '泰和',
  '昌盛',
  '启明',
  '卓越',
  '新鼎',
  '金穗',
];

const TRADES = [
  '贸易',
  '商贸',
  '餐饮管理',
  '物流',
  '供应链管理',
  '科技',
  '电子科技',
  '建筑工程',
  '食品',
  '机械设备',
  '建材',
  '医疗器械',
  '服装',
  '塑胶制品',
  '五金制品',
  '农业发展',
  '信息技术',
  '汽车运输',
  '包装材料',
  '新材料科技',
  '网络科技',
  '装饰工程',
  '冷链物流',
  '化工',
];

export type Trade = (typeof TRADES)[number];

export interface Company {
  name: string;
  city: City;
  uscc: string;
  address: string;
  legal: string;
  trade: string;
  individual: boolean;
  bank: string;
  account: string;
  phone: string;
}

const BANKS = [
  '中国工商银行',
  '中国建设银行',
  '中国农业银行',
  '中国银行',
  '交通银行',
  '招商银行',
  '浙江网商银行',
  '中国邮政储蓄银行',
  '兴业银行',
  '平安银行',
  '广发银行',
  '中信银行',
  '民生银行',
  '农村商业银行',
];

export function company(r: Rand, opts: { trade?: string; individual?: boolean; city?: City } = {}): Company {
  const city = opts.city ?? r.pick(CITIES);
  const trade = opts.trade ?? r.pick(TRADES);
  const individual = opts.individual ?? false;
  const brand = r.pick(BRANDS);
  const cityShort = city.city.replace(/市$/, '');
  let name: string;
  if (individual) {
    const district = r.pick(city.districts);
    const shop = r.pick(['餐馆', '便利店', '副食店', '小吃店', '五金店', '货运部', '汽车维修店', '烧烤店', '粮油店', '服装店']);
    name = `${city.city}${district}${brand}${shop}`;
  } else {
    const suffix = r.pick(['有限公司', '有限公司', '有限公司', '有限责任公司', '股份有限公司']);
    const form = r.int(0, 5);
    if (form === 0) name = `${brand}（${cityShort}）${trade}${suffix}`;
    else if (form === 1) name = `${city.province.replace(/省$/, '').replace(/市$/, '')}${brand}${trade}${suffix}`;
    else name = `${city.city === city.province ? cityShort : city.city}${brand}${trade}${suffix}`;
  }
  const bank = r.pick(BANKS);
  return {
    name,
    city,
    uscc: uscc(r, city.division, individual),
    address: address(r, city),
    legal: person(r),
    trade,
    individual,
    bank: `${bank}${city.city.replace(/市$/, '')}${r.pick(['分行', '支行', '分行营业部'])}${r.chance(0.5) ? '' : ''}`,
    account: r.pick(['6222', '6217', '6228', '4405', '3301', '1202', '6230']) + r.digits(r.pick([12, 15, 15])),
    phone: r.chance(0.5) ? `1${r.pick(['3', '5', '8', '7'])}${r.digits(9)}` : `0${r.int(10, 999)}-${r.digits(8)}`,
  };
}

// --- dates -------------------------------------------------------------------------------------------

export interface Day {
  y: number;
  m: number;
  d: number;
}

const DAYS_IN = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function day(r: Rand, fromYear: number, toYear: number): Day {
  const y = r.int(fromYear, toYear);
  const m = r.int(1, 12);
  return { y, m, d: r.int(1, DAYS_IN(y, m)) };
}

export function addDays(t: Day, n: number): Day {
  const dt = new Date(Date.UTC(t.y, t.m - 1, t.d + n));
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addYears(t: Day, n: number, minusOneDay = false): Day {
  const base = { y: t.y + n, m: t.m, d: Math.min(t.d, DAYS_IN(t.y + n, t.m)) };
  return minusOneDay ? addDays(base, -1) : base;
}

const p2 = (n: number): string => String(n).padStart(2, '0');

export const iso = (t: Day): string => `${t.y}-${p2(t.m)}-${p2(t.d)}`;

/** How a date is printed. */
export type DateStyle = 'cjk0' | 'cjk' | 'iso' | 'dot' | 'slash' | 'compact';

export function fmtDate(t: Day, style: DateStyle): string {
  switch (style) {
    case 'cjk0':
      return `${t.y}年${p2(t.m)}月${p2(t.d)}日`;
    case 'cjk':
      return `${t.y}年${t.m}月${t.d}日`;
    case 'iso':
      return iso(t);
    case 'dot':
      return `${t.y}.${p2(t.m)}.${p2(t.d)}`;
    case 'slash':
      return `${t.y}/${p2(t.m)}/${p2(t.d)}`;
    case 'compact':
      return `${t.y}${p2(t.m)}${p2(t.d)}`;
  }
}

const CN_DIGITS = [...'〇一二三四五六七八九'];

/** 二〇二三年五月十二日, as seals and some certificates print dates. */
export function hanDate(t: Day): string {
  const num = (n: number): string => {
    if (n < 10) return CN_DIGITS[n] ?? '';
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : (CN_DIGITS[tens] ?? '')}十${ones === 0 ? '' : (CN_DIGITS[ones] ?? '')}`;
  };
  const year = [...String(t.y)].map((c) => CN_DIGITS[Number(c)] ?? '').join('');
  return `${year}年${num(t.m)}月${num(t.d)}日`;
}

// --- money -------------------------------------------------------------------------------------------

/** Cents to the plain decimal the truth uses: 21951400 -> "219514.00". */
export const plain = (cents: number): string => `${Math.floor(cents / 100)}.${p2(cents % 100)}`;

/** Cents with thousands separators: 21951400 -> "219,514.00". */
export const grouped = (cents: number): string =>
  `${Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${p2(cents % 100)}`;

const UPPER = [...'零壹贰叁肆伍陆柒捌玖'];
const UNITS = ['', '拾', '佰', '仟'];

function upperSection(n: number): string {
  let out = '';
  let zero = false;
  for (let i = 3; i >= 0; i -= 1) {
    const d = Math.floor(n / 10 ** i) % 10;
    if (d === 0) {
      if (out !== '') zero = true;
    } else {
      if (zero) out += '零';
      zero = false;
      out += (UPPER[d] ?? '') + (UNITS[i] ?? '');
    }
  }
  return out;
}

/** Capital numerals of an amount in cents: 21951400 -> 贰拾壹万玖仟伍佰壹拾肆圆整 (invoices print 圆, contracts 元). */
export function capital(cents: number, yuan: '圆' | '元' = '圆'): string {
  const whole = Math.floor(cents / 100);
  const jiao = Math.floor(cents / 10) % 10;
  const fen = cents % 10;
  let s = '';
  if (whole === 0) s = '';
  else {
    const yi = Math.floor(whole / 1e8);
    const wan = Math.floor(whole / 1e4) % 1e4;
    const rest = whole % 1e4;
    if (yi > 0) s += `${upperSection(yi)}亿`;
    if (wan > 0) s += (yi > 0 && wan < 1000 ? '零' : '') + `${upperSection(wan)}万`;
    else if (yi > 0 && rest > 0) s += '零';
    if (rest > 0) s += ((yi > 0 || wan > 0) && rest < 1000 && !s.endsWith('零') ? '零' : '') + upperSection(rest);
    s = s.replace(/^壹拾/, '壹拾');
    s += yuan;
  }
  if (jiao === 0 && fen === 0) return `${s}整`;
  if (jiao > 0) s += `${UPPER[jiao] ?? ''}角`;
  else if (whole > 0) s += '零';
  if (fen > 0) s += `${UPPER[fen] ?? ''}分`;
  return s;
}

/** A realistic amount in cents between lo and hi yuan, often round. */
export function cents(r: Rand, lo: number, hi: number): number {
  const yuan = Math.exp(r.real(Math.log(lo), Math.log(hi)));
  if (r.chance(0.35)) return Math.round(yuan / 100) * 10000;
  if (r.chance(0.3)) return Math.round(yuan) * 100;
  return Math.round(yuan * 100);
}

// --- vehicles ----------------------------------------------------------------------------------------

const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

export function plate(r: Rand, c: City): string {
  let tail = '';
  for (let i = 0; i < 5; i += 1) tail += i < 2 && r.chance(0.3) ? r.pick([...PLATE_LETTERS]) : String(r.int(0, 9));
  return c.plate + tail;
}
