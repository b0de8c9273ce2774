import type { VoucherTypeId } from '@uplift/domain';
import { customsDeclaration } from './structured-makers';
import type { Make } from './voucher-content-types';
import { address, amountFen, company, date, formatCapitalAmount, money, person, plain, plate, uscc, type Rng } from './random';
import { given, givenDate, shownPeriod, toFen, type VoucherOptions } from './voucher-options';

/** Amount before tax and tax (fen) that add up to the total asked for, or from the amount asked for. */
function invoiceFigures(drawn: number, rate: number, o: VoucherOptions): { amount: number; tax: number } {
  if (o.amounts?.total !== undefined) {
    const total = toFen(o.amounts.total);
    const amount = Math.round(total / (1 + rate));
    return { amount, tax: total - amount };
  }
  const amount = o.amounts?.amount !== undefined ? toFen(o.amounts.amount) : drawn;
  return { amount, tax: Math.round(amount * rate) };
}

// Invoices: the merchant is the SELLER (sales are what evidence the business); the counterparty buys.
const invoice =
  (special: boolean): Make =>
  (r, o = {}) => {
    const [d, dIso] = givenDate(o.date, date(r, 2024, 2025));
    const buyer = given(o.counterparty?.name, company(r));
    const seller = given(o.merchant?.name, company(r));
    const bId = given(o.counterparty?.uscc, uscc(r));
    const sId = given(o.merchant?.uscc, uscc(r));
    const { amount, tax } = invoiceFigures(amountFen(r, 1000, 300000), special ? 0.13 : 0.03, o);
    const total = amount + tax;
    const no = r.next() < 0.5 ? r.digits(20) : r.digits(8);
    return {
      title:
        r.next() < 0.5 ? (special ? '增值税专用发票' : '增值税普通发票') : special ? '电子发票（增值税专用发票）' : '电子发票（普通发票）',
      rows: [
        ['发票号码', no],
        ['开票日期', d],
        ['购买方 名称', buyer],
        ['纳税人识别号', bId],
        ['销售方 名称', seller],
        ['纳税人识别号', sId],
      ],
      table: {
        header: ['项目名称', '数量', '单价', '金额', '税率', '税额'],
        rows: [
          [
            r.pick(['办公用品', '钢材', '食品原料', '运输服务', '电子元件']),
            String(r.int(1, 50)),
            '',
            money(amount),
            special ? '13%' : '3%',
            money(tax),
          ],
        ],
        footer: ['合计', '', '', `¥${money(amount)}`, '', `¥${money(tax)}`],
      },
      after: [
        ['价税合计（大写）', formatCapitalAmount(total)],
        ['（小写）', `¥${money(total)}`],
        ['开票人', person(r)],
      ],
      seal: true,
      signature: false,
      truth: {
        invoice_no: no,
        date: dIso,
        buyer,
        seller,
        buyer_tax_id: bId,
        seller_tax_id: sId,
        amount: plain(amount),
        tax: plain(tax),
        total: plain(total),
      },
    };
  };

// Contracts: the merchant is party A (the seller of a sales contract, the buyer of a purchase contract).
const contract =
  (sales: boolean): Make =>
  (r, o = {}) => {
    const a = given(o.merchant?.name, company(r));
    const b = given(o.counterparty?.name, company(r));
    const amt = amountFen(r, 10000, 2000000) - (amountFen(r, 0, 0) % 100);
    const whole = o.amounts?.amount !== undefined ? Math.round(o.amounts.amount) * 100 : Math.floor(amt / 100) * 100;
    const [d, dIso] = givenDate(o.date, date(r, 2023, 2025));
    const no = `HT${r.digits(8)}`;
    return {
      title: sales ? r.pick(['销售合同', '产品销售合同']) : r.pick(['采购合同', '物资采购合同']),
      rows: [
        ['合同编号', no],
        [sales ? '甲方（卖方）' : '甲方（采购方）', a],
        [sales ? '乙方（买方）' : '乙方（供应方）', b],
        ['产品名称', r.pick(['不锈钢板材', '冷冻食品', '办公家具', '建筑材料'])],
        ['合同总金额', `¥${money(whole)}`],
        ['人民币（大写）', formatCapitalAmount(whole)],
        ['合同期限', o.period ? shownPeriod(o.period) : '2024年01月01日至2026年12月31日'],
        ['付款方式', '货到验收后30日内付款'],
        ['签订日期', d],
      ],
      after: [
        ['甲方代表签字', ''],
        ['乙方代表签字', ''],
      ],
      seal: true,
      signature: true,
      truth: { contract_no: no, party_a: a, party_b: b, amount: plain(whole), signing_date: dIso },
    };
  };

const amountTable = (r: Rng, n: number): { rows: string[][]; total: number } => {
  const rows: string[][] = [];
  let total = 0;
  for (let i = 1; i <= n; i += 1) {
    const qty = r.int(1, 40);
    const price = r.int(5, 900) * 100;
    const amt = qty * price;
    total += amt;
    rows.push([
      String(i),
      r.pick(['大米', '食用油', '钢管', '纸箱', '螺丝', '面粉', '饮料', '电缆']),
      String(qty),
      money(price),
      money(amt),
    ]);
  }
  return { rows, total };
};

/** Leases, invoices, contracts, orders and shipping papers: the trade a merchant does. */
export const TRADE_MAKERS = {
  lease_contract: (r, o = {}) => {
    const m = o.merchant;
    const lessor = given(o.counterparty?.name, person(r));
    const lessee = given(m?.name, company(r));
    const drawnRent = r.int(20, 300) * 10000;
    const rent = o.amounts?.rent !== undefined ? toFen(o.amounts.rent) : drawnRent;
    const term = o.period ?? { from: '2024-01-01', until: '2027-12-31' };
    return {
      title: r.pick(['房屋租赁合同', '商铺租赁合同']),
      rows: [
        ['出租方（甲方）', lessor],
        ['承租方（乙方）', lessee],
        ['房屋坐落', given(m?.address, address(r))],
        ['建筑面积', `${r.int(40, 500)}平方米`],
        ['月租金', `¥${money(rent)}`],
        ['押金', '两个月租金'],
        ['租赁期限', shownPeriod(term)],
      ],
      after: [
        ['出租方签字', ''],
        ['承租方签字', ''],
      ],
      seal: true,
      signature: true,
      truth: { lessor, lessee, rent: plain(rent), term: `${term.from}/${term.until}` },
    };
  },
  vat_special_invoice: invoice(true),
  vat_ordinary_invoice: invoice(false),
  sales_contract: contract(true),
  purchase_contract: contract(false),
  // Orders and delivery notes: the merchant supplies (seller, consignor); the counterparty is its customer.
  purchase_order: (r, o = {}) => {
    const no = `PO${r.digits(10)}`;
    const buyer = given(o.counterparty?.name, company(r));
    const seller = given(o.merchant?.name, company(r));
    const [d, iso] = givenDate(o.date, date(r, 2024, 2025));
    const t = amountTable(r, r.int(3, 6));
    return {
      title: r.pick(['采购订单', '订货单']),
      rows: [
        ['订单编号', no],
        ['订单日期', d],
        ['采购方', buyer],
        ['供应商', seller],
      ],
      table: { header: ['序号', '品名', '数量', '单价', '金额'], rows: t.rows, footer: ['合计', '', '', '', money(t.total)] },
      seal: false,
      signature: false,
      truth: { order_no: no, buyer, seller, date: iso, amount: plain(t.total) },
    };
  },
  delivery_note: (r, o = {}) => {
    const no = `SH${r.digits(10)}`;
    const from = given(o.merchant?.name, company(r));
    const to = given(o.counterparty?.name, company(r));
    const [d, iso] = givenDate(o.date, date(r, 2024, 2025));
    const t = amountTable(r, r.int(3, 6));
    return {
      title: r.pick(['送货单', '出库单']),
      rows: [
        ['送货单号', no],
        ['送货日期', d],
        ['发货单位', from],
        ['收货单位', to],
      ],
      table: { header: ['序号', '品名', '数量', '单价', '金额'], rows: t.rows, footer: ['合计', '', '', '', money(t.total)] },
      after: [['收货人签字', '']],
      seal: false,
      signature: true,
      truth: { note_no: no, consignor: from, consignee: to, date: iso },
    };
  },
  // A waybill the merchant (a carrier) carries: the merchant's plate; shipper is the merchant unless a counterparty is given.
  freight_waybill: (r, o = {}) => {
    const no = `YD${r.digits(10)}`;
    const shipper = given(o.counterparty?.name ?? o.merchant?.name, company(r));
    const consignee = company(r);
    const drawnFee = r.int(300, 20000) * 100;
    const fee = o.amounts?.amount !== undefined ? toFen(o.amounts.amount) : drawnFee;
    const p = given(o.merchant?.plate, plate(r));
    return {
      title: r.pick(['公路货物运单', '货物运单', '托运单']),
      rows: [
        ['运单号', no],
        ['托运人', shipper],
        ['收货人', consignee],
        ['起运地', '福州'],
        ['到达地', '杭州'],
        ['货物名称', '日用百货'],
        ['重量', `${r.int(1, 30)}吨`],
        ['运费', `¥${money(fee)}`],
        ['车牌号', p],
      ],
      seal: false,
      signature: true,
      truth: { waybill_no: no, shipper, consignee, freight_charge: plain(fee), plate: p },
    };
  },
  customs_declaration: customsDeclaration,
} satisfies Partial<Record<VoucherTypeId, Make>>;
