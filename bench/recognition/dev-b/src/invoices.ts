// VAT invoices: the fully digital invoice (全电发票, 电子发票（增值税专用发票）) with buyer and seller blocks side
// by side, and the paper invoice of the old tax-control system (发票代码, 密码区, 价税合计 in capital numerals).
import type { Drawn } from './doc';
import { capital, company, day, fmtDate, grouped, iso, plain, type Company } from './data';
import { FONTS, font, invoiceSeal, line, page, qr, rect, text, fitText, type Ctx, type Face } from './draw';
import type { Rand } from './rng';

interface Item {
  name: string;
  spec: string;
  unit: string;
  qty: number;
  price: string;
  amount: number;
  rate: number;
  tax: number;
}

/** Goods and services as invoices name them (*category*name), with a unit price range in yuan. */
const GOODS: readonly (readonly [string, string, string, number, number])[] = [
  ['*塑料制品*聚乙烯薄膜', 'PE-0.05mm', '千克', 9, 16],
  ['*电线电缆*铜芯聚氯乙烯绝缘电线', 'BV2.5', '卷', 160, 320],
  ['*餐饮服务*餐费', '', '次', 300, 6000],
  ['*运输服务*国内道路货物运输服务', '', '次', 800, 30000],
  ['*食用植物油*花生油', '5L', '桶', 85, 160],
  ['*谷物*大米', '25kg', '袋', 95, 160],
  ['*计算机外部设备*显示器', '27英寸', '台', 900, 2600],
  ['*黑色金属冶炼压延品*螺纹钢', 'HRB400E Φ16', '吨', 3400, 4300],
  ['*纸制品*瓦楞纸箱', '600*400*400', '个', 3, 12],
  ['*建筑服务*工程服务', '', '项', 20000, 400000],
  ['*现代服务*技术服务费', '', '项', 5000, 120000],
  ['*日用杂品*清洁用品', '', '批', 500, 8000],
  ['*化学纤维*尼龙66切片', 'PA66-EPR27', '吨', 16000, 26000],
];

function items(r: Rand, n: number, rate: number): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < n; i += 1) {
    const [name, spec, unit, lo, hi] = r.pick(GOODS);
    const qty = ['项', '次', '批'].includes(unit) ? 1 : unit === '吨' ? r.int(1, 60) : r.int(2, 800);
    const priceCents = Math.round(r.real(lo, hi) * (unit === '项' ? 1 : 100)) * (unit === '项' ? 100 : 1);
    const amount = qty * priceCents;
    const price = (priceCents / 100).toFixed(2);
    out.push({ name, spec, unit, qty, price, amount, rate, tax: Math.round(amount * rate) });
  }
  return out;
}

const money = (c: number): string => `¥${grouped(c).replace(/,/g, '')}`;

/** 全电发票: 电子发票（增值税专用发票） / 电子发票（普通发票）. */
function digitalInvoice(r: Rand, special: boolean): Drawn {
  const buyer = company(r);
  const seller = company(r);
  const date = day(r, 2023, 2026);
  const no = `${String(date.y).slice(2)}${seller.city.division.slice(0, 2)}2${r.digits(15)}`.slice(0, 20);
  const rate = r.pick([0.13, 0.09, 0.06, 0.03, 0.01]);
  const list = items(r, r.int(1, 4), rate);
  const amount = list.reduce((a, b) => a + b.amount, 0);
  const tax = list.reduce((a, b) => a + b.tax, 0);
  const total = amount + tax;
  const W = 1800;
  const H = 1140;
  const { canvas, ctx } = page(W, H, '#ffffff');
  const brown = r.pick(['#9c5b2e', '#a0522d', '#8b4a2b']);
  const face: Face = { family: r.pick([FONTS.song[0], FONTS.song[1], FONTS.hei[0]]), bold: false };
  const valFace: Face = { family: r.pick([FONTS.song[1], FONTS.hei[0]]), bold: false };
  qr(ctx, r, 70, 40, 110);
  font(ctx, { family: FONTS.song[1], bold: true }, 46);
  const title = special ? '电子发票（增值税专用发票）' : '电子发票（普通发票）';
  text(ctx, title, W / 2, 110, brown, 'center');
  line(ctx, W / 2 - 300, 128, W / 2 + 300, 128, brown, 2);
  line(ctx, W / 2 - 300, 134, W / 2 + 300, 134, brown, 2);
  // A round 全国统一发票监制 stamp behind the title.
  ctx.save();
  ctx.globalAlpha = 0.35;
  ctx.strokeStyle = '#d33';
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.ellipse(W / 2, 95, 90, 60, 0, 0, Math.PI * 2);
  ctx.stroke();
  ctx.restore();
  font(ctx, face, 24);
  text(ctx, '发票号码：', W - 520, 80, brown);
  text(ctx, '开票日期：', W - 520, 120, brown);
  font(ctx, valFace, 24);
  text(ctx, no, W - 400, 80);
  const dateText = fmtDate(date, r.pick(['cjk0', 'cjk0', 'cjk'] as const));
  text(ctx, dateText, W - 400, 120);

  const top = 170;
  const x0 = 60;
  const x1 = W - 60;
  const mid = W / 2;
  const blockH = 170;
  rect(ctx, x0, top, x1 - x0, H - top - 90, brown, 2);
  line(ctx, mid, top, mid, top + blockH, brown, 2);
  line(ctx, x0, top + blockH, x1, top + blockH, brown, 2);
  const side = (x: number, label: string, c: Company): void => {
    line(ctx, x + 50, top, x + 50, top + blockH, brown, 2);
    font(ctx, face, 24);
    [...label].forEach((ch, i) => text(ctx, ch, x + 25, top + 40 + i * 30, brown, 'center'));
    font(ctx, face, 22);
    text(ctx, '名称：', x + 70, top + 60, brown);
    text(ctx, '统一社会信用代码/纳税人识别号：', x + 70, top + 120, brown);
    fitText(ctx, valFace, c.name, x + 140, top + 60, mid - x0 - 160, 26);
    font(ctx, valFace, 24);
    text(ctx, c.uscc, x + 420, top + 120);
  };
  side(x0, '购买方信息', buyer);
  side(mid, '销售方信息', seller);

  // Items.
  const cols = [x0, x0 + 420, x0 + 620, x0 + 720, x0 + 860, x0 + 1040, x0 + 1260, x0 + 1400, x1];
  const heads = ['项目名称', '规格型号', '单位', '数量', '单价', '金额', '税率/征收率', '税额'];
  font(ctx, face, 22);
  heads.forEach((h, i) => text(ctx, h, ((cols[i] ?? 0) + (cols[i + 1] ?? 0)) / 2, top + blockH + 36, brown, 'center'));
  let y = top + blockH + 80;
  font(ctx, valFace, 22);
  for (const it of list) {
    const cells = [it.name, it.spec, it.unit, String(it.qty), it.price, plain(it.amount), `${Math.round(it.rate * 100)}%`, plain(it.tax)];
    cells.forEach((c, i) => {
      const right = i >= 3 && i !== 6;
      fitText(
        ctx,
        valFace,
        c,
        right ? (cols[i + 1] ?? 0) - 10 : (cols[i] ?? 0) + 10,
        y,
        (cols[i + 1] ?? 0) - (cols[i] ?? 0) - 16,
        22,
        '#1a1a1a',
        right ? 'right' : 'left',
      );
    });
    y += 38;
  }
  const sumY = top + blockH + 400;
  font(ctx, face, 24);
  text(ctx, '合\u3000\u3000计', x0 + 200, sumY, brown, 'center');
  font(ctx, valFace, 24);
  text(ctx, money(amount), (cols[6] ?? 0) - 10, sumY, '#1a1a1a', 'right');
  text(ctx, money(tax), x1 - 10, sumY, '#1a1a1a', 'right');
  line(ctx, x0, sumY + 25, x1, sumY + 25, brown, 2);
  font(ctx, face, 24);
  text(ctx, '价税合计（大写）', x0 + 20, sumY + 75, brown);
  font(ctx, valFace, 26);
  text(ctx, `⊗${capital(total)}`, x0 + 260, sumY + 75);
  font(ctx, face, 24);
  text(ctx, '（小写）', x0 + 1100, sumY + 75, brown);
  font(ctx, valFace, 26);
  text(ctx, money(total), x0 + 1200, sumY + 75);
  line(ctx, x0, sumY + 105, x1, sumY + 105, brown, 2);
  font(ctx, face, 24);
  [...'备注'].forEach((ch, i) => text(ctx, ch, x0 + 25, sumY + 150 + i * 34, brown, 'center'));
  line(ctx, x0 + 50, sumY + 105, x0 + 50, H - 90, brown, 2);
  if (r.chance(0.5)) {
    font(ctx, valFace, 20);
    text(ctx, `购方开户银行：${buyer.bank}；银行账号：${buyer.account}；`, x0 + 70, sumY + 150);
  }
  font(ctx, face, 24);
  text(ctx, `开票人：${r.pick(['张丽', '王芳', '李娜', '陈静', '刘敏'])}`, x0 + 160, H - 45, brown);
  const truth: Record<string, string> = {
    invoice_no: no,
    date: iso(date),
    buyer: buyer.name,
    seller: seller.name,
    amount: plain(amount),
    tax: plain(tax),
    total: plain(total),
  };
  return { canvas, truth, amounts: ['amount', 'tax', 'total'] };
}

/** The paper VAT invoice of the tax-control system (专用发票 in 三联, 普通发票). */
function paperInvoice(r: Rand, special: boolean): Drawn {
  const buyer = company(r);
  const seller = company(r);
  const date = day(r, 2018, 2024);
  const prov = seller.city.province.replace(/[省市]$/, '');
  const code = special ? `${seller.city.division.slice(0, 4)}${r.digits(6)}` : `0${seller.city.division.slice(0, 4)}${r.digits(7)}`;
  const no = r.digits(8);
  const rate = r.pick([0.13, 0.13, 0.09, 0.06, 0.03]);
  const list = items(r, r.int(1, 5), rate);
  const amount = list.reduce((a, b) => a + b.amount, 0);
  const tax = list.reduce((a, b) => a + b.tax, 0);
  const total = amount + tax;
  const W = 1800;
  const H = 1120;
  const { canvas, ctx } = page(W, H, r.pick(['#fbfbf7', '#f6f9f4', '#fbf7f3']));
  const ink = special ? r.pick(['#4a6e9c', '#3a6aa0']) : r.pick(['#8a5a2a', '#6b4a2b', '#3d6b4a']);
  const face: Face = { family: FONTS.song[r.int(0, 1)] ?? FONTS.song[0], bold: false };
  // Printed values are dot-matrix-like and often a little out of register.
  const valFace: Face = { family: r.pick([FONTS.song[1], FONTS.hei[0], 'Noto Sans Mono CJK JP']), bold: false };
  const dx = r.int(-12, 12);
  const dy = r.int(-8, 8);
  // A faint watermark pattern of the tax bureau.
  ctx.save();
  ctx.globalAlpha = 0.07;
  font(ctx, face, 40);
  for (let yy = 200; yy < H; yy += 140) for (let xx = 40; xx < W; xx += 360) text(ctx, '国家税务总局', xx, yy, ink);
  ctx.restore();
  qr(ctx, r, 60, 40, 120);
  font(ctx, { family: FONTS.song[1], bold: true }, 48);
  const title = `${prov}增值税${special ? '专用' : '普通'}发票`;
  text(ctx, title, W / 2, 100, ink, 'center');
  line(ctx, W / 2 - 280, 118, W / 2 + 280, 118, ink, 2);
  line(ctx, W / 2 - 280, 124, W / 2 + 280, 124, ink, 2);
  font(ctx, face, 24);
  text(ctx, special ? r.pick(['发 票 联', '抵 扣 联']) : '发 票 联', W / 2, 160, ink, 'center');
  font(ctx, face, 22);
  text(ctx, `No ${no}`, W - 360, 80, ink);
  font(ctx, face, 20);
  text(ctx, `发票代码：`, W - 420, 120, ink);
  text(ctx, `发票号码：`, W - 420, 150, ink);
  text(ctx, `开票日期：`, W - 420, 180, ink);
  font(ctx, valFace, 22);
  text(ctx, code, W - 310 + dx, 120 + dy);
  text(ctx, no, W - 310 + dx, 150 + dy);
  text(ctx, fmtDate(date, r.pick(['cjk0', 'cjk'] as const)), W - 310 + dx, 180 + dy);
  font(ctx, face, 20);
  text(ctx, `机器编号：${r.digits(12)}`, 220, 190, ink);

  const x0 = 70;
  const x1 = W - 70;
  const t0 = 210;
  const buyerH = 170;
  const itemsH = 360;
  const sumH = 60;
  const sellerH = 170;
  const bottom = t0 + buyerH + itemsH + sumH + sellerH;
  rect(ctx, x0, t0, x1 - x0, bottom - t0, ink, 2.5);
  const labels = (y: number, h: number, word: string): void => {
    line(ctx, x0 + 50, y, x0 + 50, y + h, ink, 1.5);
    font(ctx, face, 22);
    [...word].forEach((ch, i) => text(ctx, ch, x0 + 25, y + 35 + i * ((h - 30) / word.length), ink, 'center'));
  };
  const party = (y: number, c: Company, word: string): void => {
    labels(y, buyerH, word);
    const rowsLabel = ['名\u3000\u3000\u3000\u3000称：', '纳税人识别号：', '地 址、电 话：', '开户行及账号：'];
    const vals = [c.name, c.uscc, `${c.address} ${c.phone}`, `${c.bank} ${c.account}`];
    rowsLabel.forEach((l, i) => {
      font(ctx, face, 21);
      text(ctx, l, x0 + 65, y + 38 + i * 40, ink);
      fitText(ctx, valFace, vals[i] ?? '', x0 + 230 + dx, y + 38 + i * 40 + dy, 820, i < 2 ? 25 : 21);
    });
  };
  party(t0, buyer, '购买方');
  // 密码区
  const pwX = x0 + 1080;
  line(ctx, pwX, t0, pwX, t0 + buyerH, ink, 1.5);
  line(ctx, pwX + 45, t0, pwX + 45, t0 + buyerH, ink, 1.5);
  font(ctx, face, 20);
  [...'密码区'].forEach((ch, i) => text(ctx, ch, pwX + 22, t0 + 45 + i * 45, ink, 'center'));
  font(ctx, { family: 'Noto Sans Mono CJK JP', bold: false }, 20);
  const sym = '0123456789+-*/<>';
  for (let i = 0; i < 4; i += 1) {
    let s = '';
    for (let k = 0; k < 27; k += 1) s += r.pick([...sym]);
    text(ctx, s, pwX + 60, t0 + 38 + i * 38);
  }
  line(ctx, x0, t0 + buyerH, x1, t0 + buyerH, ink, 1.5);
  // Items grid.
  const iy = t0 + buyerH;
  const cols = [x0, x0 + 440, x0 + 620, x0 + 700, x0 + 830, x0 + 1000, x0 + 1220, x0 + 1320, x1];
  const heads = ['货物或应税劳务、服务名称', '规格型号', '单位', '数 量', '单 价', '金 额', '税率', '税 额'];
  font(ctx, face, 20);
  heads.forEach((h, i) => text(ctx, h, ((cols[i] ?? 0) + (cols[i + 1] ?? 0)) / 2, iy + 32, ink, 'center'));
  cols.slice(1, -1).forEach((cx) => line(ctx, cx, iy, cx, iy + itemsH + sumH, ink, 1.2));
  let y = iy + 75;
  for (const it of list) {
    const cells = [it.name, it.spec, it.unit, String(it.qty), it.price, plain(it.amount), `${Math.round(it.rate * 100)}%`, plain(it.tax)];
    cells.forEach((c, i) => {
      const right = i >= 3 && i !== 6;
      fitText(
        ctx,
        valFace,
        c,
        (right ? (cols[i + 1] ?? 0) - 8 : (cols[i] ?? 0) + 8) + dx,
        y + dy,
        (cols[i + 1] ?? 0) - (cols[i] ?? 0) - 14,
        21,
        '#1a1a1a',
        right ? 'right' : 'left',
      );
    });
    y += 42;
  }
  const sy = iy + itemsH - 10;
  font(ctx, face, 22);
  text(ctx, '合\u3000\u3000计', (x0 + (cols[1] ?? 0)) / 2, sy, ink, 'center');
  font(ctx, valFace, 22);
  text(ctx, money(amount), (cols[6] ?? 0) - 8 + dx, sy + dy, '#1a1a1a', 'right');
  text(ctx, money(tax), x1 - 8 + dx, sy + dy, '#1a1a1a', 'right');
  line(ctx, x0, iy + itemsH, x1, iy + itemsH, ink, 1.5);
  // 价税合计 row.
  const ty = iy + itemsH;
  ctx.fillStyle = r.pick(['#fbfbf7', '#f6f9f4', '#fbf7f3']);
  ctx.fillRect(cols[1] ?? 0, ty + 2, x1 - (cols[1] ?? 0) - 2, sumH - 4);
  font(ctx, face, 22);
  text(ctx, '价税合计（大写）', x0 + 40, ty + 40, ink);
  font(ctx, valFace, 24);
  text(ctx, `⊗${capital(total)}`, x0 + 300 + dx, ty + 40 + dy);
  font(ctx, face, 22);
  text(ctx, '（小写）', x0 + 1120, ty + 40, ink);
  font(ctx, valFace, 24);
  text(ctx, money(total), x0 + 1210 + dx, ty + 40 + dy);
  line(ctx, x0, ty + sumH, x1, ty + sumH, ink, 1.5);
  party(ty + sumH, seller, '销售方');
  line(ctx, pwX, ty + sumH, pwX, bottom, ink, 1.5);
  line(ctx, pwX + 45, ty + sumH, pwX + 45, bottom, ink, 1.5);
  font(ctx, face, 20);
  [...'备注'].forEach((ch, i) => text(ctx, ch, pwX + 22, ty + sumH + 60 + i * 50, ink, 'center'));
  font(ctx, face, 21);
  const clerk = (): string => r.pick(['张丽', '王芳', '李娜', '陈静', '刘敏', '黄磊']);
  text(ctx, `收款人：${clerk()}`, x0 + 40, bottom + 40, ink);
  text(ctx, `复核：${clerk()}`, x0 + 420, bottom + 40, ink);
  text(ctx, `开票人：${clerk()}`, x0 + 780, bottom + 40, ink);
  text(ctx, '销售方：（章）', x0 + 1200, bottom + 40, ink);
  invoiceSeal(ctx, r, x0 + r.int(1250, 1450), bottom - r.int(10, 60), 240, seller.name, seller.uscc);
  const truth: Record<string, string> = {
    invoice_no: no,
    date: iso(date),
    buyer: buyer.name,
    seller: seller.name,
    amount: plain(amount),
    tax: plain(tax),
    total: plain(total),
  };
  return { canvas, truth, amounts: ['amount', 'tax', 'total'] };
}

export const vatInvoice =
  (special: boolean) =>
  (r: Rand): Drawn =>
    r.chance(0.5) ? digitalInvoice(r, special) : paperInvoice(r, special);

export type { Ctx };
