/** Fully digital e-invoice (全电发票) grid: buyer/seller halves, open goods area, totals, remarks. */
import { capitalAmount, printAmount, pickAmountStyle } from '../content/money';
import { printDate } from '../content/dates';
import { line, strokeRect, type Ctx } from '../draw/context';
import { drawInBox, drawText, fittedStyle } from '../draw/text';
import { drawSeal } from '../draw/seal';
import { qrBlock } from '../draw/ornament';
import { label, style, verticalText, type BuildContext } from './spec';
import { rateText, type InvoiceContent } from './invoice-data';

export const ELECTRONIC_SIZE = { width: 1420, height: 880 };

export function drawElectronicInvoice(ctx: Ctx, content: InvoiceContent, context: BuildContext): void {
  const { rng, fonts } = context;
  const W = ELECTRONIC_SIZE.width;
  const frame = rng.pick(['#a4513a', '#9b4a35', '#b0583f']);
  const ink = '#161616';
  const labelStyle = style(fonts.song, 19, { color: frame });
  const valueStyle = style(fonts.song, 20, { color: ink });
  const amountStyle = pickAmountStyle(rng, true);
  const title = content.special ? '电子发票（增值税专用发票）' : '电子发票（普通发票）';
  drawText(ctx, title, W / 2, 82, style(fonts.song, 38, { bold: true, color: frame, spacing: 2 }), 'center');
  line(ctx, W / 2 - 250, 96, W / 2 + 250, 96, 1.5, frame);
  line(ctx, W / 2 - 250, 101, W / 2 + 250, 101, 1.5, frame);
  drawSeal(ctx, { arc: '全国统一发票监制', middle: '国家税务总局', bottom: `${content.seller.city.province}税务局` }, { cx: W / 2, cy: 62, radius: 78, ovalRatio: 0.62, rotation: 0 }, fonts.song, rng);
  qrBlock(ctx, 58, 26, 112, rng);
  const numberLabel = label(context, '发票号码：', ['发票号码：']);
  const dateLabel = label(context, '日期：', ['开票日期：']);
  drawText(ctx, numberLabel, W - 440, 70, labelStyle);
  drawText(ctx, content.number, W - 440 + 110, 70, valueStyle);
  drawText(ctx, dateLabel, W - 440, 108, labelStyle);
  drawText(ctx, printDate(content.date, 'cn'), W - 440 + 110, 108, valueStyle);

  const x0 = 50;
  const x1 = W - 50;
  let y = 150;
  const partyHeight = 140;
  strokeRect(ctx, { x: x0, y, width: x1 - x0, height: 640 }, 1.6, frame);
  line(ctx, W / 2, y, W / 2, y + partyHeight, 1.2, frame);
  for (const [side, party, left] of [['购买方信息', content.buyer, x0], ['销售方信息', content.seller, W / 2]] as const) {
    line(ctx, left + 40, y, left + 40, y + partyHeight, 1.2, frame);
    verticalText(ctx, side, left + 20, y + 10, y + partyHeight - 10, style(fonts.song, 19, { color: frame }));
    const nameLabel = label(context, side === '购买方信息' ? '购买方名称：' : '销售方名称：', ['名称：', '名 称：']);
    const idLabel = label(context, '纳税人识别号：', ['统一社会信用代码/纳税人识别号：']);
    const nameWidth = drawText(ctx, nameLabel, left + 52, y + 50, labelStyle);
    drawText(ctx, party.name, left + 52 + nameWidth + 4, y + 50, fittedStyle(ctx, party.name, valueStyle, W / 2 - 110 - nameWidth));
    const idWidth = drawText(ctx, idLabel, left + 52, y + 105, labelStyle);
    drawText(ctx, party.uscc, left + 52 + idWidth + 4, y + 105, valueStyle);
  }
  y += partyHeight;
  line(ctx, x0, y, x1, y, 1.2, frame);
  const columns = [
    { title: label(context, '货物名称', ['项目名称', '项目名称']), width: 0.27, align: 'left' as const },
    { title: '规格型号', width: 0.12, align: 'left' as const },
    { title: '单 位', width: 0.06, align: 'center' as const },
    { title: '数 量', width: 0.08, align: 'right' as const },
    { title: '单 价', width: 0.12, align: 'right' as const },
    { title: '金 额', width: 0.13, align: 'right' as const },
    { title: label(context, '税率', ['税率/征收率']), width: 0.09, align: 'center' as const },
    { title: '税 额', width: 0.13, align: 'right' as const },
  ];
  const tableWidth = x1 - x0;
  const columnX: number[] = [];
  let cursor = x0;
  for (const column of columns) {
    columnX.push(cursor);
    cursor += column.width * tableWidth;
  }
  const at = (index: number): { x: number; width: number } => ({ x: columnX[index] as number, width: (columns[index]?.width ?? 0) * tableWidth });
  columns.forEach((column, index) => drawInBox(ctx, column.title, { ...at(index), y, height: 42 }, style(fonts.song, 18, { color: frame }), 'center'));
  let rowY = y + 44;
  for (const item of content.lines) {
    const cells = [
      `*${item.item.category}*${item.item.name}`,
      item.item.spec,
      item.item.unit,
      String(item.quantity),
      item.unitPriceText,
      printAmount(item.amountCents, 'plain'),
      rateText(item.item.taxRate),
      printAmount(item.taxCents, 'plain'),
    ];
    cells.forEach((text, index) => drawInBox(ctx, text, { ...at(index), y: rowY, height: 34 }, style(fonts.song, 17, { color: ink }), columns[index]?.align ?? 'left'));
    rowY += 34;
  }
  const totalsY = y + 250;
  drawInBox(ctx, '合        计', { ...at(0), y: totalsY, height: 40 }, style(fonts.song, 18, { color: frame }), 'center');
  drawInBox(ctx, printAmount(content.amountCents, amountStyle), { ...at(5), y: totalsY, height: 40 }, valueStyle, 'right');
  drawInBox(ctx, printAmount(content.taxCents, amountStyle), { ...at(7), y: totalsY, height: 40 }, valueStyle, 'right');
  y = totalsY + 44;
  line(ctx, x0, y, x1, y, 1.2, frame);
  const totalLabel = label(context, '价税合计（大写）', ['价税合计（大写）', '价税合计(大写)']);
  const labelWidth = 230;
  line(ctx, x0 + labelWidth, y, x0 + labelWidth, y + 56, 1.2, frame);
  drawInBox(ctx, totalLabel, { x: x0, y, width: labelWidth, height: 56 }, style(fonts.song, 19, { color: frame }), 'center');
  drawText(ctx, '⊗', x0 + labelWidth + 20, y + 36, style('Noto Serif CJK SC', 21, { color: ink }));
  drawText(ctx, capitalAmount(content.totalCents, '圆'), x0 + labelWidth + 48, y + 36, style(fonts.song, 21, { color: ink }));
  drawText(ctx, '（小写）', x1 - 330, y + 36, labelStyle);
  drawText(ctx, printAmount(content.totalCents, amountStyle), x1 - 240, y + 36, style(fonts.song, 21, { color: ink }));
  y += 56;
  line(ctx, x0, y, x1, y, 1.2, frame);
  line(ctx, x0 + 40, y, x0 + 40, y + 150, 1.2, frame);
  verticalText(ctx, '备注', x0 + 20, y + 30, y + 120, style(fonts.song, 19, { color: frame }));
  if (rng.chance(0.6)) {
    drawText(ctx, `购方开户银行：${content.buyerBank.split(' ')[0] ?? ''}；银行账号：${content.buyerBank.split(' ')[1] ?? ''}；`, x0 + 60, y + 40, style(fonts.song, 16, { color: ink }));
  }
  if (content.lines.some((l) => l.item.category === '运输服务')) {
    drawText(ctx, `起运地：${content.seller.city.city}  到达地：${content.buyer.city.city}`, x0 + 60, y + 72, style(fonts.song, 16, { color: ink }));
  }
  drawText(ctx, `开票人：${content.drawer}`, x0 + 80, 835, labelStyle);
}
