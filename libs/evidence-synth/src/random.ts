import { formatCapitalAmount, usccCheckChar, vinCheckDigit } from '@uplift/domain';

/** mulberry32: a small deterministic PRNG; the same seed gives the same numbers on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Seeded random helpers over prng, so every benchmark run renders the same documents. */
export class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i += 1) s += String(this.int(0, 9));
    return s;
  }
}

const CITIES = ['福州', '厦门', '泉州', '杭州', '宁波', '苏州', '无锡', '成都', '长沙', '合肥', '济南', '郑州', '南昌', '昆明'];
const WORDS = ['鑫源', '恒达', '宏图', '顺丰', '金穗', '华瑞', '永盛', '嘉禾', '联创', '东升', '万通', '佳美', '锦程', '瑞丰'];
const TRADES = ['餐饮管理', '商贸', '物流', '建筑工程', '机械制造', '食品', '科技', '贸易', '运输', '电子'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡林郭何高罗';
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋', '勇', '军', '杰', '涛', '明', '超', '华', '建国', '晓东', '丽娟'];
const ROADS = ['五四路', '解放路', '人民路', '建设路', '中山路', '和平路', '工业路', '长江路'];

/** A fictitious company name such as 福州鑫源商贸有限公司. */
export const company = (r: Rng): string => `${r.pick(CITIES)}${r.pick(WORDS)}${r.pick(TRADES)}有限公司`;
/** A fictitious person's name. */
export const person = (r: Rng): string => `${SURNAMES.charAt(r.int(0, SURNAMES.length - 1))}${r.pick(GIVEN)}`;
/** A fictitious address. */
export const address = (r: Rng): string => `${r.pick(CITIES)}市${r.pick(ROADS)}${r.int(1, 300)}号`;

/** A USCC with a correct check character. */
export function uscc(r: Rng): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let body = `91${r.pick(['350100', '350200', '330100', '320500', '510100', '430100'])}`;
  for (let i = 0; i < 9; i += 1) body += alphabet.charAt(r.int(0, i < 8 ? 9 : 30));
  return body + (usccCheckChar(body) ?? '0');
}

/** A VIN with a correct position-9 check digit. */
export function vin(r: Rng): string {
  const chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
  let v = r.pick(['LFV', 'LSV', 'LGB', 'LZW', 'LDC']);
  while (v.length < 17) v += chars.charAt(r.int(0, chars.length - 1));
  const check = vinCheckDigit(`${v.slice(0, 8)}0${v.slice(9)}`) ?? '0';
  return `${v.slice(0, 8)}${check}${v.slice(9)}`;
}

/** A plate, ordinary or new-energy. */
export function plate(r: Rng): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const prov = r.pick(['闽', '浙', '苏', '川', '湘', '皖', '鲁', '豫']);
  if (r.next() < 0.25) return `${prov}${letters.charAt(r.int(0, 9))}D${r.digits(5)}`;
  return `${prov}${letters.charAt(r.int(0, 9))}${letters.charAt(r.int(0, 23))}${r.digits(4)}`;
}

/** A date between two years as [display, ISO]. */
export function date(r: Rng, fromYear: number, toYear: number, style = 0): [string, string] {
  const y = r.int(fromYear, toYear);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const shown = style === 0 ? `${y}年${String(m).padStart(2, '0')}月${String(d).padStart(2, '0')}日` : iso;
  return [shown, iso];
}

/** An amount in fen between bounds, whole yuan most of the time. */
export function amountFen(r: Rng, min: number, max: number): number {
  return r.int(min, max) * 100 + (r.next() < 0.5 ? 0 : r.int(0, 99));
}

/** Figure with thousands separators and two decimals. */
export function money(fen: number): string {
  const whole = Math.floor(fen / 100).toLocaleString('en-US');
  return `${whole}.${String(fen % 100).padStart(2, '0')}`;
}

/** Plain two-decimal figure (the normalised form). */
export function plain(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

export { formatCapitalAmount };
