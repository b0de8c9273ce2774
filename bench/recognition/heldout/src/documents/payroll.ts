/** 工资表: company and month header, employee rows with signatures, 合计 row, head count. */
import { printDate, randomDate } from '../content/dates';
import { company, personName } from '../content/entities';
import { printAmount } from '../content/money';
import { signature } from '../draw/ornament';
import { drawSeal } from '../draw/seal';
import { drawTable, fitColumns } from '../draw/table';
import { drawText } from '../draw/text';
import { label, style, Truth, type DocumentType } from './spec';

const DEPARTMENTS = ['行政部', '财务部', '销售部', '仓储部', '生产部', '运输部', '后厨', '前厅'];

export const PAYROLL_SHEET: DocumentType = {
  id: 'payroll_sheet',
  layouts: ['full-columns', 'simple-columns'],
  build(context) {
    const { rng, fonts } = context;
    const truth = new Truth();
    const employer = company(rng, { allowSoleTrader: true });
    const period = randomDate(rng, 2023, 2026);
    truth.text('company', employer.name);
    truth.text('month', `${period.year}年${period.month}月`);
    const monthText = rng.chance(0.5) ? `${period.year}年${period.month}月` : `${period.year}年${String(period.month).padStart(2, '0')}月`;
    const headCount = rng.int(5, 18);
    truth.text('head_count', String(headCount));
    const full = context.layout === 'full-columns';
    const people = Array.from({ length: headCount }, () => {
      const base = rng.int(22, 60) * 100;
      const allowance = rng.int(0, 12) * 100;
      const bonus = rng.int(0, 3000);
      const gross = (base + allowance + bonus) * 100;
      const insurance = Math.round(base * 0.105 * 100);
      const taxable = Math.max(0, gross - insurance - 500000);
      const incomeTax = Math.round(taxable * 0.03);
      return { name: personName(rng), dept: rng.pick(DEPARTMENTS), base: base * 100, allowance: allowance * 100, bonus: bonus * 100, gross, insurance, incomeTax, net: gross - insurance - incomeTax };
    });
    const sum = (pick: (p: (typeof people)[number]) => number): number => people.reduce((s, p) => s + pick(p), 0);
    const total = truth.amount('total', sum((p) => p.net));
    const netTitle = label(context, '实发工资', ['实发工资', '实发金额', '实发合计']);
    const columns = full
      ? [{ title: '序号', width: 5, align: 'center' as const }, { title: '姓名', width: 8 }, { title: '部门', width: 8 }, { title: '基本工资', width: 10, align: 'right' as const }, { title: '岗位津贴', width: 9, align: 'right' as const }, { title: '绩效奖金', width: 9, align: 'right' as const }, { title: '应发工资', width: 10, align: 'right' as const }, { title: '社保个人', width: 9, align: 'right' as const }, { title: '个人所得税', width: 9, align: 'right' as const }, { title: netTitle, width: 10, align: 'right' as const }, { title: '签字', width: 10 }]
      : [{ title: '序号', width: 6, align: 'center' as const }, { title: '姓名', width: 12 }, { title: '岗位', width: 12 }, { title: '应发工资', width: 14, align: 'right' as const }, { title: '扣款', width: 12, align: 'right' as const }, { title: netTitle, width: 14, align: 'right' as const }, { title: '领款人签字', width: 16 }];
    const moneyStyle = rng.chance(0.7) ? 'grouped' : 'plain';
    const money = (v: number): string => printAmount(v, moneyStyle);
    const rows = people.map((p, i) => (full
      ? [String(i + 1), p.name, p.dept, money(p.base), money(p.allowance), money(p.bonus), money(p.gross), money(p.insurance), money(p.incomeTax), money(p.net), '']
      : [String(i + 1), p.name, p.dept, money(p.gross), money(p.insurance + p.incomeTax), money(p.net), '']));
    rows.push(full
      ? ['合计', '', '', money(sum((p) => p.base)), money(sum((p) => p.allowance)), money(sum((p) => p.bonus)), money(sum((p) => p.gross)), money(sum((p) => p.insurance)), money(sum((p) => p.incomeTax)), money(total), '']
      : ['合计', '', '', money(sum((p) => p.gross)), money(sum((p) => p.insurance + p.incomeTax)), money(total), '']);
    const width = full ? 1840 : 1300;
    const height = full ? 1300 : 1840;
    return {
      width,
      height,
      paper: '#ffffff',
      security: 'none',
      securityColor: '',
      draw(ctx) {
        const title = rng.chance(0.5) ? `${employer.name}${monthText}工资表` : `${monthText}员工工资发放表`;
        drawText(ctx, title, width / 2, 110, style(fonts.song, title.length > 20 ? 40 : 48, { bold: fonts.song.startsWith('Noto'), spacing: 3 }), 'center');
        drawText(ctx, `${label(context, '单位名称', ['单位名称', '编制单位', '单位'])}：${employer.name}`, 80, 180, style(fonts.song, 24));
        drawText(ctx, `${label(context, '所属月份', ['所属期', '工资月份', '所属月份'])}：${monthText}`, width / 2 + 60, 180, style(fonts.song, 24));
        drawText(ctx, '单位：元', width - 80, 180, style(fonts.song, 22), 'right');
        const rowHeight = Math.min(56, (height - 480) / rows.length);
        const fitted = fitColumns(columns, width - 160);
        const bottom = drawTable(ctx, { x: 80, y: 205, columns: fitted, rows, headerHeight: 56, rowHeight, headerStyle: style(fonts.hei, 22), cellStyle: style(fonts.song, 21), ruling: 'full', emphasisedRows: [rows.length - 1] });
        const signX = 80 + fitted.slice(0, -1).reduce((s, c) => s + c.width, 0) + 10;
        people.forEach((p, i) => {
          if (rng.chance(0.85)) signature(ctx, p.name, signX, 205 + 56 + rowHeight * (i + 0.72), rowHeight * 0.62, fonts.kai, rng);
        });
        const footer = `${label(context, '人数', ['人数', '发放人数', '共计人数'])}：${headCount}人        制表人：${personName(rng)}        审核：${personName(rng)}        制表日期：${printDate({ ...period, day: rng.int(5, 15) }, 'cn')}`;
        drawText(ctx, footer, 80, bottom + 60, style(fonts.song, 24));
        if (!employer.soleTrader || rng.chance(0.5)) drawSeal(ctx, { arc: employer.name, bottom: rng.pick(['财务专用章', '']) }, { cx: width - 320, cy: bottom + 90, radius: 100 }, fonts.song, rng);
      },
      truth: truth.values,
      amountFields: truth.amountFields,
      realism: ['seal-over-text', 'handwritten-signature'],
      card: false,
    };
  },
};
