// Dev "real forms" of utility bills, as grid and water companies print them (general knowledge of 电费通知单 /
// 水费缴费通知单, not the held-out renderer): the account in a ruled box with labels above values or beside them,
// a meter-reading table (上期示数 | 本期示数 | 倍率 | 电量 with a unit in the heading) with a 合计 row when the
// tariff is split into periods, then the amount due with the amount in words.
import { formatCapitalAmount } from '@uplift/domain';
import { address, company, type Rng } from '@uplift/evidence-synth';
import type { DevForm } from './dev-contract-forms';
import { newPage, paragraph, ruledTable, type Page } from './dev-page';

const money = (fen: number): string => `${Math.floor(fen / 100).toLocaleString('en-US')}.${String(fen % 100).padStart(2, '0')}`;
const plain = (fen: number): string => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

/** Label/value pairs in boxes, the label printed small above its value. */
function boxedAbove(p: Page, pairs: ReadonlyArray<[string, string]>, perRow: number): void {
  const { g } = p;
  const w = (p.width - 140) / perRow;
  const h = p.px * 3;
  let top = p.y - p.px;
  for (let i = 0; i < pairs.length; i += perRow) {
    pairs.slice(i, i + perRow).forEach(([label, value], c) => {
      const x = 70 + c * w;
      g.strokeRect(x, top, w, h);
      g.font = `${Math.round(p.px * 0.72)}px ${p.face}`;
      g.fillText(label, x + 8, top + p.px * 0.95);
      g.font = `${p.px}px ${p.face}`;
      g.fillText(value, x + 14, top + p.px * 2.4, w - 20);
    });
    top += h;
  }
  p.y = top + p.px * 1.6;
}

/** An electricity or water bill; usage is read from the table (its unit in the heading), the amount due below it. */
export function drawUtilityForm(r: Rng): DevForm {
  const water = r.next() < 0.35;
  const holder = company(r);
  const no = r.digits(r.pick([10, 12]));
  const unit = water ? '立方米' : '千瓦时';
  const p = newPage(r, water ? r.pick(['水费缴费通知单', '水费账单']) : r.pick(['电费缴费通知单', '电费账单', '电费通知单']));
  const month = r.int(1, 11);
  const last = new Date(Date.UTC(2025, month, 0)).getUTCDate();
  const period = `2025年${String(month).padStart(2, '0')}月01日至2025年${String(month).padStart(2, '0')}月${last}日`;
  const account: Array<[string, string]> = [
    [r.pick(['户号', '用户编号', '客户编号']), no],
    [r.pick(['户名', '用户名称', '客户名称']), holder],
    [water ? '用水地址' : r.pick(['用电地址', '地址']), address(r)],
    [r.pick(['计费周期', '抄表周期', '账期']), period],
  ];
  const accountStyle = r.int(0, 2);
  if (accountStyle === 0) boxedAbove(p, account, 2);
  else if (accountStyle === 1) ruledTable(p, [account.slice(0, 2).flat(), account.slice(2).flat()]);
  else
    for (const pair of [account.slice(0, 2), account.slice(2)]) {
      // Label：value pairs two to a line, without rules.
      pair.forEach(([label, value], i) => p.g.fillText(`${label}：${value}`, 70 + i * (p.width / 2 - 20), p.y));
      p.y += Math.round(p.px * 1.8);
    }
  // Time-of-use tariffs read one meter per period (峰/平/谷); water has one line.
  const periods = water ? ['总'] : r.pick([['总'], ['峰', '平', '谷']]);
  let used = 0;
  let fee = 0;
  const rows = periods.map((name) => {
    const before = r.int(1000, 90000);
    const amount = r.int(50, 4000);
    const price = water ? r.pick([285, 320, 410]) : r.pick([4583, 6500, 8120, 3120]);
    const cost = Math.round((amount * price) / (water ? 1 : 100));
    used += amount;
    fee += cost;
    return [
      name,
      String(before),
      String(before + amount),
      '1',
      String(amount),
      (price / (water ? 100 : 10000)).toFixed(water ? 2 : 4),
      money(cost),
    ];
  });
  const header = [
    '时段',
    '上期示数',
    '本期示数',
    '倍率',
    water ? `用水量(${unit})` : r.pick([`电量(${unit})`, `用电量(${unit})`]),
    '单价(元)',
    '金额(元)',
  ];
  ruledTable(p, [header, ...rows, ...(rows.length > 1 ? [['合计', '', '', '', String(used), '', money(fee)]] : [])]);
  const due = r.pick(['本期应缴金额', '应缴金额', water ? '本期水费' : '本期电费', '本期应交']);
  if (r.next() < 0.5) paragraph(p, `${due}：¥${money(fee)}    大写：${formatCapitalAmount(fee)}`);
  else ruledTable(p, [[`${due}（元）`, money(fee), '大写金额', formatCapitalAmount(fee)]]);
  paragraph(p, `请于${String(month + 1).padStart(2, '0')}月25日前缴清，逾期将按日加收电费违约金。缴费方式：网上国网、银行代扣、营业厅。`);
  return { png: p.finish(), truth: { account_holder: holder, account_no: no, usage: `${used}${unit}`, amount: plain(fee) } };
}
