import { formatCapitalAmount, type FieldValidation, type VoucherTypeId } from '@uplift/domain';
import { holderName, type DocContext } from './context';
import { makeUscc, otherCompany, printedName } from './identity';
import { proofOf, type Built } from './proof';
import { addDays, amount, authenticity, evidenceItem, field, printed, voucherRecognition } from './recognition-shapes';

// Invoices, contracts and waybills. What they show is documented trade: a lower bound of revenue (the merchant
// chose which to upload), never an annual figure by itself.

/** How a forger changed a document: the factor applied to its amount, and whether the dependent figures were fixed. */
export interface Tamper {
  factor: number;
  careless: boolean;
}

/** One invoice the merchant issued (seller) or received (buyer). */
export interface InvoiceSpec {
  role: 'seller' | 'buyer';
  net: number;
  date: string;
  special: boolean;
  /** The merchant is neither party (someone else's invoice uploaded). */
  notParty?: boolean;
  tamper?: Tamper;
}

const vatRate = (c: DocContext, special: boolean): number => {
  if (!special) return c.m.identity.individual ? c.d.pick([0.01, 0.03]) : c.d.pick([0.01, 0.03, 0.06]);
  return c.m.trade.id === 'logistics' || c.m.trade.id === 'construction' ? 0.09 : 0.13;
};

/** A VAT invoice (special or ordinary) with its figures, capital numerals and the parties' tax ids. */
export function invoice(c: DocContext, spec: InvoiceSpec): Built {
  const { d, m } = c;
  const type: VoucherTypeId = spec.special ? 'vat_special_invoice' : 'vat_ordinary_invoice';
  const rate = vatRate(c, spec.special);
  const me = spec.notParty
    ? { name: otherCompany(d, m.trade.tradeWord), id: makeUscc(d, false) }
    : { name: printedName(d, m.identity.name), id: m.identity.uscc };
  const them = { name: otherCompany(d, d.pick(['商贸', '实业', '科技', '建设', '餐饮管理'])), id: makeUscc(d, false) };
  const [seller, buyer] = spec.role === 'seller' ? [me, them] : [them, me];
  const trueNet = spec.net;
  const shownNet = spec.tamper ? Math.round(trueNet * spec.tamper.factor * 100) / 100 : trueNet;
  const tax = Math.round(shownNet * rate * 100) / 100;
  // A careless forger edits the net amount and leaves the tax and the total of the real invoice.
  const total = spec.tamper?.careless ? Math.round((trueNet + trueNet * rate) * 100) / 100 : Math.round((shownNet + tax) * 100) / 100;
  const fields = [
    field(d, 'invoice_no', String(d.int(10_000_000, 99_999_999)) + String(d.int(100_000_000, 999_999_999)) + String(d.int(100, 999))),
    field(d, 'date', spec.date),
    field(d, 'buyer', buyer.name),
    field(d, 'buyer_tax_id', buyer.id),
    field(d, 'seller', seller.name),
    field(d, 'seller_tax_id', seller.id),
    field(d, 'amount', amount(shownNet)),
    field(d, 'tax', amount(tax)),
    field(d, 'total_capital', formatCapitalAmount(Math.round(total * 100))),
    field(d, 'total', amount(total)),
  ];
  const lines = [
    spec.special ? '电子发票（增值税专用发票）' : '电子发票（普通发票）',
    `发票号码：${fields[0]?.value ?? ''}`,
    `开票日期：${spec.date}`,
    `购买方信息 名称：${buyer.name} 统一社会信用代码/纳税人识别号：${buyer.id}`,
    `销售方信息 名称：${seller.name} 统一社会信用代码/纳税人识别号：${seller.id}`,
    `合计 ¥${printed(shownNet)} ¥${printed(tax)}`,
    `价税合计（大写）${formatCapitalAmount(Math.round(total * 100))} （小写）¥${printed(total)}`,
  ];
  const recognition = voucherRecognition(d, type, fields, lines, c.caseDate, { pdf: d.chance(0.5) });
  const item = evidenceItem(
    d,
    c.id,
    { kind: 'voucher', type },
    c.at,
    recognition,
    authenticity(d, [], recognition.ocrEngine !== 'pdf-text-layer'),
  );
  const revenue =
    spec.role === 'seller'
      ? { route: 'invoices_issued' as const, annual: trueNet }
      : { route: 'purchases' as const, annual: trueNet / m.trade.costShare };
  return { item, proof: proofOf(item, { revenue, ownedByMerchant: !spec.notParty, forged: spec.tamper !== undefined }) };
}

/** A sales (or purchase) contract signed in the last year, with its amount in figures and capital numerals. */
export function contract(
  c: DocContext,
  type: 'sales_contract' | 'purchase_contract',
  value: number,
  signed: string,
  tamper?: Tamper,
): Built {
  const { d, m } = c;
  const shown = tamper ? Math.round(value * tamper.factor) : value;
  const me = printedName(d, holderName(c, 0.3));
  const them = otherCompany(d, d.pick(['实业', '建设', '商贸', '集团']));
  const merchantIsA = d.chance(0.4);
  const capitalOf = tamper?.careless ? value : shown;
  const fields = [
    field(d, 'contract_no', `HT${signed.slice(0, 4)}${d.int(1000, 9999)}`),
    field(d, 'party_a', merchantIsA ? me : them),
    field(d, 'party_b', merchantIsA ? them : me),
    field(d, 'goods', d.pick(m.trade.shopWords)),
    field(d, 'amount', amount(shown)),
    field(d, 'amount_capital', formatCapitalAmount(Math.round(capitalOf * 100))),
    field(d, 'signing_date', signed),
    field(d, 'term', `${signed}/${addDays(signed, 364)}`),
    field(d, 'payment_terms', d.pick(['货到30天付款', '月结60天', '按进度付款', '预付30%，验收后付清'])),
  ];
  const lines = [type === 'sales_contract' ? '销售合同' : '采购合同', ...fields.map((f) => `${f.name} ${f.value}`)];
  const recognition = voucherRecognition(d, type, fields, lines, c.caseDate);
  const item = evidenceItem(d, c.id, { kind: 'voucher', type }, c.at, recognition, authenticity(d, [], true));
  // Contracted is not delivered: a reviewer credits four fifths of a sales contract; a purchase contract shows costs.
  const revenue =
    type === 'sales_contract'
      ? { route: 'contracts' as const, annual: 0.8 * value }
      : { route: 'purchases' as const, annual: value / m.trade.costShare };
  return { item, proof: proofOf(item, { revenue, forged: tamper !== undefined }) };
}

/** A freight waybill the merchant carried (its freight charge is revenue). */
export function waybill(c: DocContext, charge: number, plate: string): Built {
  const { d, m } = c;
  const fields = [
    field(d, 'waybill_no', `YD${d.int(10_000_000, 99_999_999)}`),
    field(d, 'shipper', otherCompany(d, '实业')),
    field(d, 'consignee', otherCompany(d, '商贸')),
    field(d, 'route', `${m.identity.city}—${d.pick(['广州', '上海', '武汉', '西安', '重庆'])}`),
    field(d, 'freight_charge', amount(charge)),
    field(d, 'plate', plate),
  ];
  const recognition = voucherRecognition(
    d,
    'freight_waybill',
    fields,
    fields.map((f) => `${f.name} ${f.value}`),
    c.caseDate,
  );
  const item = evidenceItem(d, c.id, { kind: 'voucher', type: 'freight_waybill' }, c.at, recognition, authenticity(d, [], true));
  return { item, proof: proofOf(item, { revenue: { route: 'waybills', annual: charge } }) };
}

/** A delivery note to a customer (documents activity; its total is not counted apart from the invoices). */
export function deliveryNote(c: DocContext, total: number, date: string): Built {
  const { d, m } = c;
  const fields = [
    field(d, 'note_no', `CK${d.int(100000, 999999)}`),
    field(d, 'consignor', printedName(d, m.identity.name)),
    field(d, 'consignee', otherCompany(d, '商贸')),
    field(d, 'date', date),
    field(d, 'total', amount(total)),
  ];
  const validations: FieldValidation[] = [
    { rule: 'rows_sum_to_total', fields: ['rows', 'total'], passed: true, detail: `rows sum to ${amount(total)}` },
  ];
  const recognition = voucherRecognition(d, 'delivery_note', fields, ['送货单', ...fields.map((f) => `${f.name} ${f.value}`)], c.caseDate, {
    validations,
  });
  const item = evidenceItem(d, c.id, { kind: 'voucher', type: 'delivery_note' }, c.at, recognition, authenticity(d, [], true));
  return { item, proof: proofOf(item) };
}
