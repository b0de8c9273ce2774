// Values in their real shapes: company names, USCCs with valid check characters, addresses, people,
// plates, VINs, dates in several prints, amounts with capital numerals.
import type { Rand } from './rand';

const CITIES = [
  { prov: '广东省', city: '广州市', short: '粤', plate: '粤A', districts: ['天河区', '白云区', '番禺区', '海珠区'], code: '440100' },
  { prov: '广东省', city: '佛山市', short: '粤', plate: '粤E', districts: ['南海区', '顺德区', '禅城区'], code: '440600' },
  { prov: '浙江省', city: '杭州市', short: '浙', plate: '浙A', districts: ['西湖区', '余杭区', '萧山区'], code: '330100' },
  { prov: '江苏省', city: '苏州市', short: '苏', plate: '苏E', districts: ['吴中区', '相城区', '姑苏区'], code: '320500' },
  { prov: '湖南省', city: '长沙市', short: '湘', plate: '湘A', districts: ['岳麓区', '雨花区', '开福区'], code: '430100' },
  { prov: '四川省', city: '成都市', short: '川', plate: '川A', districts: ['武侯区', '成华区', '双流区'], code: '510100' },
  { prov: '山东省', city: '临沂市', short: '鲁', plate: '鲁Q', districts: ['兰山区', '罗庄区', '河东区'], code: '371300' },
] as const;
export type City = (typeof CITIES)[number];

const WORDS = [
  '鑫达',
  '华盛',
  '恒泰',
  '佳美',
  '瑞丰',
  '永兴',
  '宏图',
  '金诚',
  '润和',
  '德信',
  '顺通',
  '万利',
  '新源',
  '博远',
  '聚福',
  '安捷',
];
const TRADES = [
  '贸易',
  '物流',
  '餐饮管理',
  '食品',
  '建材',
  '电子科技',
  '机械设备',
  '供应链管理',
  '包装材料',
  '五金制品',
  '医疗器械',
  '建筑工程',
];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗梁宋郑谢韩唐冯'.split('');
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀兰霞平刚桂英华建国志红'.split('');
const ROADS = ['中山大道', '解放路', '人民北路', '建设六马路', '工业大道', '科技园路', '新港东路', '金沙江路', '环城南路'];

export const city = (r: Rand): City => r.pick(CITIES);

export function person(r: Rand): string {
  return r.pick(SURNAMES) + r.pick(GIVEN) + (r.chance(0.6) ? r.pick(GIVEN) : '');
}

export function company(r: Rand, c: City, trade?: string): string {
  const w = r.pick(WORDS) + r.pick(WORDS).slice(0, 1);
  const t = trade ?? r.pick(TRADES);
  return r.pick([
    `${c.city}${w}${t}有限公司`,
    `${w}（${c.city.replace('市', '')}）${t}有限公司`,
    `${c.city.replace('市', '')}${w}${t}有限责任公司`,
  ]);
}

export function address(r: Rand, c: City): string {
  const d = r.pick(c.districts);
  const base = `${c.prov}${c.city}${d}${r.pick(ROADS)}${r.int(1, 999)}号`;
  return r.pick([base, `${base}${r.int(1, 12)}栋${r.int(1, 28)}0${r.int(1, 9)}室`, `${base}${r.pick(['A', 'B', 'C'])}座${r.int(2, 19)}楼`]);
}

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A USCC with a valid organisation-code check (GB 11714) and GB 32100 check character. */
export function uscc(r: Rand, c: City): string {
  const org8 = r.digits(8);
  const ow = [3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 8; i += 1) s += Number(org8[i]) * (ow[i] ?? 0);
  const c9 = 11 - (s % 11);
  const orgCheck = c9 === 10 ? 'X' : c9 === 11 ? '0' : String(c9);
  const body = `91${c.code}${org8}${orgCheck}`;
  let t = 0;
  let w = 1;
  for (const ch of body) {
    t += USCC_ALPHABET.indexOf(ch) * w;
    w = (w * 3) % 31;
  }
  const check = (31 - (t % 31)) % 31;
  return body + USCC_ALPHABET.charAt(check);
}

export function plate(r: Rand, c: City): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  return `${c.plate}${r.digits(2)}${letters.charAt(r.int(0, letters.length - 1))}${r.digits(2)}`;
}

/** A VIN with the ISO 3779 check digit at position 9. */
export function vin(r: Rand): string {
  const alphabet = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
  const values: Record<string, number> = {};
  'ABCDEFGH'.split('').forEach((ch, i) => (values[ch] = i + 1));
  'JKLMN'.split('').forEach((ch, i) => (values[ch] = i + 1));
  values.P = 7;
  values.R = 9;
  'STUVWXYZ'.split('').forEach((ch, i) => (values[ch] = i + 2));
  for (let d = 0; d <= 9; d += 1) values[String(d)] = d;
  const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  const chars = ['L', r.pick(['F', 'G', 'Z', 'V']), r.pick(['V', 'W', '5', '6'])];
  while (chars.length < 17) chars.push(alphabet.charAt(r.int(0, alphabet.length - 1)));
  chars[9] = r.pick(['M', 'N', 'P', 'R']);
  let sum = 0;
  chars.forEach((ch, i) => (sum += (values[ch] ?? 0) * (weights[i] ?? 0)));
  const check = sum % 11;
  chars[8] = check === 10 ? 'X' : String(check);
  return chars.join('');
}

export interface Day {
  y: number;
  m: number;
  d: number;
}

export function day(r: Rand, fromYear: number, toYear: number): Day {
  return { y: r.int(fromYear, toYear), m: r.int(1, 12), d: r.int(1, 28) };
}

/** The same day `years` later, or (by default) the day before it, as validity periods end. */
export function addYears(x: Day, years: number, minusDay = true): Day {
  const t = new Date(Date.UTC(x.y + years, x.m - 1, x.d - (minusDay ? 1 : 0)));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const p2 = (n: number): string => String(n).padStart(2, '0');
export const iso = (x: Day): string => `${x.y}-${p2(x.m)}-${p2(x.d)}`;

const CN_DIGITS = '〇一二三四五六七八九';
function cnSmall(n: number): string {
  if (n < 10) return CN_DIGITS.charAt(n);
  if (n < 20) return `十${n % 10 === 0 ? '' : CN_DIGITS.charAt(n % 10)}`;
  return `${CN_DIGITS.charAt(Math.floor(n / 10))}十${n % 10 === 0 ? '' : CN_DIGITS.charAt(n % 10)}`;
}

/** The date as printed: one of the common Chinese prints. */
export function printDate(r: Rand, x: Day, styles: readonly string[] = ['ymd', 'ymdPad', 'dash', 'slash', 'dot']): string {
  switch (r.pick(styles)) {
    case 'ymd':
      return `${x.y}年${x.m}月${x.d}日`;
    case 'ymdPad':
      return `${x.y}年${p2(x.m)}月${p2(x.d)}日`;
    case 'slash':
      return `${x.y}/${p2(x.m)}/${p2(x.d)}`;
    case 'dot':
      return `${x.y}.${p2(x.m)}.${p2(x.d)}`;
    case 'cn':
      return `${String(x.y)
        .split('')
        .map((ch) => CN_DIGITS.charAt(Number(ch)))
        .join('')}年${cnSmall(x.m)}月${cnSmall(x.d)}日`;
    default:
      return iso(x);
  }
}

/** Amount with thousands separators (219,514.00) or plain. */
export function money(v: number, commas: boolean): string {
  const s = v.toFixed(2);
  if (!commas) return s;
  const [i, f] = s.split('.');
  return `${(i ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${f ?? '00'}`;
}

const CAP = '零壹贰叁肆伍陆柒捌玖';
const UNITS = ['', '拾', '佰', '仟'];
const BIG = ['', '万', '亿'];

/** Capital numerals of an amount: 贰拾壹万玖仟伍佰壹拾肆元整. */
export function capital(v: number): string {
  const cents = Math.round(v * 100);
  let yuan = Math.floor(cents / 100);
  const jiao = Math.floor(cents / 10) % 10;
  const fen = cents % 10;
  let out = '';
  let group = 0;
  while (yuan > 0) {
    const part = yuan % 10000;
    let s = '';
    let zero = false;
    for (let i = 3; i >= 0; i -= 1) {
      const dgt = Math.floor(part / 10 ** i) % 10;
      if (dgt === 0) zero = s !== '';
      else {
        if (zero) s += '零';
        s += CAP.charAt(dgt) + (UNITS[i] ?? '');
        zero = false;
      }
    }
    if (part > 0) out = s + (BIG[group] ?? '') + (out !== '' && part < 1000 ? '零' : '') + out;
    else if (out !== '' && !out.startsWith('零')) out = `零${out}`;
    yuan = Math.floor(yuan / 10000);
    group += 1;
  }
  if (out === '') out = '零';
  out += '元';
  if (jiao === 0 && fen === 0) return `${out}整`;
  if (jiao > 0) out += `${CAP.charAt(jiao)}角`;
  else out += '零';
  if (fen > 0) out += `${CAP.charAt(fen)}分`;
  return out;
}

/** An amount in yuan with cents, between lo and hi. */
export function amount(r: Rand, lo: number, hi: number, roundTo = 0): number {
  const v = r.float(lo, hi);
  if (roundTo > 0) return Math.round(v / roundTo) * roundTo;
  return Math.round(v * 100) / 100;
}
