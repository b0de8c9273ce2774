/** Older paper VAT invoice: 购买方 box with 密码区, goods table, 价税合计 row, 销售方 box, footer signatures. */
import { capitalAmount, printAmount, pickAmountStyle } from '../content/money';
import { printDate } from '../content/dates';
import { line, strokeRect, type Ctx } from '../draw/context';
import { drawInBox, drawText, fittedStyle } from '../draw/text';
import { drawSeal } from '../draw/seal';
import { barcode } from '../draw/ornament';
import { label, misregistration, style, verticalText, type BuildContext } from './spec';
import { cipherLines, rateText, type InvoiceContent } from './invoice-data';

export const PAPER_SIZE = { width: 1500, height: 980 };

export function drawPaperInvoice(ctx: Ctx, content: InvoiceContent, context: BuildContext): void {
  const { rng, fonts } = context;
  const W = PAPER_SIZE.width;
  const frame = content.special ? rng.pick(['#8a4b2a', '#93502e', '#7f4426']) : rng.pick(['#2c5d8a', '#345f7e']);
  const ink = rng.pick(['#121212', '#1b1b2e', '#222222']);
  const shift = misregistration(rng, 9);
  const labelStyle = style(fonts.song, 18, { color: frame });
  const valueStyle = style(fonts.song, 19, { color: ink });
  const province = content.seller.city.province.replace(/[省市]$/, '');
  const title = content.special ? `${province}增值税专用发票` : `${province}增值税普通发票`;
  drawText(ctx, title, W / 2, 78, style(fonts.song, 40, { bold: true, color: frame, spacing: 4 }), 'center');
  line(ctx, W / 2 - 260, 92, W / 2 + 260, 92, 1.4, frame);
  line(ctx, W / 2 - 260, 97, W / 2 + 260, 97, 1.4, frame);
  drawText(ctx, '发 票 联', W / 2, 130, style(fonts.song, 22, { color: frame, spacing: 6 }), 'center');
  drawSeal(ctx, { arc: '全国统一发票监制章', middle: '国家税务总局', bottom: `${content.seller.city.province}税务局` }, { cx: W / 2, cy: 70, radius: 80, ovalRatio: 0.64, rotation: 0 }, fonts.song, rng);
  barcode(ctx, 60, 30, 200, 44, rng);
  drawText(ctx, content.code, 60, 100, style(fonts.hei, 22, { color: ink }));
  drawText(ctx, `机器编号：${content.machineNo}`, 60, 150, labelStyle);
  drawText(ctx, '№', W - 420, 68, style(fonts.song, 30, { color: '#c0302a' }));
  drawText(ctx, content.number, W - 380, 68, style(fonts.hei, 32, { color: '#c0302a', spacing: 3 }));
  const right = W - 420;
  drawText(ctx, label(context, '发票代码：', ['发票代码：']), right, 104, labelStyle);
  drawText(ctx, content.code, right + 100 + shift.dx, 104 + shift.dy, valueStyle);
  drawText(ctx, label(context, '发票号码：', ['发票号码：', 'No.']), right, 132, labelStyle);
  drawText(ctx, content.number, right + 100 + shift.dx, 132 + shift.dy, valueStyle);
  drawText(ctx, label(context, '日期：', ['开票日期：']), right, 160, labelStyle);
  drawText(ctx, printDate(content.date, rng.pick(['cn', 'cn'] as const)), right + 100 + shift.dx, 160 + shift.dy, valueStyle);
  if (!content.special) drawText(ctx, `校验码：${content.checkCode}`, right - 20, 186, style(fonts.song, 15, { color: frame }));

  const x0 = 40;
  const x1 = W - 70;
  let y = 200;
  const boxHeight = 150;
  strokeRect(ctx, { x: x0, y, width: x1 - x0, height: 690 }, 2, frame);
  partyBox(ctx, context, '购买方', content.buyer.name, content.buyer.uscc, `${content.buyer.address} ${content.buyerPhone}`, content.buyerBank, x0, y, boxHeight, labelStyle, valueStyle, shift, frame);
  const cipherX = x0 + (x1 - x0) * 0.6;
  line(ctx, cipherX, y, cipherX, y + boxHeight, 1.2, frame);
  line(ctx, cipherX + 36, y, cipherX + 36, y + boxHeight, 1.2, frame);
  verticalText(ctx, '密码区', cipherX + 18, y + 20, y + boxHeight - 20, labelStyle);
  cipherLines(rng).forEach((text, index) => drawText(ctx, text, cipherX + 50 + shift.dx, y + 35 + index * 32 + shift.dy, style(fonts.hei, 20, { color: ink, spacing: 1.5 })));
  y += boxHeight;
  line(ctx, x0, y, x1, y, 1.2, frame);
  const fractions = [0.25, 0.11, 0.06, 0.09, 0.11, 0.14, 0.08, 0.16];
  const titles = [label(context, '货物名称', ['货物或应税劳务、服务名称', '货物或应税劳务、服务名称', '项目名称']), '规格型号', '单位', '数 量', '单 价', '金 额', '税率', '税 额'];
  const widths = fractions.map((f) => f * (x1 - x0));
  const xs: number[] = [];
  widths.reduce((acc, w) => {
    xs.push(acc);
    return acc + w;
  }, x0);
  const goodsHeight = 240;
  xs.slice(1).forEach((x) => line(ctx, x, y, x, y + goodsHeight + 44, 1, frame));
  titles.forEach((t, i) => drawInBox(ctx, t, { x: xs[i] as number, y, width: widths[i] as number, height: 36 }, style(fonts.song, 16, { color: frame }), 'center', 3));
  let rowY = y + 40;
  for (const item of content.lines) {
    const cells = [`*${item.item.category}*${item.item.name}`, item.item.spec, item.item.unit, String(item.quantity), item.unitPriceText, printAmount(item.amountCents, 'plain'), rateText(item.item.taxRate), printAmount(item.taxCents, 'plain')];
    cells.forEach((text, i) => drawInBox(ctx, text, { x: (xs[i] as number) + shift.dx, y: rowY + shift.dy, width: widths[i] as number, height: 32 }, style(fonts.song, 17, { color: ink }), i >= 3 && i !== 6 ? 'right' : i === 6 || i === 2 ? 'center' : 'left', 5));
    rowY += 32;
  }
  const amountStyle = pickAmountStyle(rng, true);
  const totalsY = y + goodsHeight;
  drawInBox(ctx, '合      计', { x: x0, y: totalsY, width: widths[0] as number, height: 44 }, style(fonts.song, 18, { color: frame }), 'center');
  drawInBox(ctx, printAmount(content.amountCents, amountStyle), { x: (xs[5] as number) + shift.dx, y: totalsY + shift.dy, width: widths[5] as number, height: 44 }, valueStyle, 'right');
  drawInBox(ctx, printAmount(content.taxCents, amountStyle), { x: (xs[7] as number) + shift.dx, y: totalsY + shift.dy, width: widths[7] as number, height: 44 }, valueStyle, 'right');
  y = totalsY + 44;
  line(ctx, x0, y, x1, y, 1.2, frame);
  const totalLabelWidth = widths[0] as number;
  line(ctx, x0 + totalLabelWidth, y, x0 + totalLabelWidth, y + 56, 1.2, frame);
  drawInBox(ctx, label(context, '价税合计（大写）', ['价税合计（大写）', '价税合计(大写)']), { x: x0, y, width: totalLabelWidth, height: 56 }, style(fonts.song, 19, { color: frame }), 'center');
  drawText(ctx, '⊗', x0 + totalLabelWidth + 20, y + 37, style('Noto Serif CJK SC', 22, { color: frame }));
  drawText(ctx, capitalAmount(content.totalCents, '圆'), x0 + totalLabelWidth + 55 + shift.dx, y + 37 + shift.dy, style(fonts.song, 21, { color: ink }));
  drawText(ctx, '（小写）', x1 - 360, y + 37, labelStyle);
  drawText(ctx, printAmount(content.totalCents, amountStyle), x1 - 275 + shift.dx, y + 37 + shift.dy, style(fonts.song, 21, { color: ink }));
  y += 56;
  line(ctx, x0, y, x1, y, 1.2, frame);
  partyBox(ctx, context, '销售方', content.seller.name, content.seller.uscc, `${content.seller.address} ${content.sellerPhone}`, content.sellerBank, x0, y, boxHeight, labelStyle, valueStyle, shift, frame);
  line(ctx, cipherX, y, cipherX, y + boxHeight, 1.2, frame);
  line(ctx, cipherX + 36, y, cipherX + 36, y + boxHeight, 1.2, frame);
  verticalText(ctx, '备注', cipherX + 18, y + 30, y + boxHeight - 30, labelStyle);
  drawSeal(ctx, { arc: content.seller.name, middle: content.seller.uscc, bottom: '发票专用章' }, { cx: cipherX + 250 + rng.range(-40, 60), cy: y + 80 + rng.range(-20, 40), radius: 105, ovalRatio: 0.66, rotation: rng.range(-0.15, 0.15) }, fonts.song, rng);
  const footerY = 930;
  const footer = [['收款人：', content.payee], ['复核：', content.reviewer], ['开票人：', content.drawer], ['销售方：（章）', '']] as const;
  footer.forEach(([name, value], index) => {
    const fx = x0 + 20 + index * 340;
    const width = drawText(ctx, name, fx, footerY, labelStyle);
    if (value) drawText(ctx, value, fx + width + 6 + shift.dx, footerY + shift.dy, valueStyle);
  });
  verticalText(ctx, content.special ? '第三联：发票联 购买方记账凭证' : '第二联：发票联 购买方记账凭证', W - 35, 250, 850, style(fonts.song, 17, { color: frame }));
}

function partyBox(ctx: Ctx, context: BuildContext, side: string, name: string, id: string, addressPhone: string, bank: string, x0: number, y: number, height: number, labelStyle: ReturnType<typeof style>, valueStyle: ReturnType<typeof style>, shift: { dx: number; dy: number }, frame: string): void {
  line(ctx, x0 + 36, y, x0 + 36, y + height, 1.2, frame);
  verticalText(ctx, side, x0 + 18, y + 20, y + height - 20, labelStyle);
  const rows: [string, string][] = [
    [label(context, side === '购买方' ? '购买方名称' : '销售方名称', ['名        称', '名 称', '名称']), name],
    [label(context, '纳税人识别号', ['纳税人识别号', '纳税人识别号', '纳税人识别号(统一社会信用代码)']), id],
    ['地 址、电 话', addressPhone],
    ['开户行及账号', bank],
  ];
  rows.forEach(([rowLabel, value], index) => {
    const baseline = y + 32 + index * 34;
    drawText(ctx, `${rowLabel}：`, x0 + 48, baseline, fittedStyle(ctx, `${rowLabel}：`, labelStyle, 190));
    drawText(ctx, value, x0 + 245 + shift.dx, baseline + shift.dy, fittedStyle(ctx, value, valueStyle, 580));
  });
}
