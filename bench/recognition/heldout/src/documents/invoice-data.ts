/** The content of a VAT invoice: parties, goods lines, totals, numbers; and its truth. */
import { company, personName, type Company } from '../content/entities';
import { randomDate, type CalendarDate, isoDate } from '../content/dates';
import { goodsLines, sumCents, type Line } from '../content/goods';
import { taxOf } from '../content/money';
import type { Random } from '../random';
import { Truth } from './spec';

export interface InvoiceLine extends Line {
  taxCents: number;
  /** Unit price as printed: e-invoices often print many decimals. */
  unitPriceText: string;
}

export interface InvoiceContent {
  special: boolean;
  buyer: Company;
  seller: Company;
  buyerBank: string;
  sellerBank: string;
  buyerPhone: string;
  sellerPhone: string;
  lines: InvoiceLine[];
  amountCents: number;
  taxCents: number;
  totalCents: number;
  date: CalendarDate;
  /** 20 digits for fully digital invoices; 8 digits for the older paper format. */
  number: string;
  /** 10 (special) or 12 (ordinary) digit code of the older format. */
  code: string;
  checkCode: string;
  machineNo: string;
  payee: string;
  reviewer: string;
  drawer: string;
  truth: Truth;
}

const BANKS = ['中国工商银行', '中国农业银行', '中国建设银行', '中国银行', '交通银行', '招商银行', '江苏银行', '兴业银行', '中国邮政储蓄银行', '农村商业银行'];

function bankLine(rng: Random, city: string): string {
  return `${rng.pick(BANKS)}${city}${rng.pick(['分行', '支行', '高新支行', '城东支行', '营业部'])} ${rng.digits(rng.pick([16, 17, 19]))}`;
}

function phone(rng: Random): string {
  return rng.chance(0.5) ? `0${rng.int(10, 999)}-${rng.digits(8)}` : `1${rng.pick(['3', '5', '8', '9'])}${rng.digits(9)}`;
}

function unitPriceText(rng: Random, line: Line): string {
  const exact = line.amountCents / 100 / line.quantity;
  const decimals = rng.pick([2, 2, 6, 8]);
  const text = exact.toFixed(decimals);
  return decimals === 2 ? text : text.replace(/0+$/, '').replace(/\.$/, '');
}

export function invoiceContent(rng: Random, special: boolean, fullyDigital: boolean): InvoiceContent {
  const buyer = company(rng);
  const seller = company(rng, { city: rng.chance(0.6) ? buyer.city : undefined, allowSoleTrader: !special });
  const lines = goodsLines(rng, rng.int(1, 4)).map((line) => ({
    ...line,
    taxCents: taxOf(line.amountCents, line.item.taxRate),
    unitPriceText: unitPriceText(rng, line),
  }));
  const amountCents = sumCents(lines.map((l) => l.amountCents));
  const taxCents = sumCents(lines.map((l) => l.taxCents));
  const date = randomDate(rng, fullyDigital ? 2024 : 2023, fullyDigital ? 2026 : 2025);
  const year2 = String(date.year).slice(2);
  const regionCode = seller.city.divisionCode.slice(0, 2) + '00';
  const number = fullyDigital ? `${year2}${regionCode.slice(0, 2)}${rng.int(1, 9)}${rng.digits(15)}` : rng.digits(8);
  const code = special ? `${regionCode}${year2}${rng.pick(['1130', '2130', '3130'])}` : `0${regionCode.slice(0, 3)}${year2}00${rng.digits(4)}`;
  const content: InvoiceContent = {
    special,
    buyer,
    seller,
    buyerBank: bankLine(rng, buyer.city.city),
    sellerBank: bankLine(rng, seller.city.city),
    buyerPhone: phone(rng),
    sellerPhone: phone(rng),
    lines,
    amountCents,
    taxCents,
    totalCents: amountCents + taxCents,
    date,
    number,
    code: code.slice(0, special ? 10 : 12).padEnd(special ? 10 : 12, '0'),
    checkCode: rng.digits(20).replace(/(.{5})(?=.)/g, '$1 '),
    machineNo: rng.digits(12),
    payee: personName(rng),
    reviewer: personName(rng),
    drawer: personName(rng),
    truth: new Truth(),
  };
  const truth = content.truth;
  truth.text('invoice_no', number);
  truth.text('date', isoDate(date));
  truth.text('buyer', buyer.name);
  truth.text('buyer_tax_id', buyer.uscc);
  truth.text('seller', seller.name);
  truth.text('seller_tax_id', seller.uscc);
  truth.amount('amount', amountCents);
  truth.amount('tax', taxCents);
  truth.amount('total', content.totalCents);
  return content;
}

/** 13% / 9% / 6% as the tax-rate column prints them. */
export function rateText(rate: number): string {
  return `${rate}%`;
}

/** Random cipher-area text: four lines of digits and operators. */
export function cipherLines(rng: Random): string[] {
  const alphabet = '0123456789+-*/<>';
  return [0, 1, 2, 3].map(() => {
    let out = '';
    for (let i = 0; i < 27; i++) out += alphabet.charAt(rng.int(0, alphabet.length - 1));
    return out;
  });
}
