// Makers of vouchers whose real forms are not label：value rows: the tax payment certificate (税收完税证明)
// keeps its figures in a column table under a header row, with a 金额合计 row; the customs declaration
// (报关单) is a grid of boxed cells with each label printed small above its value, and its goods in a
// column table. Modelled on the STA 完税证明 (表格式) and the GACC 2018 integrated declaration form.
import type { Rng } from './random';
import { amountFen, company, date, formatCapitalAmount, money, plain, uscc } from './random';
import type { ColumnTable } from './render-table';
import type { Make } from './voucher-content-types';
import { given, shownDate, toFen } from './voucher-options';

const BUREAUS = ['国家税务总局福州市鼓楼区税务局', '国家税务总局杭州市西湖区税务局', '国家税务总局成都市武侯区税务局'];
const SURCHARGES: ReadonlyArray<readonly [string, string, number]> = [
  ['城市维护建设税', '市区（增值税附征）', 0.07],
  ['教育费附加', '增值税教育费附加', 0.03],
  ['地方教育附加', '增值税地方教育附加', 0.02],
];

/** A quarter or a month as the period of a tax row: [shown, from ISO, until ISO]. */
function taxPeriod(r: Rng, o: { period?: { from: string; until: string } }): [string, string, string] {
  if (o.period) return [`${o.period.from}至${o.period.until}`, o.period.from, o.period.until];
  const y = r.int(2023, 2025);
  const q = r.int(0, 3);
  const from = `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  const until = `${y}-${String(q * 3 + 3).padStart(2, '0')}-${q === 0 || q === 3 ? '31' : '30'}`;
  const shown = r.next() < 0.5 ? `${from}至${until}` : `${shownDate(from)}至${shownDate(until)}`;
  return [shown, from, until];
}

/** 税收完税证明: taxpayer lines, then rows of 原凭证号 | 税种 | 品目名称 | 税款所属时期 | 入(退)库日期 | 实缴(退)金额 and a total row. */
export const taxPaymentCertificate: Make = (r, o = {}) => {
  const id = given(o.merchant?.uscc, uscc(r));
  const name = given(o.merchant?.name, company(r));
  const drawnAmt = amountFen(r, 500, 200000);
  const drawnType = r.pick(['增值税', '企业所得税', '城市维护建设税']);
  const given_ = o.amounts?.amount !== undefined;
  const amt = given_ ? toFen(o.amounts?.amount ?? 0) : drawnAmt;
  const type = given_ ? '增值税' : drawnType;
  const [period, from, until] = taxPeriod(r, o);
  const paidOn = o.date ? shownDate(o.date) : date(r, 2025, 2025, 1)[1];
  const item = type === '增值税' ? r.pick(['商业', '服务业', '货物劳务']) : type === '企业所得税' ? '应纳税所得额' : '市区';
  const rows: string[][] = [[r.digits(18), type, item, period, paidOn, money(amt)]];
  let total = amt;
  // A VAT payment often comes with its surcharges on the same certificate (only when no amount was asked for).
  if (type === '增值税' && !given_ && r.next() < 0.6) {
    for (const [tax, surItem, rate] of SURCHARGES.slice(0, r.int(1, 3))) {
      const fen = Math.round(amt * rate);
      total += fen;
      rows.push([r.digits(18), tax, surItem, period, paidOn, money(fen)]);
    }
  }
  const pick = r.next();
  const variant = r.next() < 0.4;
  return {
    title: pick < 0.5 ? '中华人民共和国税收完税证明' : '税收完税证明',
    rows: [
      ['纳税人识别号', id],
      ['纳税人名称', name],
      ['填发日期', paidOn],
      ['税务机关', r.pick(BUREAUS)],
    ],
    table: {
      // The 表格式 certificate's headings; e-tax print-outs word some of them differently.
      header: [
        '原凭证号',
        variant ? '税(费)种' : '税种',
        '品目名称',
        variant ? '所属时期' : '税款所属时期',
        '入(退)库日期',
        variant ? '实缴金额' : '实缴(退)金额',
      ],
      rows,
      footer: ['金额合计', `（大写）${formatCapitalAmount(total)}`, `¥${money(total)}`],
    },
    after: [['备注', '']],
    seal: true,
    signature: false,
    truth: { taxpayer_id: id, taxpayer_name: name, tax_type: type, tax_period: `${from}/${until}`, amount_paid: plain(total) },
  };
};

const PORTS = ['福州海关', '厦门海关', '宁波海关', '上海浦东机场海关', '黄埔海关'];
const GOODS = ['不锈钢保温杯', '棉制针织T恤', '锂离子蓄电池', '陶瓷餐具', '塑料收纳箱'];

/**
 * The goods table of a declaration: the 2018 form stacks unit price, total price and currency in one
 * column (单价/总价/币制, three lines in one cell); simpler print-outs give each its own column.
 */
function goodsTable(stacked: boolean, goods: string, qty: number, unit: string, total: string, cur: string, country: string): ColumnTable {
  if (stacked)
    return {
      header: ['项号', '商品编号', '商品名称及规格型号', '数量及单位', '单价/总价/币制', '原产国(地区)', '最终目的国(地区)', '征免'],
      rows: [['1', '9617001900', goods, `${qty}个`, `${unit}\n${total}\n${cur}`, '中国', country, '照章征税']],
    };
  return {
    header: ['项号', '商品名称', '数量及单位', '单价', '总价', '币制', '征免'],
    rows: [['1', goods, `${qty}个`, unit, total, cur, '照章征税']],
  };
}

/** 报关单: the two numbers above the form, boxed cells with labels above values, then the goods table. */
export const customsDeclaration: Make = (r, o = {}) => {
  const no = r.digits(18);
  const name = given(o.merchant?.name, company(r));
  const mode = r.pick(['一般贸易', '进料对口', '来料加工']);
  const cur = r.pick(['美元', '欧元', '人民币']);
  const exporting = r.next() < 0.7;
  const qty = r.int(100, 5000);
  const totalFen = amountFen(r, 1000, 500000);
  const unit = (totalFen / 100 / qty).toFixed(2);
  const [shown] = date(r, 2024, 2025, 1);
  return {
    title: exporting ? '中华人民共和国海关出口货物报关单' : '中华人民共和国海关进口货物报关单',
    lead: [
      [
        ['预录入编号', r.digits(18)],
        ['海关编号', no],
      ],
    ],
    boxed: true,
    rows: [
      [exporting ? '境内发货人' : '境内收货人', name],
      [exporting ? '出境关别' : '进境关别', r.pick(PORTS)],
      [exporting ? '出口日期' : '进口日期', shown],
      ['申报日期', shown],
      [exporting ? '境外收货人' : '境外发货人', 'ABC TRADING CO LTD'],
      ['运输方式', r.pick(['水路运输', '航空运输', '公路运输'])],
      ['提运单号', `COSU${r.digits(10)}`],
      ['生产销售单位', name],
      ['监管方式', mode],
      ['征免性质', '一般征税'],
      ['合同协议号', `HT${r.digits(8)}`],
      ['贸易国(地区)', r.pick(['美国', '德国', '日本'])],
      ['包装种类', '纸制或纤维板制盒/箱'],
      ['件数', String(r.int(10, 900))],
      ['毛重(千克)', String(r.int(100, 20000))],
      ['成交方式', r.pick(['FOB', 'CIF', 'EXW'])],
    ],
    table: goodsTable(r.next() < 0.5, r.pick(GOODS), qty, unit, money(totalFen), cur, r.pick(['美国', '德国', '日本'])),
    seal: true,
    signature: false,
    truth: { declaration_no: no, consignor: name, trade_mode: mode, currency: cur, total_value: plain(totalFen) },
  };
};
