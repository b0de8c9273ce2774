// Dev "real forms" of contracts and leases, drawn the way real ones are printed (general knowledge of Civil Code
// model contracts, GF-2000 series and lease templates, not the held-out renderer): a parties block with
// 以下简称 notes and identity lines, numbered articles in running prose whose values sit inside sentences
// (月租金为人民币伍仟元整（¥5,000.00）, 租赁期自…起至…止), a line-item table with a totals row and the amount in
// words, and a two-column signature block with the date under each party and a seal over it.
import { formatCapitalAmount } from '@uplift/domain';
import { address, company, drawSeal, person, uscc, type Rng } from '@uplift/evidence-synth';
import { newPage, paragraph, ruledTable, twoColumns, type Page } from './dev-page';

/** A rendered dev form and its truth. */
export interface DevForm {
  png: Buffer;
  truth: Record<string, string>;
}

const money = (fen: number): string => `${Math.floor(fen / 100).toLocaleString('en-US')}.${String(fen % 100).padStart(2, '0')}`;
const plain = (fen: number): string => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
const pad = (n: number): string => String(n).padStart(2, '0');

/** A date as [shown, iso]; shown with or without leading zeros. */
function day(r: Rng, fromYear: number, toYear: number): [string, string, number] {
  const y = r.int(fromYear, toYear);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const shown = r.next() < 0.5 ? `${y}年${m}月${d}日` : `${y}年${pad(m)}月${pad(d)}日`;
  return [shown, `${y}-${pad(m)}-${pad(d)}`, y];
}

function idLine(r: Rng, name: string): string {
  return /公司/.test(name) ? `统一社会信用代码：${uscc(r)}` : `身份证号码：${r.digits(17)}${r.pick(['X', String(r.int(0, 9))])}`;
}

/** Parties one per line with the identity line under it or beside it, or side by side in two columns. */
function partiesBlock(p: Page, r: Rng, parties: ReadonlyArray<readonly [string, string]>): void {
  const style = r.int(0, 2);
  if (style === 2) {
    twoColumns(
      p,
      ...(parties.slice(0, 2).map(([label, name]) => [`${label}：${name}`, idLine(r, name), `联系电话：1${r.digits(10)}`]) as [
        string[],
        string[],
      ]),
    );
    return;
  }
  for (const [label, name] of parties) {
    if (style === 1) {
      p.g.fillText(`${label}：${name}`, 70, p.y);
      p.g.fillText(idLine(r, name), p.width / 2 + 60, p.y);
      p.y += Math.round(p.px * 1.6);
    } else {
      paragraph(p, `${label}：${name}`);
      paragraph(p, idLine(r, name));
    }
    if (r.next() < 0.5) paragraph(p, `联系电话：1${r.digits(10)}`);
  }
}

/** A lease as printed: parties with 以下简称, articles in prose, signature block. */
export function drawLeaseForm(r: Rng): DevForm {
  const lessor = r.next() < 0.5 ? person(r) : company(r);
  const lessee = company(r);
  const rentFen = r.int(15, 400) * 10000 + (r.next() < 0.3 ? r.int(1, 99) * 100 : 0);
  const [fromShown, fromIso, fromYear] = day(r, 2023, 2025);
  const years = r.int(1, 5);
  const untilIso = `${fromYear + years}-${fromIso.slice(5)}`;
  const untilShown = fromShown.replace(String(fromYear), String(fromYear + years));
  const p = newPage(r, r.pick(['房屋租赁合同', '商铺租赁合同', '租赁合同']));
  const style = r.int(0, 2);
  const lessorLabel = ['出租方（以下简称甲方）', '甲方（出租人）', '出租人（甲方）'][style] ?? '出租方';
  const lesseeLabel = ['承租方（以下简称乙方）', '乙方（承租人）', '承租人（乙方）'][style] ?? '承租方';
  p.g.fillText(`合同编号：ZL${r.digits(8)}`, p.width - 420, p.y);
  p.y += p.px * 2;
  partiesBlock(p, r, [
    [lessorLabel, lessor],
    [lesseeLabel, lessee],
  ]);
  p.y += p.px * 0.6;
  paragraph(p, '根据《中华人民共和国民法典》及有关规定，为明确甲、乙双方的权利义务关系，经双方协商一致，签订本合同。', 70, p.px * 2);
  const area = r.int(30, 600);
  const place = address(r);
  const rentWords = `人民币${formatCapitalAmount(rentFen)}（¥${money(rentFen)}）`;
  if (r.next() < 0.4) {
    // Key terms in a ruled grid before the articles, as agency lease forms print them.
    const rentShown = rentFen % 100 === 0 && r.next() < 0.5 ? `${rentFen / 100}元/月` : money(rentFen);
    const term = `${fromShown}至${untilShown}`;
    ruledTable(p, [
      ['房屋地址', place, '建筑面积', `${area}平方米`],
      [rentShown.endsWith('月') ? '租金' : '月租金（元）', rentShown, '支付方式', r.pick(['按月支付', '按季支付'])],
      ['租赁期限', term],
      ['租金（大写）', formatCapitalAmount(rentFen)],
    ]);
  }
  const articles = [
    r.pick([
      `第一条 甲方出租的房屋坐落于${place}，建筑面积${area}平方米，用途为商业经营。`,
      `第一条 房屋坐落：${place}；建筑面积：${area}平方米；用途：商业经营。`,
    ]),
    r.pick([
      `第二条 租赁期限：自${fromShown}起至${untilShown}止，共计${years * 12}个月。`,
      `第二条 租赁期限为${years}年，即${fromShown}至${untilShown}。`,
    ]),
    r.pick([
      `第三条 租金：月租金为${rentWords}，按季度支付，乙方应于每季度首月5日前付清。`,
      `第三条 租金标准：每月租金${rentWords}，租金按月支付。`,
    ]),
    `第四条 押金：乙方应于签订本合同时向甲方支付押金人民币${formatCapitalAmount(rentFen * 2)}，合同期满无违约时全额退还。`,
    '第五条 乙方不得擅自改变房屋结构及用途，水电费、物业管理费由乙方承担。',
    '第六条 本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。',
  ];
  for (const article of articles) paragraph(p, article, 70, p.px * 2);
  p.y += p.px;
  const signY = p.y;
  const [signed] = day(r, 2023, 2025);
  twoColumns(p, ['甲方（签字/盖章）：', `日期：${signed}`], ['乙方（盖章）：', `日期：${signed}`]);
  drawSeal(p.g, r.int(Math.round(p.width / 2) + 80, p.width - 200), signY + r.int(0, 40), r.int(70, 95), `${lessee}合同专用章`, false);
  const truth = { lessor, lessee, rent: plain(rentFen), term: `${fromIso}/${untilIso}`, address: place, area: `${area}平方米` };
  return { png: p.finish(), truth };
}

/** A sales or purchase contract as printed: parties, a line-item table with totals and words, prose articles, signature block. */
export function drawContractForm(r: Rng, sales: boolean): DevForm {
  const a = company(r);
  const b = company(r);
  const no = `${r.pick(['HT', 'XS', 'CG', ''])}${r.int(2023, 2025)}${r.digits(6)}`;
  const [signedShown, signedIso] = day(r, 2023, 2025);
  const p = newPage(r, sales ? r.pick(['销售合同', '购销合同', '产品销售合同']) : r.pick(['采购合同', '物资采购合同']));
  const style = r.int(0, 2);
  const labelsA = sales ? ['甲方（卖方）', '出卖人（甲方）', '供方（甲方）'] : ['甲方（买方）', '买受人（甲方）', '需方（甲方）'];
  const labelsB = sales ? ['乙方（买方）', '买受人（乙方）', '需方（乙方）'] : ['乙方（卖方）', '出卖人（乙方）', '供方（乙方）'];
  // Number and place/date of signing at the top right, as GF model contracts print them.
  const topDate = r.next() < 0.5;
  for (const line of [`合同编号：${no}`, '签订地点：甲方所在地', ...(topDate ? [`签订时间：${signedShown}`] : [])]) {
    p.g.fillText(line, p.width - 470, p.y);
    p.y += p.px * 1.6;
  }
  p.y += p.px * 0.4;
  partiesBlock(p, r, [
    [labelsA[style] ?? '甲方', a],
    [labelsB[style] ?? '乙方', b],
  ]);
  paragraph(p, '甲乙双方根据《中华人民共和国民法典》，经平等协商，就下列产品买卖事宜订立本合同。', 70, p.px * 2);
  paragraph(p, '第一条 产品名称、规格、数量、金额');
  const items = Array.from({ length: r.int(2, 5) }, () => {
    const qty = r.int(1, 300);
    const price = r.int(10, 9000) * 100;
    return { name: r.pick(['不锈钢板材', '冷冻食品', '办公家具', '建筑材料', '电线电缆', '包装纸箱']), qty, price };
  });
  const total = items.reduce((s, i) => s + i.qty * i.price, 0);
  ruledTable(p, [
    ['序号', '产品名称', '规格型号', '单位', '数量', '单价(元)', '金额(元)'],
    ...items.map((i, n) => [
      String(n + 1),
      i.name,
      `${r.pick(['A', 'B', 'Q'])}${r.int(10, 99)}`,
      '件',
      String(i.qty),
      money(i.price),
      money(i.qty * i.price),
    ]),
    ['合计', '', '', '', '', '', money(total)],
    ['合计人民币（大写）', formatCapitalAmount(total)],
  ]);
  for (const article of [
    `第二条 合同总金额为人民币${formatCapitalAmount(total)}（¥${money(total)}），含税。`,
    '第三条 质量标准：按国家标准执行，乙方对质量有异议的，应在收货后七日内书面提出。',
    '第四条 交货时间及地点：合同签订后十五日内交货，交货地点为买方指定仓库。',
    '第五条 付款方式：货到验收合格后三十日内以银行转账方式付清全款。',
    '第六条 违约责任：任何一方违约，应向守约方支付合同总金额百分之十的违约金。',
  ])
    paragraph(p, article, 70, p.px * 2);
  p.y += p.px;
  const signY = p.y;
  const sign = (side: string): string[] => [
    `${side}（盖章）：`,
    '法定代表人或委托代理人：',
    ...(topDate ? [] : [`签订日期：${signedShown}`]),
  ];
  twoColumns(p, sign('甲方'), sign('乙方'));
  drawSeal(p.g, r.int(200, 420), signY + r.int(0, 30), r.int(70, 95), `${a}合同专用章`, false);
  return { png: p.finish(), truth: { contract_no: no, party_a: a, party_b: b, amount: plain(total), signing_date: signedIso } };
}
