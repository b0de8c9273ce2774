import { usccCheckChar, vinCheckDigit } from '@uplift/domain';
import type { Draw } from './rng';
import type { TradeModel } from './trades';

// Who a merchant is: the names, codes and places its documents print. Written for this split (it does not
// use the evidence synthesiser's name lists, so the two portfolios do not share a vocabulary).

/** A merchant's registered identity, as its business licence prints it. */
export interface MerchantIdentity {
  /** Registered name (名称) on the licence. */
  name: string;
  /** Name on the shop sign (a brand, often shorter than the registered name). */
  sign: string;
  uscc: string;
  legalRepresentative: string;
  address: string;
  city: string;
  /** 个体工商户: statements and vehicles are often in the owner's own name. */
  individual: boolean;
  establishedDate: string;
}

const CITIES = [
  ['成都', '川A'],
  ['长沙', '湘A'],
  ['郑州', '豫A'],
  ['合肥', '皖A'],
  ['佛山', '粤E'],
  ['温州', '浙C'],
  ['临沂', '鲁Q'],
  ['昆明', '云A'],
  ['南宁', '桂A'],
  ['石家庄', '冀A'],
] as const;
const DISTRICTS = ['高新区', '城东区', '经开区', '新城区', '滨江区', '北区'];
const BRAND = ['恒达', '顺丰源', '鑫旺', '聚福', '老街坊', '鸿运', '金穗', '嘉禾', '万兴', '宏图', '永盛', '丰泽', '佳美', '诚信'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高';
const GIVEN = ['建国', '丽华', '志强', '秀英', '海燕', '伟', '敏', '军', '红梅', '晓东', '春生', '桂兰', '德明', '玉珍'];
const ROADS = ['人民路', '建设路', '解放大道', '中山路', '工业园一路', '长江路', '滨河路', '新华街'];
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const VIN_CHARS = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ';
const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A person's name. */
export function personName(d: Draw): string {
  return `${SURNAMES.charAt(d.int(0, SURNAMES.length - 1))}${d.pick(GIVEN)}`;
}

/** A valid unified social credit code: 91 (company) or 92 (individual business), region, body, check char. */
export function makeUscc(d: Draw, individual: boolean): string {
  let body = `${individual ? '92' : '91'}${d.pick(['510100', '430100', '410100', '340100', '440600', '330300'])}`;
  while (body.length < 17) body += USCC_ALPHABET.charAt(d.int(0, USCC_ALPHABET.length - 1));
  return `${body}${usccCheckChar(body) ?? '0'}`;
}

/** A valid 17-character VIN (check digit at position 9). */
export function makeVin(d: Draw): string {
  let chars = 'LZZ';
  while (chars.length < 17) chars += VIN_CHARS.charAt(d.int(0, VIN_CHARS.length - 1));
  const check = vinCheckDigit(`${chars.slice(0, 8)}0${chars.slice(9)}`) ?? '0';
  return `${chars.slice(0, 8)}${check}${chars.slice(9)}`;
}

/** A mainland plate of the merchant's city (heavy vehicles carry the same format). */
export function makePlate(d: Draw, prefix: string): string {
  let tail = PLATE_LETTERS.charAt(d.int(0, PLATE_LETTERS.length - 1));
  while (tail.length < 5) tail += String(d.int(0, 9));
  return `${prefix}${tail}`;
}

/** The plate prefix of the city of an identity. */
export function platePrefix(identity: MerchantIdentity): string {
  return CITIES.find(([city]) => city === identity.city)?.[1] ?? '川A';
}

/** A different company, for counterparties and for documents that belong to someone else. */
export function otherCompany(d: Draw, word: string): string {
  const [city] = d.pick(CITIES);
  return `${city}${d.pick(BRAND)}${d.pick(['', '华', '泰', '达'])}${word}有限公司`;
}

/** A merchant's identity, drawn for its trade. */
export function makeIdentity(d: Draw, t: TradeModel, caseYear: number): MerchantIdentity {
  const [city] = d.pick(CITIES);
  const district = d.pick(DISTRICTS);
  const individual = d.chance(t.individualShare);
  const owner = personName(d);
  const brand = d.pick(BRAND);
  const shop = d.pick(t.shopWords);
  const sign = individual ? `${owner.charAt(0)}记${shop}` : `${brand}${shop}`;
  const name = individual ? `${city}市${district}${sign}（个体工商户）` : `${city}${brand}${t.tradeWord}有限公司`;
  const years = d.int(1, 15);
  const est = `${caseYear - years}-${String(d.int(1, 12)).padStart(2, '0')}-${String(d.int(1, 28)).padStart(2, '0')}`;
  return {
    name,
    sign,
    uscc: makeUscc(d, individual),
    legalRepresentative: owner,
    address: `${city}市${district}${d.pick(ROADS)}${d.int(1, 399)}号`,
    city,
    individual,
    establishedDate: est,
  };
}

/** How OCR and stationery vary a correct name: full-width vs half-width brackets, a dropped bracket note. */
export function printedName(d: Draw, name: string): string {
  const roll = d.next();
  if (roll < 0.15) return name.replace('（', '(').replace('）', ')');
  if (roll < 0.2) return name.replace('（个体工商户）', '');
  return name;
}
