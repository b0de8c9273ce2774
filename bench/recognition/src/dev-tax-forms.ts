// Dev "real forms" of tax payment proofs other than the 表格式 certificate the project generator draws (general
// knowledge of the STA forms, not the held-out renderer): the bank's 电子缴税付款凭证 with label：value pairs
// two to a line, the total in figures and in words, and a 税(费)种名称 | 所属日期 | 实缴金额 table whose periods
// are printed as 20250101-20250331.
import { formatCapitalAmount } from '@uplift/domain';
import { company, uscc, type Rng } from '@uplift/evidence-synth';
import type { DevForm } from './dev-contract-forms';
import { newPage, paragraph, ruledTable } from './dev-page';

const money = (fen: number): string => `${Math.floor(fen / 100).toLocaleString('en-US')}.${String(fen % 100).padStart(2, '0')}`;
const plain = (fen: number): string => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

/** Two label：value pairs on one line, the second starting at the page's middle. */
function pairLine(p: ReturnType<typeof newPage>, left: string, right: string): void {
  p.g.fillText(left, 70, p.y);
  p.g.fillText(right, p.width / 2 + 20, p.y, p.width / 2 - 90);
  p.y += Math.round(p.px * 1.9);
}

/** A 电子缴税付款凭证: taxpayer, payer and bureau lines, totals in figures and words, then the tax rows. */
export function drawTaxPaymentVoucher(r: Rng): DevForm {
  const id = uscc(r);
  const name = company(r);
  const y = r.int(2023, 2025);
  const q = r.int(0, 3);
  const from = `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  const until = `${y}-${String(q * 3 + 3).padStart(2, '0')}-${q === 0 || q === 3 ? '31' : '30'}`;
  const compactPeriod = `${from.replace(/-/g, '')}-${until.replace(/-/g, '')}`;
  const vat = r.int(500, 200000) * 100 + r.int(0, 99);
  const rows: Array<[string, number]> = [['增值税', vat]];
  if (r.next() < 0.6) rows.push(['城市维护建设税', Math.round(vat * 0.07)], ['教育费附加', Math.round(vat * 0.03)]);
  const total = rows.reduce((s, [, fen]) => s + fen, 0);
  const p = newPage(r, '电子缴税付款凭证');
  const paid = `${y + (q === 3 ? 1 : 0)}${String((((q + 1) * 3) % 12) + 1).padStart(2, '0')}${String(r.int(1, 15)).padStart(2, '0')}`;
  pairLine(p, `转账日期：${paid}`, `凭证字号：${paid}${r.digits(8)}`);
  pairLine(p, `纳税人识别号：${id}`, `征收机关名称：国家税务总局${r.pick(['福州市鼓楼区', '杭州市西湖区', '成都市武侯区'])}税务局`);
  pairLine(p, `纳税人全称：${name}`, `收款国库（银行）名称：国家金库${r.pick(['鼓楼区', '西湖区', '武侯区'])}支库`);
  pairLine(p, `付款人全称：${name}`, `付款人账号：${r.digits(19)}`);
  pairLine(p, `小写（合计）金额：¥${money(total)}`, `缴款书交易流水号：${r.digits(16)}`);
  paragraph(p, `大写（合计）金额：${formatCapitalAmount(total)}`);
  p.y += p.px * 0.6;
  ruledTable(p, [['税（费）种名称', '所属日期', '实缴金额'], ...rows.map(([tax, fen]) => [tax, compactPeriod, money(fen)])]);
  paragraph(p, '第1次打印    打印时间：' + `${paid}`);
  return {
    png: p.finish(),
    truth: { taxpayer_id: id, taxpayer_name: name, tax_type: '增值税', tax_period: `${from}/${until}`, amount_paid: plain(total) },
  };
}
