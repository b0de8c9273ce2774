// Dev "real forms" of paper VAT invoices, as the 金税 system prints them on the pre-printed form (general
// knowledge of the 增值税专用发票/普通发票 paper layout, not the held-out renderer): a ruled frame; the buyer's
// block with 购买方 printed vertically in a narrow left column and 名称：/纳税人识别号：/地址、电话：/开户行及账号：
// rows beside it, the cipher area (密码区) on its right; the goods table headed 货物或应税劳务、服务名称 with a 合计
// row; 价税合计（大写）… （小写）¥…; the seller's block like the buyer's with 备注 on its right; the signatures row.
import { formatCapitalAmount } from '@uplift/domain';
import { address, company, drawSeal, person, uscc, type Rng } from '@uplift/evidence-synth';
import type { DevForm } from './dev-contract-forms';
import { newPage, type Page } from './dev-page';

const money = (fen: number): string => `${Math.floor(fen / 100).toLocaleString('en-US')}.${String(fen % 100).padStart(2, '0')}`;
const plain = (fen: number): string => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
const CIPHER = '0123456789+-*/<>';

/** One party block: the role printed vertically at the left, four label：value rows, a side box (密码区 or 备注). */
function partyBlock(p: Page, role: string, rows: ReadonlyArray<[string, string]>, side: string, sideLines: readonly string[]): void {
  const { g, px } = p;
  const top = p.y;
  const rowH = Math.round(px * 1.45);
  const h = rowH * rows.length + 12;
  const left = 60;
  const right = p.width - 60;
  const split = Math.round(p.width * 0.56);
  g.strokeRect(left, top, right - left, h);
  g.strokeRect(left, top, px + 14, h);
  g.strokeRect(split, top, px + 14, h);
  [...role].forEach((ch, i) => g.fillText(ch, left + 7, top + 12 + (h / role.length) * (i + 0.6)));
  [...side].forEach((ch, i) => g.fillText(ch, split + 7, top + 12 + (h / side.length) * (i + 0.6)));
  rows.forEach(([label, value], i) => g.fillText(`${label}：${value}`, left + px + 26, top + rowH * (i + 0.85), split - left - px - 40));
  g.font = `${Math.round(px * 0.8)}px ${p.face}`;
  sideLines.forEach((line, i) => g.fillText(line, split + px + 24, top + rowH * (i + 0.85), right - split - px - 34));
  g.font = `${px}px ${p.face}`;
  p.y = top + h;
}

/** The goods table: heading row, one or two item rows, the 合计 row with ¥amount and ¥tax under their headings. */
function goodsTable(p: Page, items: ReadonlyArray<readonly string[]>, amount: number, tax: number): void {
  const { g, px } = p;
  const heads = ['货物或应税劳务、服务名称', '规格型号', '单位', '数量', '单价', '金额', '税率', '税额'];
  const widths = [0.27, 0.1, 0.06, 0.08, 0.12, 0.15, 0.07, 0.15].map((w) => w * (p.width - 120));
  const rowH = Math.round(px * 1.5);
  const xs = widths.map((_, i) => 60 + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const rows = [heads, ...items, ['合计', '', '', '', '', `¥${money(amount)}`, '', `¥${money(tax)}`]];
  g.strokeRect(60, p.y, p.width - 120, rowH * rows.length + 10);
  rows.forEach((row, r) => {
    g.font = `${r === 0 ? Math.round(px * 0.8) : px}px ${p.face}`;
    row.forEach((cell, c) => {
      // Figures are set right in their cells, words left.
      const w = g.measureText(cell).width;
      const x = /^[¥\d]/.test(cell) && r > 0 ? (xs[c] ?? 0) + (widths[c] ?? 0) - w - 10 : (xs[c] ?? 0) + 8;
      g.fillText(cell, x, p.y + rowH * (r + 0.8), (widths[c] ?? 0) - 12);
    });
  });
  g.font = `${px}px ${p.face}`;
  p.y += rowH * rows.length + 10;
}

/** A paper VAT invoice (special or ordinary), photographed; truth as the catalogue's invoice fields. */
export function drawPaperInvoice(r: Rng, special: boolean): DevForm {
  const buyer = company(r);
  const seller = company(r);
  const bId = uscc(r);
  const sId = uscc(r);
  const amount = r.int(800, 90000) * 100 + r.int(0, 99);
  const rate = special ? r.pick([13, 9, 6]) : r.pick([3, 1, 13]);
  const tax = Math.round((amount * rate) / 100);
  const total = amount + tax;
  const code = r.digits(10);
  const no = r.digits(8);
  const year = r.int(2023, 2025);
  const month = r.int(1, 12);
  const day = r.int(1, 28);
  const shown = `${year}年${String(month).padStart(2, '0')}月${String(day).padStart(2, '0')}日`;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const province = r.pick(['浙江', '福建', '四川', '河南', '湖南']);
  const p = newPage(r, `${province}增值税${special ? '专用' : '普通'}发票`);
  const { g, px } = p;
  g.fillText(r.next() < 0.5 ? '发票联' : '抵扣联', p.width / 2 - px * 1.5, p.y);
  g.fillText(`No ${no}`, p.width - 330, p.y - 40);
  g.fillText(`${code}`, 80, p.y - 40);
  p.y += px * 0.8;
  g.fillText(`开票日期：${shown}`, p.width - 420, p.y);
  p.y += px * 0.8;
  const cipher = (): string => Array.from({ length: 26 }, () => CIPHER.charAt(r.int(0, CIPHER.length - 1))).join('');
  const phone = `${address(r)} 0${r.digits(3)}-${r.digits(8)}`;
  const bank = `中国${r.pick(['工商', '建设', '农业'])}银行${r.pick(['城东', '高新', '滨江'])}支行 ${r.digits(19)}`;
  partyBlock(
    p,
    '购买方',
    [
      ['名称', buyer],
      ['纳税人识别号', bId],
      ['地址、电话', phone],
      ['开户行及账号', bank],
    ],
    '密码区',
    [cipher(), cipher(), cipher(), cipher()],
  );
  const goods = r.pick(['钢材', '办公用品', '食品原料', '电子元件', '包装材料']);
  const qty = r.int(2, 90);
  goodsTable(
    p,
    [
      [
        `*${goods}*${goods}`,
        r.pick(['GB-2', 'A4', '']),
        r.pick(['吨', '件', '箱']),
        String(qty),
        (amount / 100 / qty).toFixed(2),
        money(amount),
        `${rate}%`,
        money(tax),
      ],
    ],
    amount,
    tax,
  );
  g.strokeRect(60, p.y, p.width - 120, px * 1.7);
  g.fillText(`价税合计（大写）  ⊗${formatCapitalAmount(total)}`, 80, p.y + px * 1.2);
  g.fillText(`（小写）¥${money(total)}`, p.width - 420, p.y + px * 1.2);
  p.y += px * 1.7;
  partyBlock(
    p,
    '销售方',
    [
      ['名称', seller],
      ['纳税人识别号', sId],
      ['地址、电话', `${address(r)} 0${r.digits(3)}-${r.digits(8)}`],
      ['开户行及账号', `中国银行${r.pick(['城西', '开发区'])}支行 ${r.digits(19)}`],
    ],
    '备注',
    [r.next() < 0.5 ? `合同号HT${r.digits(8)}` : ''],
  );
  p.y += px * 1.5;
  g.fillText(`收款人：${person(r)}    复核：${person(r)}    开票人：${person(r)}    销售方：（章）`, 80, p.y);
  drawSeal(g, r.int(900, 1100), p.y - r.int(40, 120), r.int(60, 80), `${seller}发票专用章`, true);
  p.y += px;
  return {
    png: p.finish(),
    truth: {
      invoice_no: no,
      date: iso,
      buyer,
      buyer_tax_id: bId,
      seller,
      seller_tax_id: sId,
      amount: plain(amount),
      tax: plain(tax),
      total: plain(total),
    },
  };
}
