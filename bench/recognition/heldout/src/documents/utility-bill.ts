/** 电费/水费缴费单: account block, meter readings table, usage with unit, amount due. */
import { addDays, addMonths, firstOfMonth, isoPeriod, lastOfMonth, printDate, randomDate } from '../content/dates';
import { company } from '../content/entities';
import { capitalAmount, printAmount, pickAmountStyle } from '../content/money';
import { drawForm } from '../draw/form';
import { barcode, qrBlock } from '../draw/ornament';
import { drawSeal } from '../draw/seal';
import { drawTable, fitColumns } from '../draw/table';
import { drawText } from '../draw/text';
import { label, style, Truth, type DocumentType } from './spec';

export const UTILITY_BILL: DocumentType = {
  id: 'utility_bill',
  layouts: ['electricity-notice', 'water-receipt'],
  build(context) {
    const { rng, fonts } = context;
    const truth = new Truth();
    const electricity = context.layout === 'electricity-notice';
    const holder = company(rng, { allowSoleTrader: true });
    const month = randomDate(rng, 2023, 2026);
    const from = firstOfMonth(month);
    const to = electricity ? lastOfMonth(month) : lastOfMonth(addMonths(month, rng.pick([0, 1])));
    truth.text('account_holder', holder.name);
    const accountNo = truth.text('account_no', electricity ? rng.digits(10) : `${rng.int(1, 9)}${rng.digits(rng.pick([7, 8]))}`);
    truth.text('address', holder.address);
    truth.text('period', isoPeriod(from, to));
    const usageNumber = electricity ? rng.int(300, 25000) : rng.int(15, 900);
    const unitText = electricity ? rng.pick(['千瓦时', 'kWh']) : rng.pick(['立方米', '吨', 'm³']);
    const usage = truth.text('usage', `${usageNumber}${unitText}`);
    const priceCents = electricity ? rng.int(58, 95) : rng.int(285, 520);
    const amount = truth.amount('amount', usageNumber * priceCents);
    const previous = rng.int(1000, 90000);
    const amountStyle = pickAmountStyle(rng, true);
    const width = electricity ? 1300 : 1700;
    const height = electricity ? 1300 : 1100;
    const company_ = electricity ? `国网${holder.city.province.replace(/[省市]$/, '')}${holder.city.province.endsWith('市') ? '市' : '省'}电力有限公司${holder.city.city}供电公司` : `${holder.city.city}市自来水有限公司`;
    return {
      width,
      height,
      paper: electricity ? '#ffffff' : rng.pick(['#fffdf5', '#f5fbff']),
      security: electricity ? 'none' : 'halftone',
      securityColor: 'rgba(100, 150, 210, 0.10)',
      draw(ctx) {
        const title = electricity ? rng.pick(['电费缴费通知单', '电费结算单', '电费发票（缴费凭证）']) : rng.pick(['水费缴费单', '自来水缴费凭证', '水费收据']);
        drawText(ctx, company_, width / 2, 80, style(fonts.hei, electricity ? 30 : 28, { color: '#1f5f3a' }), 'center');
        drawText(ctx, title, width / 2, 150, style(fonts.song, 50, { bold: fonts.song.startsWith('Noto'), spacing: 8 }), 'center');
        const holderLabel = label(context, '户名', ['户名', '用户名称', '户 名']);
        const accountLabel = label(context, '户号', ['户号', '用户编号', '客户编号']);
        const addressLabel = label(context, '地址', [electricity ? '用电地址' : '用水地址', '地址']);
        const periodLabel = label(context, '账期', ['计费周期', '抄表区间', '账务月份']);
        const periodText = rng.chance(0.6) ? `${printDate(from, 'dotted')}-${printDate(to, 'dotted')}` : `${printDate(from, 'cn')}至${printDate(to, 'cn')}`;
        const headerBottom = drawForm(ctx, {
          x: 80,
          y: 190,
          width: width - 160,
          mode: electricity ? 'borderless' : 'side',
          rows: [
            [{ label: holderLabel, value: holder.name, weight: 1.5 }, { label: accountLabel, value: accountNo }],
            [{ label: addressLabel, value: holder.address }],
            [{ label: periodLabel, value: periodText, weight: 1.5 }, { label: '抄表日期', value: printDate(addDays(to, 1), 'iso') }],
          ],
          labelStyle: style(fonts.song, 26, { color: '#333' }),
          valueStyle: style(fonts.song, 27),
          minRowHeight: 58,
        });
        const usageLabel = electricity ? label(context, '用量', ['本期电量', '结算电量', '用电量']) : label(context, '用量', ['本期用水量', '用水量', '水量']);
        const columns = fitColumns([
          { title: '表计类别', width: 12 },
          { title: '上期示数', width: 12, align: 'right' },
          { title: '本期示数', width: 12, align: 'right' },
          { title: '倍率', width: 7, align: 'right' },
          { title: usageLabel, width: 13, align: 'right' },
          { title: '单价（元）', width: 11, align: 'right' },
          { title: '金额（元）', width: 13, align: 'right' },
        ], width - 160);
        const bottom = drawTable(ctx, {
          x: 80,
          y: headerBottom + 30,
          columns,
          rows: [[electricity ? rng.pick(['一般工商业', '商业用电', '居民生活']) : rng.pick(['非居民用水', '经营性用水']), String(previous), String(previous + usageNumber), '1', usage, (priceCents / 100).toFixed(electricity ? 4 : 2), printAmount(amount, 'grouped')]],
          headerHeight: 54,
          rowHeight: 56,
          headerStyle: style(fonts.hei, 23),
          cellStyle: style(fonts.song, 24),
          ruling: 'full',
        });
        const dueLabel = label(context, '金额', ['应缴金额', '本期应交', '实收金额', '合计金额']);
        drawText(ctx, `${dueLabel}：${printAmount(amount, amountStyle)}`, 90, bottom + 70, style(fonts.hei, 34, { bold: fonts.hei.startsWith('Noto') }));
        drawText(ctx, `大写：${capitalAmount(amount)}`, 90, bottom + 120, style(fonts.song, 26));
        drawText(ctx, `请于${printDate(addDays(to, 20), 'cn')}前缴清，逾期按日加收0.1%违约金。服务热线：${electricity ? '95598' : '96116'}`, 90, bottom + 175, style(fonts.song, 22, { color: '#444' }));
        if (electricity) {
          qrBlock(ctx, width - 300, bottom + 240, 200, rng);
          drawText(ctx, '扫码缴费', width - 200, bottom + 480, style(fonts.song, 22), 'center');
        } else {
          barcode(ctx, 90, height - 170, 420, 60, rng);
        }
        drawSeal(ctx, { arc: company_, bottom: rng.pick(['收费专用章', '业务专用章']) }, { cx: width - 360, cy: bottom + 110, radius: 105 }, fonts.song, rng);
      },
      truth: truth.values,
      amountFields: truth.amountFields,
      realism: ['seal-over-text'],
      card: false,
    };
  },
};
