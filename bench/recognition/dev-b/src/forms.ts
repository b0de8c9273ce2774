// Vehicle licence card, trade forms (order, delivery note, waybill, customs declaration) and cash-flow
// documents (bank statement, utility bill, payroll, social insurance, tax payment certificate).
import type { Drawn } from './doc';
import { addDays, capital, cents, company, day, fmtDate, grouped, iso, person, plain, plate, vin, type Day } from './data';
import { FONTS, font, fitText, guilloche, page, qr, rect, roundSeal, signature, spaced, table, text, type Face } from './draw';
import type { Rand } from './rng';

const face = (r: Rand, kinds: readonly (keyof typeof FONTS)[] = ['song', 'hei']): Face => ({
  family: r.pick(FONTS[r.pick(kinds)]),
  bold: false,
});

// --- 机动车行驶证 ---------------------------------------------------------------------------------------

export function vehicleLicence(r: Rand): Drawn {
  const owner = r.chance(0.6) ? company(r, { trade: r.pick(['物流', '汽车运输', '商贸']) }) : { ...company(r), name: person(r) };
  const p = plate(r, owner.city);
  const vt = r.pick(['重型厢式货车', '重型仓栅式货车', '中型厢式货车', '轻型厢式货车', '轻型普通货车', '小型普通客车', '重型半挂牵引车']);
  const heavy = vt.startsWith('重');
  const light = vt.startsWith('轻') || vt.startsWith('小');
  const load = vt.includes('牵引') ? '' : `${light ? r.int(495, 1995) : heavy ? r.int(8000, 18500) : r.int(3000, 7500)}kg`;
  const v = vin(r);
  const reg = day(r, 2012, 2025);
  const W = 1800;
  const H = 720;
  const { canvas, ctx } = page(W, H, '#f4f1ea');
  // Two pages of the card side by side, each with its pale security pattern.
  const pageW = 860;
  const pages = [40, 40 + pageW + 20];
  for (const px of pages) {
    ctx.fillStyle = r.pick(['#eef3ee', '#f5ecee', '#eef0f6']);
    ctx.fillRect(px, 40, pageW, H - 80);
    guilloche(ctx, r, px, 40, pageW, H - 80, r.pick(['#d9e6d9', '#ecd6db', '#d6dcec']));
    rect(ctx, px, 40, pageW, H - 80, '#777', 1.5);
  }
  const f = { family: r.pick([FONTS.song[1], FONTS.song[0]]), bold: false };
  const valFace: Face = { family: r.pick(['Noto Sans Mono CJK JP', FONTS.hei[0], FONTS.song[1]]), bold: false };
  const dx = r.int(-8, 12);
  const dy = r.int(-6, 6);
  font(ctx, { ...f, bold: true }, 34);
  text(ctx, '中华人民共和国机动车行驶证', (pages[0] ?? 0) + pageW / 2, 100, '#1a1a1a', 'center');
  font(ctx, f, 17);
  text(ctx, "Vehicle License of the People's Republic of China", (pages[0] ?? 0) + pageW / 2, 128, '#333', 'center');
  const x = (pages[0] ?? 0) + 30;
  const rowsMain: (readonly [string, string, number, string?, string?])[] = [
    ['号牌号码', p, 160, '车辆类型', vt],
    ['所 有 人', owner.name, 160],
    ['住\u3000\u3000址', owner.address, 160],
    [
      '使用性质',
      r.pick(['货运', '营转非', '非营运', '公路客运']),
      160,
      '品牌型号',
      r.pick(['东风牌DFH5180XXYEX8', '解放牌CA5250XXYP62K1L5T3E6', '福田牌BJ5045XXY-F1', '五菱牌LZW6407BAF', '重汽牌ZZ4257V324HF1B']),
    ],
    ['车辆识别代号', v, 200],
    ['发动机号码', `${r.pick(['', 'E'])}${r.digits(8)}`, 200],
    ['注册日期', fmtDate(reg, 'iso'), 160, '发证日期', fmtDate(addDays(reg, r.int(0, 900)), 'iso')],
  ];
  let y = 190;
  for (const [label, value, lw, l2, v2] of rowsMain) {
    font(ctx, f, 24);
    text(ctx, label, x, y);
    fitText(ctx, valFace, value, x + lw + dx, y + dy, l2 ? 260 : pageW - lw - 70, 25);
    if (l2 && v2) {
      font(ctx, f, 24);
      text(ctx, l2, x + 450, y);
      fitText(ctx, valFace, v2, x + 570 + dx, y + dy, 240, 24);
    }
    y += 66;
  }
  roundSeal(
    ctx,
    r,
    x + 120,
    H - 150,
    80,
    `${owner.city.province === owner.city.city ? owner.city.city : owner.city.province}${owner.city.city}公安局交通警察支队`,
  );
  // 副页
  const x2 = (pages[1] ?? 0) + 30;
  const rowsSub: (readonly [string, string])[] = [
    ['号牌号码', p],
    ['档案编号', `${owner.city.division.slice(0, 4)}${r.digits(8)}`],
    ['核定载人数', `${light ? r.pick([2, 3, 5]) : r.pick([2, 3])}人`],
    ['总质量', `${r.int(2500, 31000)}kg`],
    ['整备质量', `${r.int(1500, 9000)}kg`],
    ['核定载质量', load || '--'],
    ['外廓尺寸', `${r.int(4500, 11990)}×${r.pick([1880, 2100, 2550])}×${r.int(2000, 3990)}mm`],
    ['检验记录', `检验有效期至${reg.y + r.int(4, 7)}年${String(reg.m).padStart(2, '0')}月${p.slice(0, 2)}(${r.digits(2)})`],
  ];
  y = 110;
  for (const [label, value] of rowsSub) {
    font(ctx, f, 24);
    text(ctx, label, x2, y);
    fitText(ctx, valFace, value, x2 + 170 + dx, y + dy, pageW - 230, 25);
    y += 70;
  }
  const truth: Record<string, string> = { plate: p, vehicle_type: vt, owner: owner.name, vin: v, registration_date: iso(reg) };
  if (load) truth.rated_load = load;
  return { canvas, truth, amounts: [], tilt: 9 };
}

// --- trade forms -------------------------------------------------------------------------------------

interface Line {
  name: string;
  spec: string;
  unit: string;
  qty: number;
  price: number;
  amount: number;
}

const PRODUCTS = [
  ['PP编织袋', '55×95cm', '条', 1, 3],
  ['食用调和油', '20L', '桶', 160, 260],
  ['冷冻牛腩', '10kg/箱', '箱', 380, 650],
  ['A4复印纸', '70g 500张', '包', 18, 32],
  ['镀锌钢管', 'DN50', '米', 28, 45],
  ['电动螺丝刀', 'ES-12', '把', 68, 180],
  ['一次性餐盒', '750ml', '箱', 85, 140],
  ['LED灯管', 'T8 1.2m', '支', 9, 25],
  ['尼龙扎带', '4×200mm', '包', 6, 15],
  ['轮胎', '295/80R22.5', '条', 1300, 2100],
] as const;

function lines(r: Rand, n: number): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < n; i += 1) {
    const [name, spec, unit, lo, hi] = r.pick(PRODUCTS);
    const qty = r.int(1, 300);
    const price = Math.round(r.real(lo, hi) * 100);
    out.push({ name, spec, unit, qty, price, amount: qty * price });
  }
  return out;
}

export function purchaseOrder(r: Rand): Drawn {
  const buyer = company(r);
  const seller = company(r);
  const date = day(r, 2022, 2026);
  const no = `${r.pick(['PO', 'CG', 'DD'])}${fmtDate(date, 'compact')}${r.digits(3)}`;
  const items = lines(r, r.int(2, 6));
  const total = items.reduce((a, b) => a + b.amount, 0);
  const W = 1600;
  const H = 1130;
  const { canvas, ctx } = page(W, H, '#ffffff');
  const f = face(r);
  font(ctx, { ...f, bold: true }, 30);
  text(ctx, buyer.name, W / 2, 80, '#111', 'center');
  font(ctx, { ...f, bold: true }, 44);
  spaced(ctx, r.pick(['采购订单', '订货单', '订购单']), W / 2, 145, 12);
  font(ctx, f, 22);
  const ds = fmtDate(date, r.pick(['iso', 'cjk0', 'slash'] as const));
  const meta: [string, string][] = [
    [r.pick(['订单编号', '订单号', 'NO.']), no],
    [r.pick(['订货日期', '下单日期', '日期']), ds],
  ];
  text(ctx, `${meta[0]?.[0]}：${no}`, W - 80, 200, '#111', 'right');
  text(ctx, `${meta[1]?.[0]}：${ds}`, W - 80, 235, '#111', 'right');
  text(ctx, `${r.pick(['供应商', '供货单位', '卖方'])}：${seller.name}`, 80, 200);
  text(ctx, `${r.pick(['联系人', '联系电话'])}：${seller.phone}`, 80, 235);
  const rows = [
    ['序号', '品名', '规格', '单位', '数量', '单价（元）', '金额（元）'],
    ...items.map((it, i) => [String(i + 1), it.name, it.spec, it.unit, String(it.qty), plain(it.price), plain(it.amount)]),
  ];
  rows.push(['', '合计', '', '', String(items.reduce((a, b) => a + b.qty, 0)), '', plain(total)]);
  let y = table(ctx, 80, 270, [70, 330, 230, 100, 130, 220, 360], rows, {
    face: f,
    size: 22,
    rowHeight: 54,
    align: ['center', 'left', 'left', 'center', 'right', 'right', 'right'],
  });
  font(ctx, f, 22);
  y += 45;
  text(ctx, `合计金额（大写）：${capital(total, '元')}\u3000\u3000¥${grouped(total)}`, 80, y);
  y += 45;
  text(ctx, `交货地址：${buyer.address}`, 80, y);
  y += 45;
  text(
    ctx,
    `交货日期：${fmtDate(addDays(date, r.int(3, 30)), 'cjk0')}\u3000\u3000付款方式：${r.pick(['月结30天', '货到付款', '预付30%，余款月结'])}`,
    80,
    y,
  );
  y += 80;
  text(ctx, `采购方（盖章）：${buyer.name}`, 80, y);
  text(ctx, '供应商确认（签字盖章）：', W / 2 + 60, y);
  roundSeal(ctx, r, 80 + r.int(180, 320), y - 10, 95, buyer.name, r.pick(['', '采购专用章']));
  return {
    canvas,
    truth: { order_no: no, buyer: buyer.name, seller: seller.name, amount: plain(total), date: iso(date) },
    amounts: ['amount'],
  };
}

export function deliveryNote(r: Rand): Drawn {
  const consignor = company(r);
  const consignee = company(r);
  const date = day(r, 2022, 2026);
  const no = `${r.pick(['NO.', 'No', ''])}${r.digits(7)}`;
  const noTruth = no.replace(/^(NO\.|No)/, '');
  const items = lines(r, r.int(2, 6));
  const W = 1700;
  const H = 1000;
  // Carbonless three-part forms: white, pink or yellow paper.
  const { canvas, ctx } = page(W, H, r.pick(['#ffffff', '#fbe3ea', '#fbf3c9', '#e3effb']));
  const f = face(r);
  const ink = r.pick(['#1a1a1a', '#1d3b8a']);
  font(ctx, { ...f, bold: true }, 34);
  text(ctx, consignor.name, W / 2, 80, ink, 'center');
  font(ctx, { ...f, bold: true }, 40);
  spaced(ctx, r.pick(['送货单', '送货单', '出库单', '发货单']), W / 2, 140, 18, ink);
  font(ctx, f, 22);
  text(ctx, `${r.pick(['收货单位', '客户名称', '购货单位'])}：${consignee.name}`, 80, 200, ink);
  text(
    ctx,
    `${r.pick(['送货日期', '日期', '开单日期'])}：${fmtDate(date, r.pick(['iso', 'cjk0', 'cjk', 'slash'] as const))}`,
    W - 480,
    200,
    ink,
  );
  text(ctx, `${r.pick(['收货地址', '地址'])}：${consignee.address}`, 80, 240, ink);
  font(ctx, { family: 'Noto Sans Mono CJK JP', bold: true }, 30);
  text(ctx, no, W - 80, 140, '#c8161d', 'right');
  const rows = [
    ['编号', '货品名称', '规格型号', '单位', '数量', '单价', '金额', '备注'],
    ...items.map((it, i) => [String(i + 1), it.name, it.spec, it.unit, String(it.qty), plain(it.price), plain(it.amount), '']),
  ];
  while (rows.length < 8) rows.push(['', '', '', '', '', '', '', '']);
  const total = items.reduce((a, b) => a + b.amount, 0);
  rows.push(['合计', `人民币（大写）${capital(total, '元')}`, '', '', '', '', `¥${plain(total)}`, '']);
  let y = table(ctx, 80, 270, [80, 330, 240, 90, 120, 160, 220, 300], rows, {
    face: f,
    size: 22,
    rowHeight: 50,
    color: '#1a1a1a',
    lineColor: ink,
  });
  y += 50;
  font(ctx, f, 22);
  text(ctx, `送货单位（盖章）：`, 80, y, ink);
  text(ctx, `送货人：${person(r)}`, 620, y, ink);
  text(ctx, '收货人签字：', 1080, y, ink);
  signature(ctx, r, person(r), 1230, y + 5, 40);
  roundSeal(ctx, r, 300, y - 20, 90, consignor.name, r.pick(['', '发货专用章']));
  font(ctx, f, 18);
  text(ctx, '①存根（白） ②客户（红） ③回单（黄） ④财务（蓝）', 80, H - 50, '#444');
  return { canvas, truth: { note_no: noTruth, consignor: consignor.name, consignee: consignee.name, date: iso(date) }, amounts: [] };
}

export function freightWaybill(r: Rand): Drawn {
  const carrier = company(r, { trade: r.pick(['物流', '汽车运输', '供应链管理']) });
  const shipper = company(r);
  const consignee = company(r);
  const date = day(r, 2022, 2026);
  const no = `${r.pick(['YD', 'TY', ''])}${r.digits(r.pick([8, 10, 12]))}`;
  const from = shipper.city.city.replace(/市$/, '');
  const to = consignee.city.city === shipper.city.city ? '长沙' : consignee.city.city.replace(/市$/, '');
  const route = `${from}-${to}`;
  const fee = cents(r, 300, 18000);
  const p = plate(r, carrier.city);
  const W = 1700;
  const H = 1150;
  const { canvas, ctx } = page(W, H, r.pick(['#ffffff', '#fbf3c9', '#e6f1e3']));
  const f = face(r);
  font(ctx, { ...f, bold: true }, 34);
  text(ctx, carrier.name, W / 2, 80, '#111', 'center');
  font(ctx, { ...f, bold: true }, 40);
  spaced(ctx, r.pick(['货物托运单', '公路货物运单', '货运单']), W / 2, 140, 14);
  font(ctx, f, 22);
  text(ctx, `托运日期：${fmtDate(date, r.pick(['iso', 'cjk0'] as const))}`, 80, 200);
  font(ctx, { family: 'Noto Sans Mono CJK JP', bold: true }, 28);
  text(ctx, `No.${no}`, W - 80, 200, '#c8161d', 'right');
  const rows: string[][] = [
    ['托运人', shipper.name, '电话', shipper.phone],
    ['发货地址', shipper.address, '', ''],
    ['收货人', consignee.name, '电话', consignee.phone],
    ['收货地址', consignee.address, '', ''],
    [r.pick(['运输线路', '线路', '起运地-到达地']), route, '车牌号', p],
    ['货物名称', r.pick(['日用百货', '机械配件', '冷冻食品', '建材', '电子产品', '塑料原料']), '件数', `${r.int(1, 400)}件`],
    ['重量（kg）', String(r.int(50, 30000)), '体积（m³）', String(r.int(1, 90))],
    [r.pick(['运费', '运费合计', '运费（元）']), `¥${grouped(fee)}`, '付款方式', r.pick(['现付', '到付', '月结', '回单付'])],
    ['运费大写', capital(fee, '元'), '', ''],
  ];
  let y = 230;
  for (const row of rows) {
    const wide = row[2] === '';
    table(ctx, 80, y, wide ? [220, 1320] : [220, 760, 180, 380], [wide ? row.slice(0, 2) : row], { face: f, size: 23, rowHeight: 62 });
    y += 62;
  }
  y += 50;
  font(ctx, f, 22);
  text(ctx, `托运人签字：`, 80, y);
  signature(ctx, r, person(r), 230, y + 5, 40);
  text(ctx, `承运人（盖章）：`, 620, y);
  text(ctx, `司机：${person(r)}`, 1200, y);
  roundSeal(ctx, r, 820, y - 20, 95, carrier.name, r.pick(['', '业务专用章']));
  return {
    canvas,
    truth: { waybill_no: no, shipper: shipper.name, consignee: consignee.name, route, freight_charge: plain(fee), plate: p },
    amounts: ['freight_charge'],
  };
}

export function customsDeclaration(r: Rand): Drawn {
  const c = company(r, { trade: r.pick(['贸易', '商贸', '供应链管理', '电子科技', '塑胶制品']) });
  const date = day(r, 2022, 2026);
  const exportSide = r.chance(0.6);
  const port = r.pick([
    ['5201', '黄埔海关'],
    ['5301', '深圳海关'],
    ['2900', '宁波海关'],
    ['2200', '上海海关'],
    ['4200', '青岛海关'],
  ] as const);
  const no = `${port[0]}${date.y}${exportSide ? '0' : '1'}${r.digits(9)}`;
  const mode = r.pick(['一般贸易', '一般贸易', '进料对口', '来料加工', '市场采购']);
  const currency = r.pick(['美元', '美元', '欧元', '人民币', '日元']);
  const currencyCode = ({ 美元: 'USD', 欧元: 'EUR', 人民币: 'CNY', 日元: 'JPY' } as Record<string, string>)[currency] ?? 'USD';
  const goods = lines(r, r.int(1, 4));
  const total = goods.reduce((a, b) => a + b.amount, 0);
  const W = 1800;
  const H = 1250;
  const { canvas, ctx } = page(W, H, '#ffffff');
  const f = face(r, ['song', 'hei']);
  font(ctx, { ...f, bold: true }, 40);
  text(ctx, `中华人民共和国海关${exportSide ? '出口' : '进口'}货物报关单`, W / 2, 80, '#111', 'center');
  font(ctx, f, 20);
  text(ctx, `预录入编号：${r.digits(18)}`, 60, 130);
  text(ctx, `海关编号：${no}`, 760, 130);
  text(ctx, `（${port[1]}）`, W - 60, 130, '#111', 'right');
  const codeStyle = r.chance(0.5);
  const grid: string[][] = [
    [
      exportSide ? '境内发货人' : '境内收货人',
      `${c.name}`,
      exportSide ? '出境关别' : '入境关别',
      `${port[1]}`,
      exportSide ? '出口日期' : '进口日期',
      fmtDate(date, 'compact'),
      '申报日期',
      fmtDate(date, 'compact'),
    ],
    [
      '统一社会信用代码',
      c.uscc,
      '运输方式',
      r.pick(['水路运输', '公路运输', '航空运输']),
      '运输工具名称及航次号',
      `${r.pick(['COSCO', 'MSC', 'EVER'])} ${r.digits(4)}W`,
      '提运单号',
      r.digits(12),
    ],
    [
      exportSide ? '境外收货人' : '境外发货人',
      r.pick(['ABC TRADING CO.,LTD', 'GLOBAL SOURCE LLC', 'SUNRISE IMPORT GMBH', 'PT MAJU JAYA']),
      '监管方式',
      codeStyle ? `${mode}` : mode,
      '征免性质',
      '一般征税',
      '许可证号',
      '',
    ],
    [
      '合同协议号',
      `${r.pick(['SC', 'HT'])}${r.digits(8)}`,
      '贸易国（地区）',
      r.pick(['美国', '德国', '印度尼西亚', '日本', '越南']),
      exportSide ? '运抵国（地区）' : '启运国（地区）',
      r.pick(['美国', '德国', '印度尼西亚', '日本', '越南']),
      '指运港',
      r.pick(['洛杉矶', '汉堡', '雅加达', '东京', '胡志明']),
    ],
    [
      '包装种类',
      r.pick(['纸制或纤维板制盒/箱', '再生木托', '袋']),
      '件数',
      String(r.int(10, 900)),
      '毛重（千克）',
      String(r.int(200, 20000)),
      '净重（千克）',
      String(r.int(150, 19000)),
    ],
    ['成交方式', r.pick(['FOB', 'CIF', 'CFR']), '运费', '', '保费', '', '杂费', ''],
  ];
  let y = 150;
  for (const row of grid) {
    y = table(ctx, 60, y, [190, 330, 160, 200, 200, 250, 150, 200], [row], { face: f, size: 19, rowHeight: 62 });
  }
  const head = ['项号', '商品编号', '商品名称及规格型号', '数量及单位', '单价/总价/币制', '原产国（地区）', '最终目的国（地区）', '征免'];
  const body = goods.map((g, i) => [
    String(i + 1),
    `${r.digits(8)}${r.digits(2)}`,
    `${g.name} ${g.spec}`,
    `${g.qty}${g.unit}`,
    `${plain(g.price)}/${plain(g.amount)}/${currency}`,
    exportSide ? '中国' : r.pick(['美国', '德国', '日本']),
    exportSide ? r.pick(['美国', '德国', '日本']) : '中国',
    '照章征税',
  ]);
  y = table(ctx, 60, y + 20, [70, 190, 380, 170, 340, 170, 190, 170], [head, ...body], { face: f, size: 19, rowHeight: 56 });
  font(ctx, f, 22);
  y += 50;
  const totalLabel = r.pick(['总价合计', '成交总价', '总价']);
  // 币制 printed as the Chinese name or as the ISO code; the truth is what the page prints.
  const printedCurrency = r.chance(0.6) ? currency : currencyCode;
  text(ctx, `${totalLabel}：${plain(total)}\u3000\u3000币制：${printedCurrency}`, 60, y);
  y += 45;
  text(ctx, `标记唛码及备注：N/M\u3000\u3000集装箱号：${r.pick(['TGHU', 'MSKU', 'CSNU'])}${r.digits(7)}`, 60, y);
  y += 45;
  text(ctx, '特殊关系确认：否\u3000\u3000价格影响确认：否\u3000\u3000支付特许权使用费确认：否\u3000\u3000自报自缴：是', 60, y);
  y += 45;
  font(ctx, f, 20);
  text(ctx, '兹申明对以上内容承担如实申报、依法纳税之法律责任', 60, y, '#333');
  font(ctx, f, 22);
  y += 60;
  text(ctx, `申报单位：${c.name}`, 60, y);
  text(ctx, `报关人员：${person(r)}`, 900, y);
  text(ctx, '海关批注及签章', 1400, y);
  roundSeal(ctx, r, r.int(420, 620), y + r.int(-10, 30), 90, c.name, r.pick(['报关专用章', '']));
  return {
    canvas,
    truth: { declaration_no: no, consignor: c.name, trade_mode: mode, total_value: plain(total), currency: printedCurrency },
    amounts: ['total_value'],
  };
}

// --- cash flow ---------------------------------------------------------------------------------------

export function bankStatement(r: Rand): Drawn {
  const c = company(r, { individual: r.chance(0.3) });
  const bank = c.bank.replace(/(分行|支行|分行营业部)$/, '');
  const from = day(r, 2023, 2025);
  const start = { y: from.y, m: from.m, d: 1 };
  const months = r.pick([1, 3, 6]);
  const endMonth = addDays({ y: start.y, m: start.m + months > 12 ? start.m + months - 12 : start.m + months, d: 1 }, -1);
  const end: Day = start.m + months > 12 ? { ...endMonth, y: start.y + 1 } : endMonth;
  const n = r.int(12, 24);
  let balance = cents(r, 5000, 400000);
  const opening = balance;
  let credit = 0;
  let debit = 0;
  const rows: string[][] = [];
  const head = r.pick([
    ['交易日期', '摘要', '对方户名', '借方发生额', '贷方发生额', '余额'],
    ['记账日期', '交易类型', '对方户名', '支出', '收入', '账户余额'],
    ['日期', '摘要', '对方账户名称', '借方金额', '贷方金额', '余额'],
  ]);
  const span = (Date.UTC(end.y, end.m - 1, end.d) - Date.UTC(start.y, start.m - 1, start.d)) / 86400000;
  const offsets = Array.from({ length: n }, () => r.int(0, span)).sort((a, b) => a - b);
  for (const off of offsets) {
    const inflow = r.chance(0.55);
    const amt = cents(r, 50, 80000);
    if (inflow) {
      credit += amt;
      balance += amt;
    } else {
      const a = Math.min(amt, balance);
      debit += a;
      balance -= a;
    }
    const cp = inflow
      ? r.pick([company(r).name, '支付宝（中国）网络技术有限公司', '财付通支付科技有限公司', person(r)])
      : r.pick([company(r).name, '国家税务总局', `${c.city.city}供电局`, person(r)]);
    const summary = inflow
      ? r.pick(['货款', '转账收入', '网银入账', '收款', '销售回款'])
      : r.pick(['货款', '工资', '转账支出', '电费', '税费', '房租']);
    rows.push([fmtDate(addDays(start, off), r.pick(['iso', 'compact'] as const)), summary, cp, '', '', grouped(balance)]);
  }
  // Recompute debit column from the balances so that every row is consistent.
  let prev = opening;
  debit = 0;
  credit = 0;
  for (const row of rows) {
    const bal = Math.round(Number((row[5] ?? '0').replace(/,/g, '')) * 100);
    const diff = bal - prev;
    if (diff >= 0) {
      row[3] = '';
      row[4] = grouped(diff);
      credit += diff;
    } else {
      row[3] = grouped(-diff);
      row[4] = '';
      debit += -diff;
    }
    prev = bal;
  }
  const W = 1400;
  const H = 1900;
  const { canvas, ctx } = page(W, H, '#ffffff');
  const f = face(r, ['hei', 'song']);
  font(ctx, { ...f, bold: true }, 38);
  text(ctx, `${bank}${r.pick(['账户交易明细', '对账单', '个人账户交易明细清单', '单位账户交易明细'])}`, W / 2, 100, '#111', 'center');
  font(ctx, f, 22);
  const masked = r.chance(0.5) ? `${c.account.slice(0, 6)}******${c.account.slice(-4)}` : c.account;
  const st = r.pick(['iso', 'cjk0', 'slash'] as const);
  const meta = [
    `${r.pick(['户名', '账户名称', '客户名称'])}：${c.name}`,
    `${r.pick(['账号', '账户', '卡号'])}：${masked}`,
    `${r.pick(['查询期间', '起止日期', '交易期间'])}：${fmtDate(start, st)}${r.pick(['至', ' - ', '~'])}${fmtDate(end, st)}`,
    `币种：人民币\u3000\u3000开户行：${c.bank}`,
  ];
  meta.forEach((m, i) => text(ctx, m, 60, 170 + i * 38));
  const widths = [170, 150, 380, 210, 210, 210];
  let y = table(ctx, 60, 340, widths, [head, ...rows], {
    face: f,
    size: 19,
    rowHeight: 52,
    horizontalOnly: r.chance(0.5),
    align: ['left', 'left', 'left', 'right', 'right', 'right'],
  });
  y += 50;
  font(ctx, f, 22);
  const totals = r.pick([
    [`借方发生额合计：${grouped(debit)}`, `贷方发生额合计：${grouped(credit)}`],
    [`支出合计：${grouped(debit)}`, `收入合计：${grouped(credit)}`],
    [`总支出：${grouped(debit)}`, `总收入：${grouped(credit)}`],
  ]);
  text(ctx, `${totals[1] ?? ''}\u3000\u3000${totals[0] ?? ''}\u3000\u3000笔数：${n}`, 60, y);
  y += 40;
  text(ctx, `打印日期：${fmtDate(addDays(end, r.int(1, 20)), 'iso')}\u3000\u3000打印柜员：${r.digits(6)}`, 60, y);
  roundSeal(ctx, r, W - 300, y - 30, 110, `${c.bank}`, r.pick(['业务专用章', '电子回单专用章', '']));
  return {
    canvas,
    truth: {
      account_name: c.name,
      account_no: masked,
      period: `${iso(start)}/${iso(end)}`,
      total_credit: plain(credit),
      total_debit: plain(debit),
    },
    amounts: ['total_credit', 'total_debit'],
  };
}

export function utilityBill(r: Rand): Drawn {
  const c = company(r, { individual: r.chance(0.4) });
  const electric = r.chance(0.6);
  const month = day(r, 2023, 2026);
  const start: Day = { y: month.y, m: month.m, d: 1 };
  const end = addDays({ y: month.m === 12 ? month.y + 1 : month.y, m: month.m === 12 ? 1 : month.m + 1, d: 1 }, -1);
  const usage = electric ? r.int(180, 9800) : r.int(8, 600);
  const price = electric ? r.pick([0.6283, 0.6469, 0.7, 0.8561, 0.9288]) : r.pick([3.45, 4.1, 5.2, 4.86]);
  const amount = Math.round(usage * price * 100);
  const accountNo = r.digits(electric ? 10 : 9);
  const supplier = electric
    ? r.pick([
        `国网${c.city.province.replace(/[省市]$/, '')}省电力有限公司${c.city.city}供电公司`,
        `广东电网有限责任公司${c.city.city}供电局`,
      ])
    : `${c.city.city}自来水有限公司`;
  const W = 1240;
  const H = 1500;
  const { canvas, ctx } = page(W, H, r.pick(['#ffffff', '#f7fbff']));
  const f = face(r);
  const theme = electric ? '#0f6a4a' : '#1a5aa0';
  ctx.fillStyle = theme;
  ctx.fillRect(0, 0, W, 130);
  font(ctx, { ...f, bold: true }, 40);
  text(
    ctx,
    electric ? r.pick(['电费缴费通知单', '电费账单', '电费发票（缴费凭证）']) : r.pick(['水费缴费通知单', '水费账单']),
    W / 2,
    85,
    '#ffffff',
    'center',
  );
  font(ctx, f, 22);
  text(ctx, supplier, W / 2, 175, '#333', 'center');
  const st = r.pick(['iso', 'cjk0', 'dot'] as const);
  const rows: string[][] = [
    [r.pick(['户名', '用户名称', '客户名称']), c.name],
    [r.pick(['户号', '用户编号', '客户编号']), accountNo],
    [r.pick(['用电地址', '地址', '用水地址']), c.address],
    [r.pick(['计费周期', '账单周期', '抄表期间']), `${fmtDate(start, st)}${r.pick(['至', '-', '—'])}${fmtDate(end, st)}`],
    ['上期示数', String(r.int(1000, 90000))],
    ['本期示数', '—'],
    [
      electric ? r.pick(['本期电量（千瓦时）', '用电量（kWh）', '结算电量']) : r.pick(['用水量（立方米）', '本期水量（m³）']),
      String(usage),
    ],
    ['单价（元）', String(price)],
    [r.pick(['本期电费（元）', '应缴金额', '本期应交金额（元）', '合计金额']), plain(amount)],
  ];
  const prevRead = Number(rows[4]?.[1] ?? 0);
  if (rows[5]) rows[5][1] = String(prevRead + usage);
  if (!electric && rows[8]) rows[8][0] = r.pick(['本期水费（元）', '应缴金额', '合计金额']);
  let y = table(ctx, 100, 230, [330, W - 200 - 330], rows, { face: f, size: 24, rowHeight: 66 });
  y += 60;
  font(ctx, f, 22);
  text(ctx, `金额大写：${capital(amount, '元')}`, 100, y);
  y += 45;
  text(ctx, `缴费截止日期：${fmtDate(addDays(end, 20), 'cjk0')}`, 100, y);
  y += 45;
  text(ctx, `服务热线：${electric ? '95598' : '96116'}`, 100, y);
  qr(ctx, r, W - 300, y - 40, 170);
  roundSeal(ctx, r, W / 2, y + 40, 100, supplier.slice(0, 18), r.pick(['收费专用章', '']));
  return {
    canvas,
    truth: {
      account_holder: c.name,
      account_no: accountNo,
      address: c.address,
      period: `${iso(start)}/${iso(end)}`,
      usage: `${usage}${electric ? 'kWh' : 'm³'}`,
      amount: plain(amount),
    },
    amounts: ['amount'],
  };
}

export function payrollSheet(r: Rand): Drawn {
  const c = company(r);
  const m = day(r, 2023, 2026);
  const n = r.int(6, 18);
  const rows: string[][] = [];
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    const base = r.int(28, 95) * 10000;
    const bonus = r.int(0, 30) * 5000;
    const deduct = Math.round((base + bonus) * r.real(0.08, 0.12));
    const net = base + bonus - deduct;
    total += net;
    rows.push([
      String(i + 1),
      person(r),
      r.pick(['店长', '厨师', '服务员', '司机', '仓管', '会计', '销售', '技术员']),
      plain(base),
      plain(bonus),
      plain(deduct),
      plain(net),
      '',
    ]);
  }
  const W = 1500;
  const H = 400 + (n + 2) * 48 + 250;
  const { canvas, ctx } = page(W, H, '#ffffff');
  const f = face(r, ['hei', 'song']);
  font(ctx, { ...f, bold: true }, 36);
  const monthText = r.pick([`${m.y}年${m.m}月`, `${m.y}年${String(m.m).padStart(2, '0')}月`, `${m.y}-${String(m.m).padStart(2, '0')}`]);
  text(ctx, `${c.name}`, W / 2, 90, '#111', 'center');
  text(ctx, `${monthText}${r.pick(['工资表', '员工工资发放表', '工资明细表'])}`, W / 2, 145, '#111', 'center');
  font(ctx, f, 20);
  text(ctx, `${r.pick(['所属月份', '工资月份'])}：${monthText}\u3000\u3000单位：元`, 60, 210);
  text(ctx, `制表日期：${fmtDate(addDays({ y: m.y, m: m.m, d: 28 }, r.int(3, 12)), 'iso')}`, W - 60, 210, '#111', 'right');
  const head = ['序号', '姓名', '岗位', '基本工资', '绩效奖金', '代扣社保个税', '实发工资', '签字'];
  rows.push(['合计', `${n}人`, '', '', '', '', plain(total), '']);
  const y = table(ctx, 60, 240, [80, 170, 150, 210, 200, 220, 220, 130], [head, ...rows], {
    face: f,
    size: 20,
    rowHeight: 48,
    align: ['center', 'left', 'left', 'right', 'right', 'right', 'right', 'left'],
  });
  rows.slice(0, -1).forEach((row, i) => signature(ctx, r, row[1] ?? '', 60 + 1250 + 8, 240 + (i + 1) * 48 + 36, 26));
  font(ctx, f, 22);
  text(ctx, `人数：${n}人\u3000\u3000实发合计：¥${grouped(total)}\u3000\u3000大写：${capital(total, '元')}`, 60, y + 50);
  text(ctx, `制表：${person(r)}\u3000\u3000审核：${person(r)}\u3000\u3000负责人：${c.legal}`, 60, y + 100);
  roundSeal(ctx, r, W - 300, y + 60, 95, c.name, r.pick(['财务专用章', '']));
  return {
    canvas,
    truth: { company: c.name, month: `${m.y}-${String(m.m).padStart(2, '0')}`, head_count: String(n), total: plain(total) },
    amounts: ['total'],
  };
}

export function socialInsuranceCertificate(r: Rand): Drawn {
  const c = company(r);
  const end = day(r, 2024, 2026);
  const months = r.int(3, 36);
  const heads = r.int(3, 80);
  const startM = (end.y * 12 + end.m - 1 - (months - 1)) | 0;
  const start: Day = { y: Math.floor(startM / 12), m: (startM % 12) + 1, d: 1 };
  const W = 1240;
  const H = 1600;
  const { canvas, ctx } = page(W, H, '#ffffff');
  const f = face(r, ['song', 'hei']);
  font(ctx, { ...f, bold: true }, 40);
  text(ctx, r.pick(['单位参保缴费证明', '社会保险缴费证明', '参保单位缴费情况证明']), W / 2, 120, '#111', 'center');
  font(ctx, f, 22);
  text(ctx, `证明编号：${r.digits(16)}`, W - 100, 180, '#333', 'right');
  font(ctx, f, 26);
  const ym = (d: Day): string => `${d.y}年${String(d.m).padStart(2, '0')}月`;
  const prose = `兹证明${c.name}（统一社会信用代码：${c.uscc}）在我${r.pick(['中心', '局'])}参加社会保险，${ym(start)}至${ym(end)}共缴费${months}个月，截至${ym(end)}参保人数为${heads}人。`;
  let y = 250;
  const paraLines = (s: string): void => {
    const width = W - 220;
    let line2 = '';
    let first = true;
    for (const ch of s) {
      const indent = first ? 52 : 0;
      if (ctx.measureText(line2 + ch).width > width - indent) {
        text(ctx, line2, 110 + indent, y);
        y += 48;
        line2 = '';
        first = false;
      }
      line2 += ch;
    }
    text(ctx, line2, 110 + (first ? 52 : 0), y);
    y += 60;
  };
  paraLines(prose);
  const rows = [
    ['险种', '参保人数', '缴费起始年月', '缴费截止年月', '缴费月数', '缴费状态'],
    ['企业职工基本养老保险', String(heads), ym(start), ym(end), String(months), '正常缴费'],
    ['失业保险', String(heads), ym(start), ym(end), String(months), '正常缴费'],
    ['工伤保险', String(heads), ym(start), ym(end), String(months), '正常缴费'],
    ['职工基本医疗保险', String(heads), ym(start), ym(end), String(months), '正常缴费'],
  ];
  y = table(ctx, 90, y, [290, 140, 180, 180, 120, 150], rows, {
    face: f,
    size: 21,
    rowHeight: 56,
    align: ['left', 'center', 'center', 'center', 'center', 'center'],
  });
  font(ctx, f, 22);
  y += 60;
  text(ctx, '特此证明。', 110, y);
  y += 50;
  text(ctx, '本证明可通过扫描二维码验证真伪，有效期三个月。', 110, y, '#444');
  qr(ctx, r, 110, y + 40, 160);
  const agency = `${c.city.city}社会保险基金管理局`;
  text(ctx, agency, W - 120, y + 120, '#111', 'right');
  text(ctx, fmtDate(addDays(end, r.int(1, 25)), 'cjk0'), W - 120, y + 170, '#111', 'right');
  roundSeal(ctx, r, W - 300, y + 120, 110, agency, '业务专用章');
  return { canvas, truth: { company: c.name, insured_head_count: String(heads), months_paid: String(months) }, amounts: [] };
}

const TAX_TYPES = ['增值税', '企业所得税', '个人所得税', '城市维护建设税', '印花税', '房产税'];

export function taxPaymentCertificate(r: Rand): Drawn {
  const c = company(r);
  const periodEnd = day(r, 2023, 2026);
  const quarterly = r.chance(0.5);
  const q = Math.floor((periodEnd.m - 1) / 3);
  const start: Day = quarterly ? { y: periodEnd.y, m: q * 3 + 1, d: 1 } : { y: periodEnd.y, m: periodEnd.m, d: 1 };
  const endNext = quarterly
    ? { y: q === 3 ? periodEnd.y + 1 : periodEnd.y, m: q === 3 ? 1 : q * 3 + 4, d: 1 }
    : { y: periodEnd.m === 12 ? periodEnd.y + 1 : periodEnd.y, m: periodEnd.m === 12 ? 1 : periodEnd.m + 1, d: 1 };
  const end = addDays(endNext, -1);
  const taxType = r.pick(TAX_TYPES);
  const amount = cents(r, 200, 300000);
  const paid = addDays(end, r.int(5, 20));
  const W = 1700;
  const H = 1100;
  const { canvas, ctx } = page(W, H, '#ffffff');
  const f = face(r, ['song', 'hei']);
  const ink = r.pick(['#1a1a1a', '#7a2a1a']);
  guilloche(ctx, r, 60, 60, W - 120, H - 120, '#f3e8e6');
  font(ctx, { ...f, bold: true }, 42);
  text(ctx, '中华人民共和国', W / 2, 90, ink, 'center');
  text(ctx, r.pick(['税收完税证明', '税 收 完 税 证 明']), W / 2, 150, ink, 'center');
  font(ctx, f, 22);
  text(ctx, `${r.pick(['No.', '№'])}${r.digits(3)}${r.digits(14)}`, W - 90, 150, '#c8161d', 'right');
  const st = r.pick(['iso', 'cjk0'] as const);
  text(ctx, `填发日期：${fmtDate(addDays(paid, r.int(0, 30)), st)}`, W / 2, 200, ink, 'center');
  text(ctx, `税务机关：国家税务总局${c.city.city}${r.pick(c.city.districts)}税务局`, W - 90, 200, ink, 'right');
  const rows: string[][] = [[r.pick(['纳税人识别号', '统一社会信用代码（纳税人识别号）']), c.uscc, '纳税人名称', c.name]];
  let y = table(ctx, 90, 230, [300, 430, 200, 590], rows, { face: f, size: 22, rowHeight: 62, lineColor: ink });
  const head = ['原凭证号', '税种', '品目名称', '税款所属时期', '入（退）库日期', '实缴（退）金额'];
  const taxRows: string[][] = [
    [
      r.digits(18),
      taxType,
      r.pick(['', '销售货物', '应纳税所得额', '工资薪金所得']),
      `${fmtDate(start, st)}至${fmtDate(end, st)}`,
      fmtDate(paid, st),
      plain(amount),
    ],
  ];
  y = table(ctx, 90, y, [280, 190, 190, 400, 220, 240], [head, ...taxRows], {
    face: f,
    size: 21,
    rowHeight: 62,
    lineColor: ink,
    align: ['left', 'left', 'left', 'center', 'center', 'right'],
  });
  y = table(ctx, 90, y, [300, 1220], [[`金额合计（大写）`, `${capital(amount, '元')}\u3000\u3000¥${grouped(amount)}`]], {
    face: f,
    size: 22,
    rowHeight: 62,
    lineColor: ink,
  });
  y = table(ctx, 90, y, [400, 400, 720], [['税务机关（盖章）', '填票人', '备注：正常申报 一般申报']], {
    face: f,
    size: 22,
    rowHeight: 140,
    lineColor: ink,
  });
  roundSeal(ctx, r, 290, y - 70, 100, `国家税务总局${c.city.city}${r.pick(c.city.districts)}税务局`, r.pick(['征税专用章', '']));
  font(ctx, f, 20);
  text(ctx, '妥善保管\u3000手写无效', W / 2, y + 60, ink, 'center');
  return {
    canvas,
    truth: { taxpayer_id: c.uscc, tax_period: `${iso(start)}/${iso(end)}`, tax_type: taxType, amount_paid: plain(amount) },
    amounts: ['amount_paid'],
  };
}
