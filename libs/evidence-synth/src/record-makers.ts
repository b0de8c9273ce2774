import type { VoucherTypeId } from '@uplift/domain';
import { signedStatement, splitStatement, type Movement } from './statement-table';
import { taxPaymentCertificate } from './structured-makers';
import type { Make } from './voucher-content-types';
import { address, amountFen, company, date, money, person, plain, uscc } from './random';
import { given, shownPeriod, spreadDates, toFen } from './voucher-options';

/** Statements, bills, payroll, social insurance, tax and innovation certificates: the records of a running business. */
export const RECORD_MAKERS = {
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
} satisfies Partial<Record<VoucherTypeId, Make>>;
