/** 税收完税证明 (table with 税种/品目/所属时期/实缴金额) and 电子缴税付款凭证 (bank voucher form). */
import { addDays, addMonths, firstOfMonth, isoPeriod, lastOfMonth, printDate, randomDate } from '../content/dates';
import { company, personName } from '../content/entities';
import { capitalAmount, printAmount, pickAmountStyle } from '../content/money';
import { drawForm } from '../draw/form';
import { drawSeal } from '../draw/seal';
import { drawTable, fitColumns } from '../draw/table';
import { drawText } from '../draw/text';
import { label, style, Truth, type DocumentType } from './spec';

const TAXES = [['增值税', '货物劳务'], ['企业所得税', '应纳税所得额'], ['城市维护建设税', '市区（增值税附征）'], ['个人所得税', '工资薪金所得'], ['印花税', '购销合同'], ['房产税', '从价计征']] as const;

export const TAX_PAYMENT_CERTIFICATE: DocumentType = {
  id: 'tax_payment_certificate',
  layouts: ['tax-bureau-table', 'bank-e-voucher'],
  pdfLayout: 'tax-bureau-table',
  build(context) {
    const { rng, fonts } = context;
    const truth = new Truth();
    const payer = company(rng, { allowSoleTrader: true });
    const [taxType, item] = rng.pick(TAXES);
    truth.text('taxpayer_id', payer.uscc);
    truth.text('taxpayer_name', payer.name);
    truth.text('tax_type', taxType);
    const firstMonth = firstOfMonth(randomDate(rng, 2023, 2025));
    const monthsCount = rng.int(1, 3);
    const periods = Array.from({ length: monthsCount }, (_, i) => {
      const start = addMonths(firstMonth, i);
      return { start, end: lastOfMonth(start), paid: addDays(lastOfMonth(start), rng.int(5, 15)), cents: rng.int(800, 90000) * 100 + rng.int(0, 99) };
    });
    const first = periods[0];
    const last = periods[periods.length - 1];
    if (!first || !last) throw new Error('no tax periods');
    truth.text('tax_period', isoPeriod(first.start, last.end));
    const total = truth.amount('amount_paid', periods.reduce((s, p) => s + p.cents, 0));
    const bureau = `国家税务总局${payer.city.city}市${rng.pick(payer.city.districts)}税务局`;
    const issued = addDays(last.paid, rng.int(1, 30));
    const amountStyle = pickAmountStyle(rng, true);
    const bureauLayout = context.layout === 'tax-bureau-table';
    const width = 1840;
    const height = bureauLayout ? 980 : 1240;
    const idLabel = label(context, '纳税人识别号', ['纳税人识别号', '统一社会信用代码（纳税人识别号）', '纳税人识别号']);
    const nameLabel = label(context, '纳税人名称', ['纳税人名称', '纳税人全称']);
    return {
      width,
      height,
      paper: bureauLayout ? rng.pick(['#fffdf7', '#ffffff']) : '#ffffff',
      security: bureauLayout ? 'guilloche' : 'none',
      securityColor: 'rgba(200, 120, 120, 0.10)',
      draw(ctx) {
        if (bureauLayout) {
          drawText(ctx, '中华人民共和国', width / 2, 80, style(fonts.song, 34, { spacing: 12 }), 'center');
          drawText(ctx, '税 收 完 税 证 明', width / 2, 150, style(fonts.song, 54, { bold: fonts.song.startsWith('Noto'), spacing: 10 }), 'center');
          drawText(ctx, `No. ${rng.digits(3)}${rng.digits(3)}${issued.year}${rng.digits(8)}`, width - 90, 150, style(fonts.hei, 28, { color: '#c0302a' }), 'right');
          drawText(ctx, `填发日期：${printDate(issued, 'cn')}`, width / 2, 205, style(fonts.song, 24), 'center');
          drawText(ctx, `税务机关：${bureau}`, width - 90, 205, style(fonts.song, 22), 'right');
          const head = drawForm(ctx, { x: 80, y: 230, width: width - 160, mode: 'side', rows: [[{ label: idLabel, value: payer.uscc }, { label: nameLabel, value: payer.name, weight: 1.3 }]], labelStyle: style(fonts.song, 24), valueStyle: style(fonts.song, 25), minRowHeight: 62 });
          const columns = fitColumns([{ title: '原凭证号', width: 16 }, { title: '税　种', width: 12 }, { title: '品目名称', width: 16 }, { title: '税款所属时期', width: 24 }, { title: '入（退）库日期', width: 13 }, { title: '实缴（退）金额', width: 15, align: 'right' }], width - 160);
          const rows = periods.map((p) => [`3${rng.digits(17)}`, taxType, item, `${printDate(p.start, 'iso')}至${printDate(p.end, 'iso')}`, printDate(p.paid, 'iso'), printAmount(p.cents, 'grouped')]);
          rows.push(['', '', '', '', '', printAmount(total, amountStyle)]);
          const bottom = drawTable(ctx, { x: 80, y: head, columns, rows, headerHeight: 56, rowHeight: 56, headerStyle: style(fonts.song, 23), cellStyle: style(fonts.song, 22), ruling: 'horizontal', emphasisedRows: [rows.length - 1] });
          drawText(ctx, `金额合计（大写）${capitalAmount(total)}`, 92, bottom - 20, style(fonts.song, 23));
          drawText(ctx, '税务机关（盖章）', 160, bottom + 90, style(fonts.song, 24));
          drawText(ctx, `填票人：${personName(rng)}`, width / 2 - 100, bottom + 90, style(fonts.song, 24));
          drawText(ctx, '备注：本凭证不作纳税人记账、抵扣凭证', width - 90, bottom + 90, style(fonts.song, 22), 'right');
          drawSeal(ctx, { arc: bureau, bottom: '征税专用章' }, { cx: 330, cy: bottom + 90, radius: 110 }, fonts.song, rng);
          drawText(ctx, '妥善保管  手写无效', width / 2, height - 50, style(fonts.song, 22, { color: '#666' }), 'center');
          return;
        }
        drawText(ctx, rng.pick(['电子缴税付款凭证', '银行电子缴税付款凭证']), width / 2, 110, style(fonts.song, 50, { bold: fonts.song.startsWith('Noto'), spacing: 6 }), 'center');
        drawText(ctx, `转账日期：${printDate(last.paid, 'iso')}`, 90, 175, style(fonts.song, 24));
        drawText(ctx, `凭证字号：${issued.year}${rng.digits(10)}`, width - 90, 175, style(fonts.song, 24), 'right');
        const bottom = drawForm(ctx, {
          x: 80,
          y: 200,
          width: width - 160,
          mode: 'side',
          rows: [
            [{ label: idLabel, value: payer.uscc }, { label: '征收机关名称', value: bureau, weight: 1.2 }],
            [{ label: nameLabel, value: payer.name }, { label: '收款国库（银行）名称', value: `国家金库${payer.city.city}市${rng.pick(payer.city.districts)}支库`, weight: 1.2 }],
            [{ label: '付款人账号', value: rng.digits(19) }, { label: '缴款书交易流水号', value: rng.digits(16), weight: 1.2 }],
            [{ label: '付款人开户银行', value: `${rng.pick(['中国工商银行', '中国建设银行', '农村商业银行'])}${payer.city.city}支行` }, { label: '税票号码', value: `3${rng.digits(17)}`, weight: 1.2 }],
            [{ label: '小写（合计）金额', value: printAmount(total, amountStyle) }, { label: '大写（合计）金额', value: `人民币${capitalAmount(total)}`, weight: 1.2 }],
          ],
          labelStyle: style(fonts.song, 23),
          valueStyle: style(fonts.song, 24),
          minRowHeight: 60,
        });
        const columns = fitColumns([{ title: '税（费）种名称', width: 20 }, { title: '所属日期', width: 30 }, { title: '实缴金额', width: 18, align: 'right' }], width - 160);
        const rows = periods.map((p) => [taxType, `${printDate(p.start, 'iso')}至${printDate(p.end, 'iso')}`, printAmount(p.cents, 'grouped')]);
        const end = drawTable(ctx, { x: 80, y: bottom + 20, columns, rows, headerHeight: 52, rowHeight: 52, headerStyle: style(fonts.hei, 22), cellStyle: style(fonts.song, 23), ruling: 'full' });
        drawText(ctx, `第1次打印    打印时间：${printDate(issued, 'iso')}`, 90, end + 60, style(fonts.song, 22));
        drawSeal(ctx, { arc: `${rng.pick(['中国工商银行', '中国建设银行'])}${payer.city.city}分行`, bottom: '电子回单专用章' }, { cx: width - 350, cy: end + 50, radius: 100 }, fonts.song, rng);
      },
      truth: truth.values,
      amountFields: truth.amountFields,
      realism: ['seal-over-text'],
      card: false,
    };
  },
};
