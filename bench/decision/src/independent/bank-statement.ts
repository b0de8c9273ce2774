import { holderName, type DocContext } from './context';
import { otherCompany, printedName } from './identity';
import { lastMonths, monthKey } from './merchant';
import { proofOf, type Built } from './proof';
import { amount, authenticity, evidenceItem, field, printed, voucherRecognition } from './recognition-shapes';
import type { Tamper } from './trade-documents';

// A bank statement export: a header, then one row per movement (date, summary, figures, running balance).
// Sales arrive in settlement batches or customer transfers; loans and the owner's own transfers also arrive
// as credits, labelled in the summary, and a careful reviewer leaves them out of revenue.

/** What the statement covers and how it was (mis)used. */
export interface StatementSpec {
  months: number;
  /** The account of another business than the merchant or its owner. */
  foreignAccount?: boolean;
  tamper?: Tamper;
}

interface Row {
  date: string;
  summary: string;
  credit: number;
  debit: number;
  sale: boolean;
}

const CONSUMER_SUMMARIES = ['美团结算', '支付宝提现', '微信支付商户结算', '银联POS结算', '抖音来客结算'];
const COST_SUMMARIES = ['支付货款', '房租', '代发工资', '电费', '税费扣款', '贷款还款', '个人消费', '物业费', '燃油费'];
const B2B = new Set(['logistics', 'construction', 'manufacturing', 'wholesale']);

/** Splits a total into `n` positive parts with random weights (two-decimal amounts). */
function split(c: DocContext, total: number, n: number): number[] {
  const w = Array.from({ length: n }, () => c.d.between(0.3, 1.7));
  const sum = w.reduce((a, b) => a + b, 0);
  return w.map((x) => Math.round((total * x * 100) / sum) / 100);
}

function monthRows(c: DocContext, year: number, month: number, sales: number, foreign: boolean): Row[] {
  const { d, m } = c;
  const day = () => `${year}-${String(month).padStart(2, '0')}-${String(d.int(1, 28)).padStart(2, '0')}`;
  const b2b = B2B.has(m.trade.id);
  const rows: Row[] = split(c, sales, b2b ? d.int(2, 6) : d.int(5, 10)).map((credit) => ({
    date: day(),
    summary: b2b ? `${d.pick(['货款', '运费', '工程款', '服务费'])} ${otherCompany(d, '实业')}` : d.pick(CONSUMER_SUMMARIES),
    credit,
    debit: 0,
    sale: true,
  }));
  if (d.chance(0.12)) {
    const owner = foreign ? '本人' : m.identity.legalRepresentative;
    rows.push({
      date: day(),
      summary: d.chance(0.5) ? `个人转入 ${owner}` : '贷款发放',
      credit: Math.round(sales * d.between(0.2, 0.8)),
      debit: 0,
      sale: false,
    });
  }
  const costs = sales * (1 - m.trade.netMargin) * d.between(0.85, 1.05);
  for (const debit of split(c, costs, d.int(3, 8)))
    rows.push({ date: day(), summary: d.pick(COST_SUMMARIES), credit: 0, debit, sale: false });
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}

/** The rows' balances from an opening balance (a debit never takes the account below zero: it is trimmed). */
function balances(rows: Row[], opening: number): number[] {
  let balance = opening;
  return rows.map((r) => {
    if (r.debit > balance + r.credit) r.debit = Math.round((balance + r.credit) * 0.9 * 100) / 100;
    balance = Math.round((balance + r.credit - r.debit) * 100) / 100;
    return balance;
  });
}

type Layout = 'signed' | 'zero_cells' | 'blank_cells';

function rowText(r: Row, balance: number, layout: Layout): string {
  switch (layout) {
    case 'signed':
      return `${r.date} ${r.summary} ${r.credit > 0 ? `+${printed(r.credit)}` : `-${printed(r.debit)}`} ${printed(balance)}`;
    case 'zero_cells':
      return `${r.date} ${r.summary} ${printed(r.credit)} ${printed(r.debit)} ${printed(balance)}`;
    case 'blank_cells':
      return `${r.date} ${r.summary} ${r.credit > 0 ? printed(r.credit) : ''} ${r.debit > 0 ? printed(r.debit) : ''} ${printed(balance)}`.replace(
        / {2,}/g,
        ' ',
      );
  }
}

/** A bank statement of the last `months` full months. */
export function bankStatement(c: DocContext, spec: StatementSpec): Built {
  const { d, m } = c;
  const months = lastMonths(spec.months);
  const scale = spec.foreignAccount ? d.between(1.5, 3) : 1;
  const rows = months.flatMap((mo) =>
    monthRows(c, mo.year, mo.month, (m.revenueByMonth[monthKey(mo)] ?? 0) * m.bankedShare * scale, spec.foreignAccount === true),
  );
  const opening = Math.round(m.trueMonthlyRevenue * d.between(0.1, 0.6));
  const trueBalances = balances(rows, opening);
  const trueSales = rows.filter((r) => r.sale).reduce((s, r) => s + r.credit, 0);
  const trueCredits = rows.reduce((s, r) => s + r.credit, 0);
  // The forger inflates the sales receipts; a careful one recomputes the balances and the totals.
  const shown = spec.tamper
    ? rows.map((r) => (r.sale ? { ...r, credit: Math.round(r.credit * (spec.tamper?.factor ?? 1) * 100) / 100 } : r))
    : rows;
  const shownBalances = spec.tamper && !spec.tamper.careless ? balances(shown, opening) : trueBalances;
  const consistent = shown.every(
    (r, i) => i === 0 || Math.abs((shownBalances[i - 1] ?? 0) + r.credit - r.debit - (shownBalances[i] ?? 0)) < 0.005,
  );
  const totalCredit = spec.tamper?.careless ? trueCredits : shown.reduce((s, r) => s + r.credit, 0);
  const totalDebit = shown.reduce((s, r) => s + r.debit, 0);
  const first = months[0] ?? { year: 2026, month: 1 };
  const lastMonth = months[months.length - 1] ?? first;
  const lastDay = new Date(Date.UTC(lastMonth.year, lastMonth.month, 0)).getUTCDate();
  const period = `${monthKey(first)}-01/${monthKey(lastMonth)}-${lastDay}`;
  const accountName = spec.foreignAccount ? otherCompany(d, m.trade.tradeWord) : printedName(d, holderName(c, 0.7));
  const accountNo = `6222${'*'.repeat(8)}${d.int(1000, 9999)}`;
  const layout = d.pick<Layout>(['signed', 'zero_cells', 'blank_cells']);
  const fields = [field(d, 'account_name', accountName), field(d, 'account_no', accountNo), field(d, 'period', period)];
  if (d.chance(0.9)) fields.push(field(d, 'total_credit', amount(totalCredit)), field(d, 'total_debit', amount(totalDebit)));
  const header = layout === 'signed' ? '交易日期 摘要 交易金额 余额' : '交易日期 摘要 收入 支出 余额';
  const lines = [
    `${d.pick(['中国工商银行', '中国农业银行', '中国建设银行', '招商银行', '农村商业银行'])} 账户交易明细`,
    `户名：${accountName}`,
    `账号：${accountNo}`,
    `起止日期：${period.replace('/', ' 至 ')}`,
    header,
    ...shown.map((r, i) => rowText(r, shownBalances[i] ?? 0, layout)),
    `收入合计 ${printed(totalCredit)} 支出合计 ${printed(totalDebit)}`,
  ];
  const validations =
    shown.length >= 2
      ? [
          {
            rule: 'running_balance',
            fields: ['rows'],
            passed: consistent,
            detail: consistent ? `${shown.length} rows consistent` : 'a row breaks the running balance',
          },
        ]
      : [];
  const recognition = voucherRecognition(d, 'bank_statement', fields, lines, c.caseDate, { validations, pdf: d.chance(0.7) });
  const item = evidenceItem(
    d,
    c.id,
    { kind: 'voucher', type: 'bank_statement' },
    c.at,
    recognition,
    authenticity(d, [], recognition.ocrEngine !== 'pdf-text-layer'),
  );
  // The reviewer counts sales receipts only and reads them against the trade's season.
  const seasonWeight = months.reduce((s, mo) => s + (m.trade.season[mo.month - 1] ?? 1), 0);
  return {
    item,
    proof: proofOf(item, {
      revenue: { route: 'bank_statement', annual: (trueSales / seasonWeight) * 12 },
      ownedByMerchant: spec.foreignAccount !== true,
      forged: spec.tamper !== undefined,
    }),
  };
}
