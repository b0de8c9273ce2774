// Contracts as prose: title, contract number, the parties (甲方/乙方, 出租方/承租方) with their details,
// numbered articles with the price in figures and in capital numerals, the term, and a signature block
// with both parties' red seals overlapping the names and the signing date.
import type { Drawn } from './doc';
import { addDays, addYears, capital, cents, company, day, fmtDate, grouped, iso, person, plain, type Company, type Day } from './data';
import { FONTS, font, page, para, roundSeal, signature, text, type Face } from './draw';
import type { Rand } from './rng';

interface Para {
  text: string;
  heading?: boolean;
}

interface ContractSpec {
  title: string;
  no?: string;
  partyA: { role: string; c: Company; person?: string };
  partyB: { role: string; c: Company; person?: string };
  body: Para[];
  signed: Day;
  signedWhere: 'top' | 'bottom';
}

function drawContract(r: Rand, spec: ContractSpec): ReturnType<typeof page> & { drawn: number } {
  const W = 1240;
  const H = 1754;
  const { canvas, ctx } = page(W, H, r.pick(['#ffffff', '#fdfdfb', '#faf9f5']));
  const face: Face = { family: r.pick([FONTS.song[0], FONTS.song[1], FONTS.song[1], FONTS.hei[0]]), bold: false };
  const size = r.pick([24, 25, 26]);
  const lh = size * 1.75;
  const left = 110;
  const width = W - 2 * left;
  font(ctx, { family: r.pick([FONTS.song[1], FONTS.hei[0]]), bold: true }, 48);
  text(ctx, spec.title, W / 2, 140, '#111', 'center');
  let y = 210;
  font(ctx, face, size);
  if (spec.no) {
    text(ctx, spec.no, W - left, y, '#111', 'right');
    y += lh;
  }
  if (spec.signedWhere === 'top') {
    text(ctx, `签订日期：${fmtDate(spec.signed, r.pick(['cjk0', 'cjk'] as const))}`, W - left, y, '#111', 'right');
    y += lh;
  }
  y += 10;
  const partyLines = (p: ContractSpec['partyA']): string[] => [
    `${p.role}：${p.c.name}`,
    [...p.c.name].length <= 4
      ? `身份证号码：${p.c.city.division}${r.int(1960, 1995)}********${r.digits(2)}`
      : `${r.pick(['统一社会信用代码', '社会信用代码'])}：${p.c.uscc}`,
    `${r.pick(['地址', '住所', '通讯地址'])}：${p.c.address}`,
    `${r.pick(['法定代表人', '负责人', '委托代理人'])}：${p.person ?? p.c.legal}\u3000\u3000${r.pick(['电话', '联系电话'])}：${p.c.phone}`,
  ];
  let drawn = 0;
  for (const l of [...partyLines(spec.partyA), '', ...partyLines(spec.partyB)]) {
    y = l === '' ? y + lh * 0.4 : para(ctx, l, left, y, width, lh);
  }
  y += lh * 0.4;
  for (const p of spec.body) {
    if (y > H - 420) break;
    font(ctx, p.heading ? { ...face, bold: true } : face, size);
    y = para(ctx, p.text, left, y, width, lh, '#111', p.heading ? 0 : size * 2);
    drawn += 1;
  }
  // Signature block.
  const sy = Math.max(y + lh, H - 360);
  font(ctx, face, size);
  const colB = W / 2 + 40;
  text(ctx, `${spec.partyA.role}（盖章）：`, left, sy);
  text(ctx, `${spec.partyB.role}（盖章）：`, colB, sy);
  text(ctx, '法定代表人或委托代理人：', left, sy + lh * 1.6);
  text(ctx, '法定代表人或委托代理人：', colB, sy + lh * 1.6);
  signature(ctx, r, spec.partyA.person ?? spec.partyA.c.legal, left + 300, sy + lh * 2.5, 44);
  signature(ctx, r, spec.partyB.person ?? spec.partyB.c.legal, colB + 300, sy + lh * 2.5, 44);
  if (spec.signedWhere === 'bottom') {
    const d = fmtDate(spec.signed, r.pick(['cjk0', 'cjk'] as const));
    text(ctx, `签订日期：${d}`, left, sy + lh * 3.6);
    text(ctx, `签订日期：${d}`, colB, sy + lh * 3.6);
  } else {
    text(ctx, '日期：\u3000\u3000年\u3000\u3000月\u3000\u3000日', left, sy + lh * 3.6);
    text(ctx, '日期：\u3000\u3000年\u3000\u3000月\u3000\u3000日', colB, sy + lh * 3.6);
  }
  // A natural person signs (and may press a fingerprint); a company seals.
  if ([...spec.partyA.c.name].length > 4)
    roundSeal(ctx, r, left + r.int(140, 260), sy + r.int(20, 90), 105, spec.partyA.c.name, r.pick(['合同专用章', '', '']));
  roundSeal(ctx, r, colB + r.int(140, 260), sy + r.int(20, 90), 105, spec.partyB.c.name, r.pick(['合同专用章', '', '']));
  font(ctx, face, 18);
  text(ctx, `第 1 页 共 ${r.int(1, 4)} 页`, W / 2, H - 60, '#555', 'center');
  return { canvas, ctx, drawn };
}

const NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

function articles(r: Rand, list: readonly string[]): Para[] {
  return list.map((t, i) => ({ text: `第${NUM[i] ?? String(i + 1)}条\u3000${t}` }));
}

function termText(r: Rand, from: Day, to: Day): string {
  const st = r.pick(['cjk', 'cjk0'] as const);
  return r.pick([
    `自${fmtDate(from, st)}起至${fmtDate(to, st)}止`,
    `${fmtDate(from, st)}至${fmtDate(to, st)}`,
    `自${fmtDate(from, st)}至${fmtDate(to, st)}`,
  ]);
}

export function leaseContract(r: Rand): Drawn {
  const lessor = r.chance(0.5) ? company(r, { trade: r.pick(['物业管理', '商贸', '实业']) }) : { ...company(r), name: person(r) };
  const lessee = company(r, { individual: r.chance(0.3) });
  const addr = lessee.address;
  const area = `${r.int(25, 900)}.${r.pick(['00', '50', r.digits(2)])}`;
  const rentCents = Math.round(cents(r, 1500, 60000) / 10000) * 10000 || 300000;
  const from = day(r, 2022, 2025);
  const years = r.pick([1, 2, 3, 5]);
  const to = addYears(from, years, true);
  const signed = addDays(from, -r.int(3, 40));
  const rentText = r.pick([
    `月租金为人民币${grouped(rentCents)}元（大写：${capital(rentCents, '元')}）`,
    `每月租金人民币${plain(rentCents)}元（大写：人民币${capital(rentCents, '元')}）`,
    `租金标准为每月${grouped(rentCents)}元整`,
  ]);
  const body = articles(r, [
    `出租方将位于${addr}的房屋（以下简称“该房屋”）出租给承租方作${r.pick(['商铺经营', '办公', '仓储', '餐饮经营'])}使用，该房屋建筑面积为${area}平方米。`,
    `租赁期限${termText(r, from, to)}，共${years}年。租赁期满，承租方如需续租，应提前三十日书面通知出租方。`,
    `${rentText}，按${r.pick(['月', '季度'])}支付，承租方应于每期开始前五日内将租金支付至出租方指定账户。`,
    `承租方应于本合同签订之日向出租方支付租赁押金人民币${grouped(rentCents * 2)}元，租赁期满无违约情形的，出租方无息退还。`,
    '租赁期间，水、电、燃气、物业管理费及经营所产生的各项费用由承租方承担。',
    '承租方不得擅自改变房屋结构及用途，不得将该房屋转租他人；确需装修的，应事先征得出租方书面同意。',
    '任何一方违反本合同约定的，应向守约方支付相当于两个月租金的违约金；造成损失的，还应赔偿损失。',
    '本合同一式两份，双方各执一份，自双方签字盖章之日起生效。',
  ]);
  const spec: ContractSpec = {
    title: r.pick(['房屋租赁合同', '商铺租赁合同', '厂房租赁合同', '租赁合同']),
    no: r.chance(0.5) ? `合同编号：ZL${from.y}${r.digits(4)}` : undefined,
    partyA: {
      role: r.pick(['出租方（甲方）', '甲方（出租方）', '出租人']),
      c: lessor,
      person: lessor.name.length <= 3 ? lessor.name : undefined,
    },
    partyB: { role: r.pick(['承租方（乙方）', '乙方（承租方）', '承租人']), c: lessee },
    body,
    signed,
    signedWhere: r.pick(['top', 'bottom'] as const),
  };
  const { canvas, drawn } = drawContract(r, spec);
  if (drawn < 3) throw new Error('lease articles did not fit');
  return {
    canvas,
    truth: {
      lessor: lessor.name,
      lessee: lessee.name,
      address: addr,
      area: `${area}平方米`,
      rent: plain(rentCents),
      term: `${iso(from)}/${iso(to)}`,
    },
    amounts: ['rent'],
  };
}

const CONTRACT_GOODS = [
  ['聚乙烯薄膜', '吨', 9800, 14500],
  ['尼龙66切片', '吨', 18000, 26000],
  ['铜芯电缆YJV-3×95', '米', 180, 260],
  ['冷冻鸡翅中', '千克', 32, 48],
  ['东北大米', '吨', 4200, 5600],
  ['瓦楞纸箱', '个', 2, 9],
  ['不锈钢餐具套装', '套', 35, 120],
  ['螺纹钢HRB400E', '吨', 3600, 4300],
  ['LED面板灯', '盏', 45, 160],
] as const;

export const tradeContract =
  (sales: boolean) =>
  (r: Rand): Drawn => {
    const a = company(r);
    const b = company(r);
    const signed = day(r, 2022, 2026);
    const no = `${r.pick(['HT', 'XS', 'CG', 'GX', ''])}${signed.y}${r.pick(['-', ''])}${r.digits(r.pick([3, 4, 6]))}`;
    const lines = r.int(1, 3);
    let total = 0;
    const rows: string[] = [];
    for (let i = 0; i < lines; i += 1) {
      const [name, unit, lo, hi] = r.pick(CONTRACT_GOODS);
      const qty = r.int(2, unit === '米' || unit === '个' || unit === '千克' ? 5000 : 60);
      const price = r.int(lo, hi) * 100;
      total += qty * price;
      rows.push(`${name}，数量${qty}${unit}，单价${plain(price)}元/${unit}，金额${grouped(qty * price)}元`);
    }
    const to = addYears(signed, r.pick([1, 1, 2]), true);
    const amountText = r.pick([
      `本合同总金额为人民币${grouped(total)}元（大写：${capital(total, '元')}），含${r.pick(['13%', '9%'])}增值税。`,
      `合同总价款：¥${grouped(total)}元，大写人民币${capital(total, '元')}（含税）。`,
      `合同金额合计人民币${plain(total)}元整，大写：${capital(total, '元')}。`,
    ]);
    const seller = sales ? '甲方' : '乙方';
    const buyer = sales ? '乙方' : '甲方';
    const body = articles(r, [
      `${seller}向${buyer}供应以下货物：${rows.join('；')}。`,
      amountText,
      `合同期限：本合同有效期${termText(r, signed, to)}。`,
      `付款方式：${buyer}于合同签订后${r.pick(['七', '十', '十五'])}日内支付合同总额的${r.pick(['30%', '50%'])}作为预付款，余款于货物验收合格并收到${seller}开具的增值税专用发票后${r.pick(['30', '45', '60'])}日内付清。`,
      `交货地点：${buyer}指定仓库（${(sales ? b : a).address}），运费由${seller}承担。`,
      `质量标准：按国家标准及双方确认的样品执行，${buyer}应于到货后三日内验收，逾期未提出异议的视为验收合格。`,
      '违约责任：任何一方违约的，应按合同总金额的百分之五向守约方支付违约金。',
      `争议解决：因本合同引起的争议，双方协商解决；协商不成的，向${seller}所在地人民法院提起诉讼。`,
      '本合同一式两份，双方各执一份，经双方签字盖章后生效。',
    ]);
    const spec: ContractSpec = {
      title: sales ? r.pick(['销售合同', '产品销售合同', '购销合同']) : r.pick(['采购合同', '物资采购合同', '购销合同']),
      no: `${r.pick(['合同编号', '合同号', '编号'])}：${no}`,
      partyA: { role: r.pick(['甲方', sales ? '甲方（供方）' : '甲方（需方）']), c: a },
      partyB: { role: r.pick(['乙方', sales ? '乙方（需方）' : '乙方（供方）']), c: b },
      body,
      signed,
      signedWhere: r.pick(['top', 'bottom'] as const),
    };
    const { canvas, drawn } = drawContract(r, spec);
    if (drawn < 3) throw new Error('contract articles did not fit');
    return {
      canvas,
      truth: {
        contract_no: no,
        party_a: a.name,
        party_b: b.name,
        amount: plain(total),
        signing_date: iso(signed),
        term: `${iso(signed)}/${iso(to)}`,
      },
      amounts: ['amount'],
    };
  };
