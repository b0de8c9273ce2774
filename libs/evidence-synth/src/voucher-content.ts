import type { VoucherTypeId } from '@uplift/domain';
import type { Rng } from './random';
import { signedStatement, splitStatement, type Movement } from './statement-table';
import { customsDeclaration, taxPaymentCertificate } from './structured-makers';
import type { Make } from './voucher-content-types';
import { address, amountFen, company, date, formatCapitalAmount, money, person, plain, plate, uscc, vin } from './random';
import { given, givenDate, shownPeriod, spreadDates, toFen, type VoucherOptions } from './voucher-options';

export type { VoucherContent } from './voucher-content-types';

const BUSINESS_SCOPES = [
  '餐饮服务；食品销售；日用百货零售',
  '一般项目：餐饮管理；食品销售（仅销售预包装食品）；日用百货销售；厨具卫具及日用杂品零售；信息咨询服务（不含许可类信息咨询服务）',
  '许可项目：道路货物运输（不含危险货物）；一般项目：国内货物运输代理；普通货物仓储服务（不含危险化学品等需许可审批的项目）；装卸搬运',
  '一般项目：五金产品批发；建筑材料销售；机械设备销售；金属材料销售；电子产品销售；技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广',
];
const BUILDINGS = ['恒力大厦', '万达广场', '创业园', '科技园', '商务中心'];
/** An address as licences print it, with building, floor and room. */
const longAddress = (r: Rng): string =>
  `${address(r)}${r.pick(BUILDINGS)}${r.int(1, 12)}号楼${r.int(2, 28)}层${r.int(1, 28)}${String(r.int(1, 20)).padStart(2, '0')}室`;

const until = (r: Rng): [string, string] => date(r, 2027, 2031);
const past = (r: Rng): [string, string] => date(r, 2012, 2024);

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

/** Content generator of every voucher type. */
export const MAKERS: Record<VoucherTypeId, Make> = {
  business_licence: (r, o = {}) => {
    const m = o.merchant;
    const name = given(m?.name, company(r));
    const code = given(m?.uscc, uscc(r));
    const rep = given(m?.legalRep, person(r));
    const [d, iso] = givenDate(o.date, past(r));
    // Real licences print the address with building and room, and a scope that runs over several lines.
    const addr = given(m?.address, longAddress(r));
    const scope = r.pick(BUSINESS_SCOPES);
    return {
      title: '营业执照',
      rows: [
        ['统一社会信用代码', code],
        ['名称', name],
        ['类型', '有限责任公司（自然人投资或控股）'],
        ['法定代表人', rep],
        ['注册资本', '壹佰万元整'],
        ['成立日期', d],
        ['营业期限', `${d}至长期`],
        ['住所', addr],
        ['经营范围', scope],
        ['登记机关', `${r.pick(['福州', '杭州', '成都'])}市市场监督管理局`],
      ],
      seal: true,
      signature: false,
      truth: { uscc: code, name, legal_representative: rep, established_date: iso, address: addr, business_scope: scope },
    };
  },
  food_business_permit: (r, o = {}) => {
    const m = o.merchant;
    const name = given(m?.name, company(r));
    const code = given(m?.uscc, uscc(r));
    const no = `JY${r.digits(14)}`;
    const [u, uIso] = until(r);
    return {
      title: '食品经营许可证',
      rows: [
        ['经营者名称', name],
        ['社会信用代码（身份证号码）', code],
        ['法定代表人（负责人）', given(m?.legalRep, person(r))],
        ['经营场所', given(m?.address, address(r))],
        ['主体业态', '餐饮服务经营者（小型餐馆）'],
        ['经营项目', '热食类食品制售'],
        ['许可证编号', no],
        ['有效期至', uIso === '' ? '' : u],
        ['日常监督管理机构', '市场监督管理所'],
      ],
      seal: true,
      signature: false,
      truth: { permit_no: no, operator_name: name, uscc: code, valid_until: uIso },
    };
  },
  road_transport_operating_licence: (r, o = {}) => {
    const name = given(o.merchant?.name, company(r));
    const no = `${r.pick(['闽', '浙', '川'])}交运管许可${r.pick(['榕', '杭', '蓉'])}字${r.digits(12)}号`;
    const [u, uIso] = until(r);
    return {
      title: '道路运输经营许可证',
      rows: [
        ['业户名称', name],
        ['地址', given(o.merchant?.address, address(r))],
        ['经济类型', '有限责任公司'],
        ['经营范围', '道路普通货物运输'],
        ['许可证号', no],
        ['有效期至', u],
        ['核发机关', '道路运输管理局'],
      ],
      seal: true,
      signature: false,
      truth: { licence_no: no, operator_name: name, valid_until: uIso },
    };
  },
  tobacco_retail_licence: (r, o = {}) => {
    const m = o.merchant;
    const name = given(m?.name, `${r.pick(['福州', '杭州'])}${r.pick(['鑫源', '佳美'])}便利店`);
    const no = r.digits(12);
    const [fromS] = date(r, 2022, 2024);
    const [u, uIso] = until(r);
    return {
      title: '烟草专卖零售许可证',
      rows: [
        ['许可证号', no],
        ['企业名称', name],
        ['负责人（经营者）', given(m?.legalRep, person(r))],
        ['经营场所', given(m?.address, address(r))],
        ['许可范围', '卷烟、雪茄烟零售'],
        ['有效期限', `${fromS}至${u}`],
        ['发证机关', '烟草专卖局'],
      ],
      seal: true,
      signature: false,
      truth: { licence_no: no, name, valid_until: uIso },
    };
  },
  medical_device_business_licence: (r, o = {}) => {
    const m = o.merchant;
    const name = given(m?.name, company(r));
    const no = `${r.pick(['闽', '浙'])}食药监械经营许${r.digits(8)}号`;
    const [u, uIso] = until(r);
    return {
      title: '医疗器械经营许可证',
      rows: [
        ['许可证编号', no],
        ['企业名称', name],
        ['法定代表人', given(m?.legalRep, person(r))],
        ['企业负责人', person(r)],
        ['经营方式', '批零兼营'],
        ['经营场所', given(m?.address, address(r))],
        ['库房地址', address(r)],
        ['经营范围', '第三类医疗器械'],
        ['有效期限', `至${u}`],
      ],
      seal: true,
      signature: false,
      truth: { licence_no: no, company: name, valid_until: uIso },
    };
  },
  construction_qualification_certificate: (r, o = {}) => {
    const m = o.merchant;
    const name = given(m?.name, company(r));
    const code = given(m?.uscc, uscc(r));
    const no = `D${r.digits(9)}`;
    const [u, uIso] = until(r);
    const q = r.pick(['建筑工程施工总承包叁级', '市政公用工程施工总承包贰级', '地基基础工程专业承包叁级']);
    return {
      title: '建筑业企业资质证书',
      rows: [
        ['企业名称', name],
        ['详细地址', given(m?.address, address(r))],
        ['统一社会信用代码', code],
        ['法定代表人', given(m?.legalRep, person(r))],
        ['注册资本', '伍佰万元整'],
        ['经济性质', '有限责任公司'],
        ['资质类别及等级', q],
        ['证书编号', no],
        ['有效期', u],
        ['发证机关', '住房和城乡建设厅'],
      ],
      seal: true,
      signature: false,
      truth: { certificate_no: no, company: name, uscc: code, qualification: q, valid_until: uIso },
    };
  },
  industrial_production_licence: (r, o = {}) => {
    const name = given(o.merchant?.name, company(r));
    const no = `${r.pick(['闽', '浙'])}XK${r.digits(2)}-${r.digits(3)}-${r.digits(5)}`;
    const [u, uIso] = until(r);
    const product = r.pick(['电线电缆', '食品用塑料包装', '人造板', '危险化学品包装物']);
    return {
      title: '全国工业产品生产许可证',
      rows: [
        ['企业名称', name],
        ['住所', given(o.merchant?.address, address(r))],
        ['生产地址', address(r)],
        ['产品名称', product],
        ['证书编号', no],
        ['有效期至', u],
        ['检验方式', '发证机关'],
      ],
      seal: true,
      signature: false,
      truth: { licence_no: no, company: name, product, valid_until: uIso },
    };
  },
  road_transport_certificate: (r, o = {}) => {
    const m = o.merchant;
    const name = given(m?.name, company(r));
    const no = r.digits(12);
    const p = given(m?.plate, plate(r));
    const [u] = until(r);
    return {
      title: '道路运输证',
      rows: [
        ['业户名称', name],
        ['地址', given(m?.address, address(r))],
        ['车辆号牌', p],
        ['经营许可证号', r.digits(12)],
        ['车辆类型', '重型厢式货车'],
        ['吨（座）位', `${r.int(2, 30)}吨`],
        ['车辆尺寸', '9600×2500×3800毫米'],
        ['经营范围', '道路普通货物运输'],
        ['道路运输证号', no],
        ['有效期至', u],
      ],
      seal: true,
      signature: false,
      truth: { certificate_no: no, operator: name, plate: p },
    };
  },
  vehicle_licence: (r, o = {}) => {
    const m = o.merchant;
    const owner = given(m?.name, company(r));
    const p = given(m?.plate, plate(r));
    const v = vin(r);
    const [d, iso] = givenDate(o.date, date(r, 2015, 2024));
    return {
      title: '中华人民共和国机动车行驶证',
      rows: [
        ['号牌号码', p],
        ['车辆类型', '重型厢式货车'],
        ['所有人', owner],
        ['住址', given(m?.address, address(r))],
        ['使用性质', '货运'],
        ['品牌型号', '解放牌CA5180XXYP62K1L5'],
        ['车辆识别代号', v],
        ['发动机号码', r.digits(8)],
        ['注册日期', d],
        ['发证日期', d],
        ['核定载质量', `${r.int(1000, 18000)}kg`],
      ],
      seal: true,
      signature: false,
      truth: { plate: p, owner, vin: v, registration_date: iso },
    };
  },
  real_estate_certificate: (r, o = {}) => {
    const holder = given(o.merchant?.name, company(r));
    const no = `闽(${r.int(2015, 2024)})福州市不动产权第${r.digits(7)}号`;
    const loc = given(o.merchant?.address, address(r));
    const area = `${r.int(30, 800)}.${r.digits(2)}平方米`;
    return {
      title: '不动产权证书',
      rows: [
        ['', no],
        ['权利人', holder],
        ['共有情况', '单独所有'],
        ['坐落', loc],
        ['不动产单元号', `350102${r.digits(6)}GB${r.digits(5)}F${r.digits(8)}`],
        ['权利类型', '国有建设用地使用权/房屋所有权'],
        ['权利性质', '出让/市场化商品房'],
        ['用途', '商业服务'],
        ['面积', area],
        ['使用期限', '2010年05月01日至2050年04月30日'],
      ],
      seal: true,
      signature: false,
      truth: { certificate_no: no, right_holder: holder, location: loc, area },
    };
  },
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
  // A statement of the merchant's account: chosen credits (then debits) spread over the chosen period.
  bank_statement: (r, o = {}) => {
    const name = given(o.merchant?.name, company(r));
    const acct = `6222****${r.digits(4)}`;
    let bal = amountFen(r, 10000, 500000);
    const moves: Movement[] = [];
    const period = o.period ?? { from: '2025-01-01', until: '2025-03-31' };
    const { credits, debits, openingBalance } = o.amounts ?? {};
    const summary = (fen: number): string => (fen > 0 ? '转账收入' : '货款支出');
    if (credits || debits) {
      if (openingBalance !== undefined) bal = toFen(openingBalance);
      const amounts = [...(credits ?? []).map((c) => toFen(c)), ...(debits ?? []).map((d) => -toFen(d))];
      const days = spreadDates(period, amounts.length);
      amounts.forEach((fen, i) => {
        bal += fen;
        moves.push({ date: days[i] ?? period.until, summary: summary(fen), fen, balanceFen: bal });
      });
    } else {
      for (let i = 0; i < r.int(5, 9); i += 1) {
        const fen = (r.next() < 0.5 ? -1 : 1) * amountFen(r, 100, 30000);
        bal += fen;
        moves.push({ date: `2025-0${r.int(1, 3)}-${String(10 + i).padStart(2, '0')}`, summary: summary(fen), fen, balanceFen: bal });
      }
    }
    const title = r.pick(['账户交易明细', '银行对账单']);
    // Half the drawn statements print separate 收入/支出 columns with a 合计 row, whose totals are then read too.
    // Statements drawn for a merchant's flows keep the signed column: @uplift/decision falls back to reading
    // signed rows from the text when no total is read.
    const splitDraw = r.next() < 0.5;
    const split = splitDraw && !credits && !debits ? splitStatement(moves) : null;
    const truth: Record<string, string> = { account_name: name, account_no: acct, period: `${period.from}/${period.until}` };
    if (split) Object.assign(truth, { total_credit: split.totalCredit, total_debit: split.totalDebit });
    return {
      title,
      rows: [
        ['户名', name],
        ['账号', acct],
        ['起止日期', shownPeriod(period)],
      ],
      table: split ? split.table : signedStatement(moves),
      seal: true,
      signature: false,
      truth,
    };
  },
  utility_bill: (r, o = {}) => {
    const holder = given(o.merchant?.name, company(r));
    const no = r.digits(10);
    const usage = `${r.int(200, 9000)}千瓦时`;
    const fee = amountFen(r, 100, 9000);
    return {
      title: r.pick(['电费缴费通知单', '电费账单']),
      rows: [
        ['户名', holder],
        ['户号', no],
        ['用电地址', given(o.merchant?.address, address(r))],
        ['计费周期', '2025年02月01日至2025年02月28日'],
        ['上期示数', String(r.int(1000, 9000))],
        ['本期示数', String(r.int(9000, 19000))],
        ['本期用电量', usage],
        ['电价', '0.6500元/千瓦时'],
        ['应缴金额', `¥${money(fee)}`],
      ],
      seal: false,
      signature: false,
      truth: { account_holder: holder, account_no: no, usage, amount: plain(fee) },
    };
  },
  payroll_sheet: (r, o = {}) => {
    const name = given(o.merchant?.name, company(r));
    const month = `2025年${r.int(1, 9)}月`;
    const n = r.int(4, 8);
    const rows: string[][] = [];
    let total = 0;
    for (let i = 1; i <= n; i += 1) {
      const pay = r.int(3000, 15000) * 100;
      total += pay;
      rows.push([String(i), person(r), money(pay + 50000), money(50000), money(pay)]);
    }
    return {
      title: r.pick(['员工工资表', '工资发放表']),
      rows: [
        ['单位名称', name],
        ['工资月份', month],
        ['人数', `${n}人`],
      ],
      table: { header: ['序号', '姓名', '应发工资', '社保扣款', '实发工资'], rows, footer: ['合计', '', '', '', money(total)] },
      seal: true,
      signature: false,
      truth: { company: name, month, total: plain(total) },
    };
  },
  social_insurance_certificate: (r, o = {}) => {
    const name = given(o.merchant?.name, company(r));
    const n = r.int(3, 80);
    const months = r.int(6, 60);
    return {
      title: r.pick(['社会保险参保缴费证明', '参保缴费证明']),
      rows: [
        ['单位名称', name],
        ['统一社会信用代码', given(o.merchant?.uscc, uscc(r))],
        ['参保人数', `${n}人`],
        ['缴费月数', `${months}个月`],
        ['参保险种', '养老保险、医疗保险、失业保险、工伤保险'],
        ['经办机构', '社会保险经办机构'],
      ],
      seal: true,
      signature: false,
      truth: { company: name, insured_head_count: String(n), months_paid: String(months) },
    };
  },
  // A certificate of tax the merchant paid; with an amount it is VAT (the tax estimator infers sales from it).
  tax_payment_certificate: taxPaymentCertificate,
  patent_certificate: (r, o = {}) => {
    const app = `${r.int(2015, 2023)}${r.pick(['1', '2'])}${r.digits(7)}`;
    const no = `ZL${app}.${r.int(0, 9)}`;
    const title = r.pick(['一种物流托盘', '一种节能炉灶', '一种自动包装装置', '一种冷链运输箱']);
    const holder = given(o.merchant?.name, company(r));
    const [d, iso] = date(r, 2016, 2024);
    return {
      title: r.pick(['发明专利证书', '实用新型专利证书']),
      rows: [
        ['发明名称', title],
        ['发明人', person(r)],
        ['专利号', no],
        ['专利申请日', '2015年06月01日'],
        ['专利权人', holder],
        ['授权公告日', d],
        ['局长', '国家知识产权局'],
      ],
      seal: true,
      signature: false,
      truth: { patent_no: no, title, patentee: holder, grant_date: iso },
    };
  },
  high_tech_enterprise_certificate: (r, o = {}) => {
    const no = `GR${r.int(2019, 2024)}${r.digits(8)}`;
    const name = given(o.merchant?.name, company(r));
    const [d, iso] = date(r, 2019, 2024);
    return {
      title: '高新技术企业证书',
      rows: [
        ['企业名称', name],
        ['证书编号', no],
        ['发证时间', d],
        ['有效期', '三年'],
        ['批准机关', '科学技术厅 财政厅 税务局'],
      ],
      seal: true,
      signature: false,
      truth: { certificate_no: no, company: name, issue_date: iso },
    };
  },
};
