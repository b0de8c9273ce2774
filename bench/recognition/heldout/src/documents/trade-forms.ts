/** 订货单 / 采购订单 and 送货单 / 出库单: header fields, goods table, totals, receipt signatures. */
import { isoDate, printDate, randomDate } from '../content/dates';
import { company, personName } from '../content/entities';
import { goodsLines, sumCents } from '../content/goods';
import { capitalAmount, printAmount, pickAmountStyle } from '../content/money';
import { drawForm, type FormCell } from '../draw/form';
import { signature } from '../draw/ornament';
import { drawSeal } from '../draw/seal';
import { drawTable, fitColumns } from '../draw/table';
import { drawText } from '../draw/text';
import { label, misregistration, style, Truth, type BuildContext, type DocumentSpec, type DocumentType } from './spec';

function buildTradeForm(context: BuildContext, order: boolean): DocumentSpec {
  const { rng, fonts } = context;
  const truth = new Truth();
  const seller = company(rng, { allowSoleTrader: true });
  const buyer = company(rng, { city: rng.chance(0.5) ? seller.city : undefined, allowSoleTrader: true });
  const date = randomDate(rng, 2023, 2026);
  const number = `${order ? rng.pick(['PO', 'DD', 'CG']) : rng.pick(['SH', 'CK', 'DN'])}${date.year}${String(date.month).padStart(2, '0')}${rng.digits(4)}`;
  const lines = goodsLines(rng, rng.int(2, 6));
  const amount = sumCents(lines.map((l) => l.amountCents));
  if (order) {
    truth.text('order_no', number);
    truth.text('buyer', buyer.name);
    truth.text('seller', seller.name);
    truth.amount('amount', amount);
    truth.text('date', isoDate(date));
  } else {
    truth.text('note_no', number);
    truth.text('consignor', seller.name);
    truth.text('consignee', buyer.name);
    truth.text('date', isoDate(date));
  }
  const boxed = context.layout === 'boxed-header';
  const width = 1840;
  const height = 1300;
  const shift = misregistration(rng, boxed ? 3 : 0);
  const dateText = printDate(date, rng.pick(['cn', 'iso', 'dotted'] as const));
  const header: FormCell[][] = order
    ? [
        [{ label: label(context, '买方', ['订货单位', '采购方', '需方']), value: buyer.name, weight: 1.4 }, { label: label(context, '订单编号', ['订单号', 'No.', '单号']), value: number }],
        [{ label: label(context, '卖方', ['供货单位', '供应商', '供方']), value: seller.name, weight: 1.4 }, { label: label(context, '日期', ['订货日期', '下单日期']), value: dateText }],
        [{ label: '联系人', value: personName(rng), weight: 1.4 }, { label: '交货地址', value: buyer.address }],
      ]
    : [
        [{ label: label(context, '收货单位', ['收货单位', '客户名称', '购货单位']), value: buyer.name, weight: 1.4 }, { label: label(context, '单号', ['No.', '送货单号', '单据编号']), value: number }],
        [{ label: label(context, '发货单位', ['发货单位', '送货单位', '供货单位']), value: seller.name, weight: 1.4 }, { label: label(context, '日期', ['送货日期', '出库日期', '日期']), value: dateText }],
        [{ label: '收货地址', value: buyer.address, weight: 1.4 }, { label: '联系电话', value: `1${rng.pick(['3', '5', '8'])}${rng.digits(9)}` }],
      ];
  const showPrices = order || rng.chance(0.5);
  const columns = fitColumns([
    { title: '序号', width: 5, align: 'center' },
    { title: order ? '商品名称' : '货品名称', width: 20 },
    { title: '规格型号', width: 14 },
    { title: '单位', width: 6, align: 'center' },
    { title: '数量', width: 8, align: 'right' },
    ...(showPrices ? [{ title: '单价', width: 10, align: 'right' as const }, { title: '金额', width: 12, align: 'right' as const }] : [{ title: '件数', width: 8, align: 'right' as const }]),
    { title: '备注', width: 12 },
  ], width - 160);
  const rows = lines.map((l, i) => [String(i + 1), l.item.name, l.item.spec, l.item.unit, String(l.quantity), ...(showPrices ? [printAmount(l.unitPriceCents, 'plain'), printAmount(l.amountCents, 'grouped')] : [String(rng.int(1, 40))]), '']);
  const amountStyle = pickAmountStyle(rng, true);
  rows.push(['', '合计', '', '', String(lines.reduce((s, l) => s + l.quantity, 0)), ...(showPrices ? ['', printAmount(amount, amountStyle)] : ['']), '']);
  const title = order ? rng.pick(['订货单', '采购订单', '订 货 单']) : rng.pick(['送货单', '出库单', '送 货 单']);
  return {
    width,
    height,
    paper: boxed ? rng.pick(['#ffffff', '#fdf3f3', '#f3f7fd', '#fbfbe9']) : '#ffffff',
    security: 'none',
    securityColor: '',
    draw(ctx) {
      drawText(ctx, seller.name, width / 2, 80, style(fonts.song, 34), 'center');
      drawText(ctx, title, width / 2, 150, style(fonts.hei, 54, { bold: fonts.hei.startsWith('Noto'), spacing: 14 }), 'center');
      const headerBottom = drawForm(ctx, { x: 80, y: 180, width: width - 160, mode: boxed ? 'side' : 'underline', rows: header, labelStyle: style(fonts.song, 25), valueStyle: style(boxed ? fonts.song : fonts.kai, 26, { color: boxed ? '#111' : '#15306b' }), minRowHeight: 54, valueShift: shift });
      const bottom = drawTable(ctx, { x: 80, y: headerBottom + 20, columns, rows, headerHeight: 52, rowHeight: 50, headerStyle: style(fonts.hei, 23), cellStyle: style(boxed ? fonts.song : fonts.kai, 23, { color: boxed ? '#111' : '#15306b' }), ruling: 'full', emphasisedRows: [rows.length - 1], valueShift: shift });
      if (showPrices) drawText(ctx, `合计金额（大写）：${capitalAmount(amount)}`, 90, bottom + 45, style(fonts.song, 25));
      const footY = bottom + 120;
      const roles = order ? ['制单人：', '审核人：', '采购负责人：'] : ['送货人：', '仓管：', '收货人签字：'];
      roles.forEach((role, i) => {
        const x = 90 + i * 560;
        const w = drawText(ctx, role, x, footY, style(fonts.song, 25));
        signature(ctx, personName(rng), x + w + 10, footY + 4, 40, fonts.kai, rng);
      });
      drawText(ctx, order ? '白联：存根  红联：供方  黄联：财务' : '第一联：存根（白）  第二联：客户（红）  第三联：回单（黄）', width / 2, height - 50, style(fonts.song, 20, { color: '#555' }), 'center');
      drawSeal(ctx, { arc: order ? buyer.name : seller.name, bottom: order ? '合同专用章' : rng.pick(['发货专用章', '']) }, { cx: order ? 1100 : 420, cy: footY - 20, radius: 95 }, fonts.song, rng);
    },
    truth: truth.values,
    amountFields: truth.amountFields,
    realism: ['seal-over-text', 'handwritten-signature', ...(boxed ? ['printer-misregistration'] : ['handwritten-fill'])],
    card: false,
  };
}

export const PURCHASE_ORDER: DocumentType = { id: 'purchase_order', layouts: ['boxed-header', 'underlined-header'], build: (context) => buildTradeForm(context, true) };
export const DELIVERY_NOTE: DocumentType = { id: 'delivery_note', layouts: ['boxed-header', 'underlined-header'], build: (context) => buildTradeForm(context, false) };
