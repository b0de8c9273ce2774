/** Bank statements: account header block, 交易日期/摘要/收入/支出/余额 columns, totals, bank seal. */
import { addDays, isoPeriod, printDate, randomDate, type CalendarDate } from '../content/dates';
import { company, personName } from '../content/entities';
import { groupedFour } from '../content/identifiers';
import { printAmount } from '../content/money';
import { drawForm } from '../draw/form';
import { drawSeal } from '../draw/seal';
import { drawTable, fitColumns } from '../draw/table';
import { drawText } from '../draw/text';
import { label, style, Truth, type DocumentType } from './spec';

const BANKS = ['中国工商银行', '中国建设银行', '中国农业银行', '中国银行', '招商银行', '交通银行', '兴业银行', '浦发银行'];
const CREDIT_MEMOS = ['货款', '转账收入', '销售回款', '网银转入', '往来款', '结算款'];
const DEBIT_MEMOS = ['支付货款', '代发工资', '电费', '房租', '税费扣缴', '网银转出', '手续费', '社保费'];

interface Row {
  date: CalendarDate;
  memo: string;
  credit: number;
  debit: number;
  balance: number;
  counterparty: string;
}

export const BANK_STATEMENT: DocumentType = {
  id: 'bank_statement',
  layouts: ['ruled-grid', 'online-export'],
  pdfLayout: 'online-export',
  build(context) {
    const { rng, fonts } = context;
    const truth = new Truth();
    const holder = company(rng, { allowSoleTrader: true });
    const bank = rng.pick(BANKS);
    const accountDigits = rng.chance(0.5) ? `${rng.int(1, 9)}${rng.digits(18)}` : `${rng.int(3, 6)}${rng.digits(15)}`;
    const grouped = rng.chance(0.4);
    const accountText = grouped ? groupedFour(accountDigits) : accountDigits;
    truth.text('account_name', holder.name);
    truth.text('account_no', accountDigits);
    const from = randomDate(rng, 2023, 2026);
    const days = rng.pick([30, 60, 90]);
    const to = addDays(from, days - 1);
    truth.text('period', isoPeriod(from, to));
    const count = rng.int(10, 20);
    let balance = rng.int(20000, 900000) * 100 + rng.int(0, 99);
    const opening = balance;
    const offsets = Array.from({ length: count }, () => rng.int(0, days - 1)).sort((a, b) => a - b);
    const rows: Row[] = offsets.map((offset) => {
      const isCredit = rng.chance(0.45);
      const amount = Math.min(isCredit ? Infinity : balance - 100, rng.int(200, 90000) * 100 + (rng.chance(0.5) ? rng.int(0, 99) : 0));
      const credit = isCredit ? amount : 0;
      const debit = isCredit ? 0 : Math.max(0, amount);
      balance += credit - debit;
      return { date: addDays(from, offset), memo: rng.pick(isCredit ? CREDIT_MEMOS : DEBIT_MEMOS), credit, debit, balance, counterparty: rng.chance(0.8) ? company(rng).name : personName(rng) };
    });
    const totalCredit = truth.amount('total_credit', rows.reduce((s, r) => s + r.credit, 0));
    const totalDebit = truth.amount('total_debit', rows.reduce((s, r) => s + r.debit, 0));
    const ruled = context.layout === 'ruled-grid';
    const width = 1840;
    const height = 1300;
    const dateStyle = rng.pick(['iso', 'dotted', 'slash'] as const);
    const creditTitle = label(context, '收入', ['贷方发生额', '存入金额', '收入金额']);
    const debitTitle = label(context, '支出', ['借方发生额', '支取金额', '支出金额']);
    const columns = fitColumns([
      { title: '交易日期', width: 12, align: 'center' },
      { title: '摘要', width: 11 },
      { title: debitTitle, width: 14, align: 'right' },
      { title: creditTitle, width: 14, align: 'right' },
      { title: '余额', width: 15, align: 'right' },
      { title: '对方户名', width: 28 },
    ], width - 160);
    const tableRows = rows.map((r) => [printDate(r.date, dateStyle), r.memo, r.debit ? printAmount(r.debit, 'grouped') : '', r.credit ? printAmount(r.credit, 'grouped') : '', printAmount(r.balance, 'grouped'), r.counterparty]);
    return {
      width,
      height,
      paper: '#ffffff',
      security: ruled && rng.chance(0.5) ? 'halftone' : 'none',
      securityColor: 'rgba(120, 160, 200, 0.08)',
      draw(ctx) {
        drawText(ctx, bank, 80, 90, style(fonts.hei, 40, { bold: fonts.hei.startsWith('Noto'), color: '#1f3f7a' }));
        drawText(ctx, rng.pick(['单位活期账户对账单', '账户交易明细', '客户对账单', '活期账户交易明细清单']), width / 2, 100, style(fonts.song, 46, { bold: fonts.song.startsWith('Noto'), spacing: 6 }), 'center');
        const periodText = `${printDate(from, dateStyle)} 至 ${printDate(to, dateStyle)}`;
        const infoBottom = drawForm(ctx, {
          x: 80,
          y: 140,
          width: width - 160,
          mode: ruled ? 'side' : 'borderless',
          rows: [
            [{ label: label(context, '账户名称', ['户名', '账户名称', '户 名']), value: holder.name, weight: 1.3 }, { label: label(context, '账号', ['账号', '账 号', '卡号']), value: accountText }],
            [{ label: '币种', value: '人民币', weight: 0.5 }, { label: label(context, '期间', ['起止日期', '查询期间', '交易期间']), value: periodText }, { label: '开户行', value: `${bank}${holder.city.city}${rng.pick(['分行营业部', '支行'])}` }],
          ],
          labelStyle: style(fonts.song, 24, { color: '#333' }),
          valueStyle: style(fonts.song, 24),
          minRowHeight: 50,
        });
        const bottom = drawTable(ctx, {
          x: 80,
          y: infoBottom + 16,
          columns,
          rows: tableRows,
          headerHeight: 46,
          rowHeight: Math.min(44, (height - infoBottom - 280) / rows.length),
          headerStyle: style(fonts.hei, 22),
          cellStyle: style(rng.chance(0.5) ? fonts.song : fonts.hei, 21),
          ruling: ruled ? 'full' : 'header-only',
          headerFill: ruled ? undefined : '#e8eef6',
        });
        const totalsText = `${label(context, '收入合计', ['收入合计', '贷方合计', '存入合计'])}：${printAmount(totalCredit, 'grouped')}    笔数：${rows.filter((r) => r.credit > 0).length}        ${label(context, '支出合计', ['支出合计', '借方合计', '支取合计'])}：${printAmount(totalDebit, 'grouped')}    笔数：${rows.filter((r) => r.debit > 0).length}`;
        drawText(ctx, totalsText, 90, bottom + 44, style(fonts.song, 24));
        drawText(ctx, `期初余额：${printAmount(opening, 'grouped')}    期末余额：${printAmount(balance, 'grouped')}`, 90, bottom + 88, style(fonts.song, 24));
        drawText(ctx, `打印日期：${printDate(addDays(to, rng.int(1, 20)), 'iso')}    第1页 共1页`, width - 90, height - 50, style(fonts.song, 20, { color: '#444' }), 'right');
        drawSeal(ctx, { arc: `${bank}股份有限公司${holder.city.city}${rng.pick(['分行', '支行'])}`, bottom: rng.pick(['业务专用章', '电子回单专用章', '业务受理章']) }, { cx: width - 330, cy: bottom + 40 + rng.range(-30, 20), radius: 110 }, fonts.song, rng);
      },
      truth: truth.values,
      amountFields: truth.amountFields,
      realism: ['seal-over-text'],
      card: false,
    };
  },
};
