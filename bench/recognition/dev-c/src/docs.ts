// The 26 voucher types: each drawer prints a page and returns the truth of the key fields it printed.
import { address, addYears, amount, capital, city, company, day, iso, money, person, plate, printDate, uscc, vin, type Day } from './data';
import { Page, type Field } from './draw';
import type { Rand } from './rand';

export interface Drawn {
  page: Page;
  truth: Record<string, string>;
  amounts: string[];
  layout: string;
}

type Layout = 'kv2' | 'kv2-ruled' | 'grid-above';

function newPage(r: Rand, landscape = false): Page {
  return landscape ? new Page(r, 1500, 1060) : new Page(r, 1120, 1580);
}

/** A certificate or permit page: title, number line, fields in one of three layouts, issuer, date and seal. */
function certificate(
  r: Rand,
  title: string,
  number: Field | null,
  fields: Field[],
  issuer: string,
  issued: Day,
  layouts: readonly Layout[] = ['kv2', 'kv2-ruled', 'grid-above'],
): { page: Page; layout: Layout } {
  const layout = r.pick(layouts);
  const page = newPage(r, r.chance(0.35));
  page.y += page.size;
  page.title(title, r.chance(0.5));
  const all = [...fields];
  if (number) {
    if (layout === 'grid-above' || r.chance(0.3)) all.unshift(number);
    else page.line(`${number.label}：${number.value}`, r.pick(['right', 'center'] as const), page.size, true);
  }
  page.y += page.size * 0.5;
  if (layout === 'grid-above') page.gridAbove(all, r.pick([2, 3]));
  else page.keyValues(all, layout === 'kv2-ruled');
  page.y += page.size * 2;
  page.line(`发证机关：${issuer}`, 'right');
  page.line(printDate(r, issued, ['ymd', 'ymdPad', 'cn']), 'right');
  page.sealOverValue(issuer.slice(0, 14), r.chance(0.4));
  return { page, layout };
}

const wideIf = (s: string, n = 16): boolean => s.length > n;

function businessLicence(r: Rand): Drawn {
  const c = city(r);
  const name = company(r, c);
  const est = day(r, 2005, 2023);
  const t = {
    name,
    uscc: uscc(r, c),
    legal_representative: person(r),
    established_date: iso(est),
    address: address(r, c),
    business_scope: r.pick([
      '一般项目：日用百货销售；五金产品批发；五金产品零售；电子产品销售；家用电器销售；办公用品销售；信息咨询服务（不含许可类信息咨询服务）',
      '许可项目：食品经营；餐饮服务。一般项目：食品销售（仅销售预包装食品）；餐饮管理；外卖递送服务',
      '普通货物道路运输；货物仓储（不含危险化学品）；装卸搬运；国内货物运输代理；供应链管理服务',
    ]),
  };
  const { page, layout } = certificate(
    r,
    '营业执照',
    { label: '统一社会信用代码', value: t.uscc },
    [
      { label: '名称', value: t.name, wide: wideIf(t.name) },
      { label: '类型', value: '有限责任公司（自然人投资或控股）', wide: true },
      { label: '法定代表人', value: t.legal_representative },
      { label: '注册资本', value: `${r.pick([50, 100, 200, 500, 1000])}万元整` },
      { label: '成立日期', value: printDate(r, est, ['ymd', 'ymdPad']) },
      { label: '营业期限', value: `${printDate(r, est, ['ymdPad'])}至长期` },
      { label: '住所', value: t.address, wide: r.chance(0.5) },
      { label: '经营范围', value: t.business_scope, wide: true },
    ],
    `${c.city}${r.pick(c.districts)}市场监督管理局`,
    day(r, 2023, 2025),
  );
  return { page, truth: t, amounts: [], layout };
}

function simplePermit(
  r: Rand,
  title: string,
  numberLabel: string,
  numberKey: string,
  numberValue: string,
  nameLabel: string,
  nameKey: string,
  extra: (c: ReturnType<typeof city>, name: string) => { fields: Field[]; truth: Record<string, string> },
  issuer: (c: ReturnType<typeof city>) => string,
): Drawn {
  const c = city(r);
  const name = company(r, c);
  const from = day(r, 2020, 2024);
  const until = addYears(from, 5);
  const { fields, truth } = extra(c, name);
  const validity: Field = r.chance(0.5)
    ? { label: '有效期至', value: printDate(r, until, ['ymd', 'ymdPad', 'slash']) }
    : { label: '有效期限', value: `${printDate(r, from, ['ymdPad'])}至${printDate(r, until, ['ymdPad'])}`, wide: true };
  const { page, layout } = certificate(
    r,
    title,
    { label: numberLabel, value: numberValue },
    [{ label: nameLabel, value: name, wide: wideIf(name) }, ...fields, validity],
    issuer(c),
    from,
  );
  return { page, truth: { [numberKey]: numberValue, [nameKey]: name, ...truth, valid_until: iso(until) }, amounts: [], layout };
}

const foodPermit = (r: Rand): Drawn =>
  simplePermit(
    r,
    '食品经营许可证',
    '许可证编号',
    'permit_no',
    `JY${r.int(1, 2)}${r.digits(13)}`,
    '经营者名称',
    'operator_name',
    (c) => {
      const u = uscc(r, c);
      const prem = address(r, c);
      return {
        fields: [
          { label: '社会信用代码', value: u },
          { label: '法定代表人', value: person(r) },
          { label: '经营场所', value: prem, wide: r.chance(0.4) },
          { label: '主体业态', value: r.pick(['餐饮服务经营者', '食品销售经营者（网络经营）', '单位食堂']) },
          { label: '经营项目', value: '预包装食品（含冷藏冷冻食品）销售；热食类食品制售；冷食类食品制售', wide: true },
        ],
        truth: { uscc: u, premises: prem },
      };
    },
    (c) => `${c.city}市场监督管理局`,
  );

const roadOperating = (r: Rand): Drawn => {
  const scope = r.pick(['道路普通货物运输', '道路普通货物运输、货物专用运输（集装箱）', '道路普通货物运输、大型物件运输']);
  const c0 = city(r);
  return simplePermit(
    r,
    '道路运输经营许可证',
    r.pick(['许可证号', '证号']),
    'licence_no',
    `${c0.short}交运管许可${c0.city.slice(0, 1)}字${c0.code}${r.digits(6)}号`,
    '业户名称',
    'operator_name',
    (c) => ({
      fields: [
        { label: '地址', value: address(r, c), wide: true },
        { label: '经营范围', value: scope, wide: wideIf(scope, 12) },
        { label: '经济类型', value: '有限责任公司' },
      ],
      truth: { business_scope: scope },
    }),
    (c) => `${c.city}交通运输局`,
  );
};

const tobacco = (r: Rand): Drawn =>
  simplePermit(
    r,
    '烟草专卖零售许可证',
    '许可证号',
    'licence_no',
    `${r.pick(['44', '33', '43'])}${r.digits(10)}`,
    '企业（字号）名称',
    'name',
    (c) => {
      const a = address(r, c);
      return {
        fields: [
          { label: '负责人（经营者）', value: person(r) },
          { label: '经营场所', value: a, wide: r.chance(0.5) },
          { label: '经营范围', value: '卷烟、雪茄烟零售' },
        ],
        truth: { address: a },
      };
    },
    (c) => `${c.city}烟草专卖局`,
  );

const medical = (r: Rand): Drawn => {
  const scope = r.pick([
    '第三类医疗器械：6815注射穿刺器械，6864医用卫生材料及敷料，6866医用高分子材料及制品',
    'Ⅲ类：6822医用光学器具、仪器及内窥镜设备，6840临床检验分析仪器',
  ]);
  const c0 = city(r);
  return simplePermit(
    r,
    '医疗器械经营许可证',
    '许可证编号',
    'licence_no',
    `${c0.short}${c0.city.slice(0, 1)}食药监械经营许${r.int(2018, 2024)}${r.digits(4)}号`,
    '企业名称',
    'company',
    (c) => ({
      fields: [
        { label: '法定代表人', value: person(r) },
        { label: '企业负责人', value: person(r) },
        { label: '住所', value: address(r, c), wide: r.chance(0.5) },
        { label: '经营方式', value: '批零兼营' },
        { label: '经营范围', value: scope, wide: true },
      ],
      truth: { scope },
    }),
    (c) => `${c.city}市场监督管理局`,
  );
};

const construction = (r: Rand): Drawn => {
  const q = r.pick(['建筑工程施工总承包贰级', '市政公用工程施工总承包叁级', '建筑装修装饰工程专业承包贰级', '地基基础工程专业承包叁级']);
  return simplePermit(
    r,
    '建筑业企业资质证书',
    '证书编号',
    'certificate_no',
    `D${r.int(2, 3)}${r.digits(8)}`,
    '企业名称',
    'company',
    (c) => {
      const u = uscc(r, c);
      return {
        fields: [
          { label: '统一社会信用代码', value: u },
          { label: '详细地址', value: address(r, c), wide: true },
          { label: '法定代表人', value: person(r) },
          { label: '经济性质', value: '有限责任公司' },
          { label: '资质类别及等级', value: q, wide: r.chance(0.5) },
        ],
        truth: { uscc: u, qualification: q },
      };
    },
    (c) => `${c.prov.replace('省', '')}省住房和城乡建设厅`,
  );
};

const industrial = (r: Rand): Drawn => {
  const product = r.pick(['电线电缆', '危险化学品包装物、容器', '建筑防水卷材', '食品相关产品', '人造板']);
  return simplePermit(
    r,
    '全国工业产品生产许可证',
    '证书编号',
    'licence_no',
    `${r.pick(['粤', '浙', '苏'])}XK${r.int(10, 32)}-${r.digits(3)}-${r.digits(5)}`,
    '企业名称',
    'company',
    (c) => ({
      fields: [
        { label: '住所', value: address(r, c), wide: true },
        { label: '生产地址', value: address(r, c), wide: true },
        { label: '产品名称', value: product },
        { label: '检验方式', value: '发证检验' },
      ],
      truth: { product },
    }),
    (c) => `${c.prov}市场监督管理局`,
  );
};

function roadCertificate(r: Rand): Drawn {
  const c = city(r);
  const t = {
    certificate_no: `${c.short}交运管${c.city.slice(0, 1)}字${c.code}${r.digits(6)}号`,
    operator: company(r, c, r.pick(['物流', '运输', '货运'])),
    plate: plate(r, c),
    vehicle_type: r.pick(['重型厢式货车', '重型仓栅式货车', '中型普通货车', '重型半挂牵引车']),
    tonnage: `${r.int(2, 30)}吨`,
  };
  const from = day(r, 2021, 2024);
  const until = addYears(from, r.pick([3, 6]));
  const { page, layout } = certificate(
    r,
    '道路运输证',
    { label: '证号', value: t.certificate_no },
    [
      { label: '业户名称', value: t.operator, wide: wideIf(t.operator) },
      { label: '地址', value: address(r, c), wide: true },
      { label: '车辆号牌', value: t.plate },
      { label: '车辆类型', value: t.vehicle_type },
      { label: '吨（座）位', value: t.tonnage },
      { label: '经营范围', value: '道路普通货物运输' },
      { label: '有效期至', value: printDate(r, until, ['ymd', 'ymdPad', 'dot']) },
    ],
    `${c.city}交通运输局`,
    from,
    ['grid-above', 'kv2'],
  );
  return { page, truth: { ...t, valid_until: iso(until) }, amounts: [], layout };
}

function vehicleLicence(r: Rand): Drawn {
  const c = city(r);
  const reg = day(r, 2015, 2024);
  const owner = r.chance(0.6) ? company(r, c, r.pick(['物流', '运输'])) : person(r);
  const t = {
    plate: plate(r, c),
    vehicle_type: r.pick(['重型厢式货车', '轻型普通货车', '小型普通客车', '重型仓栅式货车']),
    owner,
    vin: vin(r),
    registration_date: iso(reg),
    rated_load: `${r.int(8, 180) * 100}kg`,
  };
  const layout: Layout = r.pick(['grid-above', 'kv2-ruled']);
  const page = new Page(r, 1500, 1000);
  page.title('中华人民共和国机动车行驶证', false);
  const fields: Field[] = [
    { label: '号牌号码', value: t.plate },
    { label: '车辆类型', value: t.vehicle_type },
    { label: '所有人', value: t.owner, wide: wideIf(owner) },
    { label: '住址', value: address(r, c), wide: true },
    { label: '使用性质', value: r.pick(['货运', '非营运']) },
    { label: '品牌型号', value: r.pick(['东风牌DFH5180XXY', '解放牌CA5250XXY', '福田牌BJ5045XXY']) },
    { label: '车辆识别代号', value: t.vin },
    { label: '发动机号码', value: r.digits(8) },
    { label: '注册日期', value: printDate(r, reg, ['dash', 'ymdPad']) },
    { label: '发证日期', value: printDate(r, addYears(reg, 0, false), ['dash']) },
    { label: '核定载质量', value: t.rated_load },
    { label: '总质量', value: `${r.int(100, 250) * 100}kg` },
  ];
  if (layout === 'grid-above') page.gridAbove(fields, 3);
  else page.keyValues(fields, true);
  page.sealOverValue(`${c.city}公安局交通警察支队`, r.chance(0.4));
  return { page, truth: t, amounts: [], layout };
}

function realEstate(r: Rand): Drawn {
  const c = city(r);
  const area = `${r.int(40, 400)}.${r.digits(2)}${r.pick(['㎡', '平方米'])}`;
  const t = {
    certificate_no: `${c.short}（${r.int(2016, 2024)}）${c.city}不动产权第${r.digits(7)}号`,
    right_holder: r.chance(0.5) ? person(r) : company(r, c),
    location: `${c.city.replace('市', '')}${r.pick(c.districts)}${r.pick(['花园', '雅苑', '商务中心'])}${r.int(1, 30)}栋${r.int(1, 30)}0${r.int(1, 6)}房`,
    area,
    use: r.pick(['城镇住宅用地/住宅', '商服用地/商业服务', '工业用地/工业']),
  };
  const { page, layout } = certificate(
    r,
    '不动产权证书',
    { label: r.pick(['证号', '不动产权证号']), value: t.certificate_no },
    [
      { label: '权利人', value: t.right_holder, wide: wideIf(t.right_holder) },
      { label: '共有情况', value: '单独所有' },
      { label: '坐落', value: t.location, wide: true },
      { label: '不动产单元号', value: `${c.code}${r.digits(6)}GB${r.digits(5)}F${r.digits(8)}`, wide: true },
      { label: '权利类型', value: '国有建设用地使用权/房屋所有权', wide: true },
      { label: '用途', value: t.use },
      { label: '面积', value: `房屋建筑面积${area}`, wide: true },
      { label: '使用期限', value: `${r.int(2050, 2090)}年${r.int(1, 12)}月${r.int(1, 28)}日止`, wide: true },
    ],
    `${c.city}规划和自然资源局`,
    day(r, 2016, 2024),
    ['kv2-ruled', 'grid-above'],
  );
  return { page, truth: { ...t, area }, amounts: [], layout };
}

/** Contracts in running prose: parties, address, area and prices inside sentences wrapping over lines. */
function contract(r: Rand, kind: 'lease' | 'sales' | 'purchase'): Drawn {
  const c = city(r);
  const page = newPage(r);
  const a = company(r, c);
  const b = r.chance(0.3) && kind === 'lease' ? person(r) : company(r, city(r));
  const signed = day(r, 2022, 2025);
  const from = { ...signed, d: 1, m: signed.m };
  const years = r.pick([1, 2, 3]);
  const to = addYears(from, years);
  const price = amount(r, 20000, 900000, 100);
  const commas = r.chance(0.6);
  const no = `${r.pick(['HT', 'XS', 'CG', 'ZL'])}-${signed.y}-${r.digits(4)}`;
  const title =
    kind === 'lease' ? r.pick(['房屋租赁合同', '商铺租赁合同']) : kind === 'sales' ? '销售合同' : r.pick(['采购合同', '购销合同（采购）']);
  page.y += page.size;
  page.title(title, r.chance(0.4));
  page.line(`合同编号：${no}`, 'right');
  const roles =
    kind === 'lease'
      ? ['出租方（甲方）', '承租方（乙方）']
      : kind === 'sales'
        ? ['甲方（卖方）', '乙方（买方）']
        : ['甲方（采购方）', '乙方（供货方）'];
  page.prose(`${roles[0] ?? ''}：${a}，住所地${address(r, c)}，法定代表人${person(r)}。`, false);
  page.prose(`${roles[1] ?? ''}：${b}，联系地址${address(r, c)}。`, false);
  const fromP = printDate(r, from, ['ymd', 'ymdPad']);
  const toP = printDate(r, to, ['ymd', 'ymdPad']);
  let truth: Record<string, string>;
  if (kind === 'lease') {
    const addr = address(r, c);
    const area = `${r.int(30, 600)}.${r.digits(2)}平方米`;
    page.prose(
      `根据《中华人民共和国民法典》及有关规定，甲乙双方在平等、自愿、协商一致的基础上，就乙方承租甲方房屋事宜订立本合同。第一条 甲方将位于${addr}的房屋出租给乙方使用，建筑面积${area}，用途为商业经营。`,
    );
    page.prose(
      `第二条 租赁期限自${fromP}起至${toP}止，共${years}年。第三条 该房屋月租金为人民币${money(price / 100, commas)}元（大写：${capital(price / 100)}），乙方应于每月五日前支付当月租金。`,
    );
    truth = { lessor: a, lessee: b, address: addr, area, rent: (price / 100).toFixed(2), term: `${iso(from)}/${iso(to)}` };
  } else {
    page.prose(
      `经甲乙双方友好协商，根据《中华人民共和国民法典》，就${r.pick(['钢材', '包装材料', '电子元器件', '冷冻食品', '办公家具'])}买卖事宜达成如下条款，共同遵守。第一条 合同总价款为人民币${money(price, commas)}元（大写：${capital(price)}），含${r.pick([13, 9, 6])}%增值税。`,
    );
    page.prose(`第二条 本合同有效期自${fromP}起至${toP}止。第三条 交货地点：${address(r, c)}，运费由乙方承担。`);
    truth = {
      contract_no: no,
      party_a: a,
      party_b: b,
      amount: price.toFixed(2),
      signing_date: iso(signed),
      term: `${iso(from)}/${iso(to)}`,
    };
  }
  page.prose('第四条 任何一方违约的，应向守约方支付合同总额百分之十的违约金。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。');
  page.y += page.size * 2;
  const y0 = page.y;
  page.line(`甲方（盖章）：`, 'left');
  page.line(`代表人：`, 'left');
  page.signature(page.margin + page.size * 5, y0 + page.size * 1.5, person(r));
  page.y = y0;
  page.line(`乙方（盖章）：          `, 'right');
  page.line(`签订日期：${printDate(r, signed, ['ymd', 'ymdPad', 'cn'])}`, 'right');
  page.seal(page.margin + page.width * 0.15, y0 + page.size, a.slice(0, 16));
  page.seal(page.width * 0.72, y0 + page.size, (b.length > 4 ? b : `${b}合同专用章`).slice(0, 16));
  return { page, truth, amounts: kind === 'lease' ? ['rent'] : ['amount'], layout: 'prose' };
}

function invoice(r: Rand, special: boolean): Drawn {
  const c = city(r);
  const page = newPage(r, true);
  const date = day(r, 2023, 2025);
  const no = r.chance(0.5) ? `${date.y % 100}${c.code.slice(0, 2)}${r.digits(16)}` : r.digits(8);
  const buyer = company(r, city(r));
  const seller = company(r, c);
  const rate = special ? r.pick([13, 9, 6]) : r.pick([3, 1, 13]);
  const n = r.int(1, 4);
  let amt = 0;
  const rows: string[][] = [];
  for (let i = 0; i < n; i += 1) {
    const qty = r.int(1, 200);
    const unit = amount(r, 5, 900);
    const line = Math.round(qty * unit * 100) / 100;
    amt += line;
    rows.push([
      r.pick(['*钢材*热轧卷板', '*食品*冷冻猪肉', '*纸制品*瓦楞纸箱', '*运输服务*运输费']),
      r.pick(['吨', '件', '箱', '次']),
      String(qty),
      unit.toFixed(2),
      line.toFixed(2),
      `${rate}%`,
      ((line * rate) / 100).toFixed(2),
    ]);
  }
  amt = Math.round(amt * 100) / 100;
  const tax = Math.round(rows.reduce((s, row) => s + Number(row[6]), 0) * 100) / 100;
  const total = Math.round((amt + tax) * 100) / 100;
  page.title(special ? '电子发票（增值税专用发票）' : '电子发票（普通发票）', false);
  page.gridAbove(
    [
      { label: '发票号码', value: no },
      { label: '开票日期', value: printDate(r, date, ['ymd', 'ymdPad']) },
      { label: '购买方名称', value: buyer },
      { label: '购买方统一社会信用代码/纳税人识别号', value: uscc(r, c) },
      { label: '销售方名称', value: seller },
      { label: '销售方统一社会信用代码/纳税人识别号', value: uscc(r, c) },
    ],
    2,
  );
  page.table(
    ['项目名称', '单位', '数量', '单价', '金额', '税率/征收率', '税额'],
    rows,
    [3.2, 0.8, 0.9, 1.2, 1.5, 1.1, 1.3],
    [false, false, true, true, true, true, true],
    [['合计', '', '', '', `¥${amt.toFixed(2)}`, '', `¥${tax.toFixed(2)}`]],
  );
  page.line(`价税合计（大写）  ⊗${capital(total)}          （小写）¥${total.toFixed(2)}`, 'left', page.size, true);
  page.line(`开票人：${person(r)}`, 'right');
  if (r.chance(0.5)) page.sealOverValue(`${seller.slice(0, 12)}发票专用章`, true);
  return {
    page,
    truth: { invoice_no: no, date: iso(date), buyer, seller, amount: amt.toFixed(2), tax: tax.toFixed(2), total: total.toFixed(2) },
    amounts: ['amount', 'tax', 'total'],
    layout: 'grid-above+table',
  };
}

function purchaseOrder(r: Rand): Drawn {
  const c = city(r);
  const page = newPage(r);
  const date = day(r, 2023, 2025);
  const buyer = company(r, c);
  const seller = company(r, city(r));
  const no = `PO${date.y}${String(date.m).padStart(2, '0')}${r.digits(4)}`;
  const rows: string[][] = [];
  let sum = 0;
  for (let i = 0; i < r.int(3, 8); i += 1) {
    const q = r.int(1, 300);
    const p = amount(r, 2, 500);
    const v = Math.round(q * p * 100) / 100;
    sum += v;
    rows.push([
      String(i + 1),
      r.pick(['A4复印纸', '不锈钢螺栓M8', '食用油5L', '纸箱', 'PVC管']),
      r.pick(['箱', '个', '桶', '米']),
      String(q),
      p.toFixed(2),
      v.toFixed(2),
    ]);
  }
  sum = Math.round(sum * 100) / 100;
  page.title(r.pick(['订货单', '采购订单']), true);
  const layout: Layout = r.pick(['kv2', 'grid-above']);
  const fields: Field[] = [
    { label: '订单编号', value: no },
    { label: '订货日期', value: printDate(r, date) },
    { label: '订货单位', value: buyer, wide: wideIf(buyer) },
    { label: '供货单位', value: seller, wide: wideIf(seller) },
    { label: '交货地址', value: address(r, c), wide: true },
  ];
  if (layout === 'grid-above') page.gridAbove(fields, 2);
  else page.keyValues(fields, false);
  page.table(
    ['序号', '品名规格', '单位', '数量', '单价', '金额'],
    rows,
    [0.7, 3, 0.8, 1, 1.2, 1.6],
    [false, false, false, true, true, true],
    [['合计', '', '', '', '', money(sum, true)]],
  );
  page.line(`合计金额（大写）：${capital(sum)}`, 'left');
  page.line(`制单：${person(r)}    审核：${person(r)}`, 'left');
  if (r.chance(0.5)) page.sealOverValue(`${buyer.slice(0, 14)}`, r.chance(0.5));
  return {
    page,
    truth: { order_no: no, buyer, seller, amount: sum.toFixed(2), date: iso(date) },
    amounts: ['amount'],
    layout: `${layout}+table`,
  };
}

function deliveryNote(r: Rand): Drawn {
  const c = city(r);
  const page = newPage(r, true);
  const date = day(r, 2023, 2025);
  const consignor = company(r, c);
  const consignee = company(r, city(r));
  const no = `${r.pick(['No.', 'NO', ''])}${r.digits(7)}`;
  page.line(consignor, 'center', page.size * 1.5);
  page.title('送货单', true);
  const noShown = no;
  const layout: Layout = r.pick(['kv2', 'grid-above']);
  const fields: Field[] = [
    { label: '收货单位', value: consignee, wide: wideIf(consignee) },
    { label: '送货日期', value: printDate(r, date, ['ymd', 'slash', 'dash']) },
    { label: '单号', value: noShown },
    { label: '收货地址', value: address(r, city(r)), wide: true },
  ];
  if (layout === 'grid-above') page.gridAbove(fields, 3);
  else page.keyValues(fields, false);
  const rows: string[][] = [];
  for (let i = 0; i < r.int(2, 6); i += 1)
    rows.push([String(i + 1), r.pick(['瓦楞纸箱', '塑料托盘', '钢管', '冻品']), r.pick(['件', '箱']), String(r.int(1, 500)), '']);
  page.table(
    ['序号', '货品名称', '单位', '数量', '备注'],
    rows,
    [0.7, 3, 0.8, 1, 2],
    [false, false, false, true, false],
    [['合计', '', '', String(rows.reduce((s, x) => s + Number(x[3]), 0)), '']],
  );
  page.line(`送货人：          收货人签字：          `, 'left');
  page.signature(page.width * 0.55, page.y - page.size * 1.9, person(r));
  return {
    page,
    truth: { note_no: no.replace(/^No\.|^NO/, ''), consignor, consignee, date: iso(date) },
    amounts: [],
    layout: `${layout}+table`,
  };
}

function waybill(r: Rand): Drawn {
  const c = city(r);
  const to = city(r);
  const page = newPage(r, true);
  const charge = amount(r, 300, 18000, 10);
  const t = {
    waybill_no: `${r.pick(['YD', 'HY', ''])}${r.digits(10)}`,
    shipper: company(r, c),
    consignee: company(r, to),
    route: `${c.city.replace('市', '')}—${to.city.replace('市', '')}`,
    freight_charge: charge.toFixed(2),
    plate: plate(r, c),
  };
  page.title(r.pick(['公路货物运单', '货物托运单']), false);
  page.gridAbove(
    [
      { label: '运单号', value: t.waybill_no },
      { label: '托运日期', value: printDate(r, day(r, 2023, 2025)) },
      { label: '线路', value: t.route },
      { label: '托运人（发货单位）', value: t.shipper, wide: wideIf(t.shipper, 20) },
      { label: '发货地址', value: address(r, c), wide: true },
      { label: '收货人（收货单位）', value: t.consignee, wide: wideIf(t.consignee, 20) },
      { label: '收货地址', value: address(r, to), wide: true },
      { label: '货物名称', value: r.pick(['日用百货', '建材', '机械配件']) },
      { label: '件数', value: String(r.int(1, 400)) },
      { label: '重量（kg）', value: String(r.int(100, 30000)) },
      { label: '车牌号', value: t.plate },
      { label: '司机', value: person(r) },
      { label: '运费（元）', value: money(charge, r.chance(0.5)) },
      { label: '运费大写', value: capital(charge), wide: true },
    ],
    3,
  );
  if (r.chance(0.5)) page.sealOverValue(`${t.shipper.slice(0, 12)}业务专用章`, true);
  return { page, truth: t, amounts: ['freight_charge'], layout: 'grid-above' };
}

function customs(r: Rand): Drawn {
  const c = city(r);
  const page = newPage(r, true);
  const currency = r.pick(['美元', '欧元', '港币']);
  const rows: string[][] = [];
  let sum = 0;
  for (let i = 0; i < r.int(1, 4); i += 1) {
    const v = amount(r, 1000, 90000);
    sum += v;
    rows.push([
      String(i + 1),
      r.digits(10),
      r.pick(['塑料制餐具', '棉制针织T恤', 'LED灯具', '不锈钢锅']),
      `${r.int(10, 9000)}千克`,
      v.toFixed(2),
      currency,
    ]);
  }
  sum = Math.round(sum * 100) / 100;
  const t = {
    declaration_no: `${c.code.slice(0, 2)}${r.digits(2)}${r.int(2023, 2025)}${r.int(0, 1)}${r.digits(9)}`,
    consignor: company(r, c),
    trade_mode: r.pick(['一般贸易', '进料对口', '来料加工']),
    total_value: sum.toFixed(2),
    currency,
  };
  const exportForm = r.chance(0.6);
  page.title(`中华人民共和国海关${exportForm ? '出口' : '进口'}货物报关单`, false);
  page.gridAbove(
    [
      { label: '预录入编号', value: r.digits(18) },
      { label: '海关编号', value: t.declaration_no },
      { label: exportForm ? '出境关别' : '进境关别', value: r.pick(['黄埔海关', '宁波海关', '南沙海关']) },
      { label: exportForm ? '境内发货人' : '境内收货人', value: t.consignor, wide: wideIf(t.consignor, 20) },
      { label: '运输方式', value: r.pick(['水路运输', '公路运输']) },
      { label: '监管方式', value: t.trade_mode },
      { label: '征免性质', value: '一般征税' },
      { label: '贸易国（地区）', value: r.pick(['美国', '德国', '日本']) },
      { label: '成交方式', value: r.pick(['FOB', 'CIF']) },
      { label: '币制', value: currency },
    ],
    r.pick([3, 4]),
  );
  page.table(
    ['项号', '商品编号', '商品名称', '数量及单位', '总价', '币制'],
    rows,
    [0.6, 1.6, 2.4, 1.4, 1.4, 0.9],
    [false, false, false, true, true, false],
    [['', '', '', '总价合计', money(sum, false), currency]],
  );
  if (r.chance(0.5)) page.sealOverValue('报关专用章', true);
  return { page, truth: t, amounts: ['total_value'], layout: 'grid-above+table' };
}

function bankStatement(r: Rand): Drawn {
  const c = city(r);
  const page = newPage(r);
  const from = { y: r.int(2023, 2025), m: r.int(1, 9), d: 1 };
  const to: Day = { y: from.y, m: from.m + 2, d: 28 };
  const name = company(r, c);
  const acct = r.chance(0.5) ? r.digits(19) : `${r.digits(4)}********${r.digits(4)}`;
  page.title(r.pick(['账户交易明细对账单', '客户交易流水']), false);
  page.keyValues(
    [
      { label: '户名', value: name, wide: wideIf(name, 14) },
      { label: '账号', value: acct },
      { label: '币种', value: '人民币' },
      { label: '起止日期', value: `${printDate(r, from, ['dash'])} 至 ${printDate(r, to, ['dash'])}`, wide: true },
    ],
    false,
  );
  let bal = amount(r, 10000, 400000);
  let cr = 0;
  let dr = 0;
  const rows: string[][] = [];
  const n = r.int(10, 18);
  const days = Array.from({ length: n }, () => ({ y: from.y, m: from.m + r.int(0, 2), d: r.int(1, 28) })).sort(
    (p, q) => p.m - q.m || p.d - q.d,
  );
  for (let i = 0; i < n; i += 1) {
    const credit = r.chance(0.45);
    const v = amount(r, 100, 60000);
    if (credit) {
      cr += v;
      bal += v;
    } else {
      dr += v;
      bal -= v;
    }
    rows.push([
      iso(days[i] ?? from),
      r.pick(['货款', '转账', '工资', '房租', '网银转入', '税费']),
      credit ? '' : money(v, true),
      credit ? money(v, true) : '',
      money(bal, true),
      r.pick([person(r), company(r, city(r)).slice(0, 8)]),
    ]);
  }
  cr = Math.round(cr * 100) / 100;
  dr = Math.round(dr * 100) / 100;
  page.table(
    ['交易日期', '摘要', '借方发生额', '贷方发生额', '余额', '对方户名'],
    rows,
    [1.5, 1, 1.5, 1.5, 1.6, 1.8],
    [false, false, true, true, true, false],
    [['合计', `${n}笔`, money(dr, true), money(cr, true), '', '']],
  );
  page.line(`打印日期：${iso(addYears(to, 0, false))}`, 'right');
  page.sealOverValue(
    `${r.pick(['中国工商银行', '中国建设银行', '中国农业银行'])}${c.city.replace('市', '')}分行业务专用章`.slice(0, 16),
    r.chance(0.5),
  );
  return {
    page,
    truth: {
      account_name: name,
      account_no: acct,
      period: `${iso(from)}/${iso(to)}`,
      total_credit: cr.toFixed(2),
      total_debit: dr.toFixed(2),
    },
    amounts: ['total_credit', 'total_debit'],
    layout: 'kv2+table(借方/贷方/余额)',
  };
}

function utilityBill(r: Rand): Drawn {
  const c = city(r);
  const page = newPage(r);
  const electric = r.chance(0.6);
  const from = { y: r.int(2023, 2025), m: r.int(1, 11), d: 1 };
  const to: Day = { y: from.y, m: from.m, d: 28 };
  const use = r.int(80, 9000);
  const price = electric ? 0.68 : 3.45;
  const amt = Math.round(use * price * 100) / 100;
  const holder = company(r, c);
  const acct = r.digits(10);
  const addr = address(r, c);
  page.title(electric ? '电费缴费通知单' : '水费缴费通知单', false);
  page.keyValues(
    [
      { label: '户名', value: holder, wide: wideIf(holder, 14) },
      { label: '户号', value: acct },
      { label: '用电地址', value: addr, wide: false },
      { label: '计费周期', value: `${printDate(r, from, ['dash'])}至${printDate(r, to, ['dash'])}` },
    ].map((f) => (f.label === '用电地址' && !electric ? { ...f, label: '用水地址' } : f)),
    r.chance(0.5),
  );
  const unit = electric ? 'kWh' : 'm³';
  const prev = r.int(1000, 90000);
  page.table(
    ['项目', '上期示数', '本期示数', `用量（${unit}）`, '单价', '金额（元）'],
    [[electric ? '电度电费' : '水费', String(prev), String(prev + use), String(use), price.toFixed(2), amt.toFixed(2)]],
    [1.4, 1.2, 1.2, 1.2, 0.9, 1.4],
    [false, true, true, true, true, true],
    [['本期应缴', '', '', String(use), '', amt.toFixed(2)]],
  );
  page.line(`大写金额：${capital(amt)}`, 'left');
  return {
    page,
    truth: {
      account_holder: holder,
      account_no: acct,
      address: addr,
      period: `${iso(from)}/${iso(to)}`,
      usage: `${use}${unit}`,
      amount: amt.toFixed(2),
    },
    amounts: ['amount'],
    layout: 'kv2+meter-table',
  };
}

function payroll(r: Rand): Drawn {
  const c = city(r);
  const page = newPage(r, true);
  const name = company(r, c);
  const y = r.int(2023, 2025);
  const m = r.int(1, 12);
  const n = r.int(5, 14);
  let gross = 0;
  let net = 0;
  const rows: string[][] = [];
  for (let i = 0; i < n; i += 1) {
    const base = r.int(30, 120) * 100;
    const bonus = r.int(0, 30) * 50;
    const g = base + bonus;
    const ins = Math.round(g * 0.105 * 100) / 100;
    const tax = Math.max(0, Math.round((g - ins - 5000) * 0.03 * 100) / 100);
    const nv = Math.round((g - ins - tax) * 100) / 100;
    gross += g;
    net += nv;
    rows.push([
      String(i + 1),
      person(r),
      base.toFixed(2),
      bonus.toFixed(2),
      g.toFixed(2),
      ins.toFixed(2),
      tax.toFixed(2),
      nv.toFixed(2),
      '',
    ]);
  }
  net = Math.round(net * 100) / 100;
  page.line(name, 'center', page.size * 1.4);
  page.title(`${y}年${m}月工资表`, false);
  page.table(
    ['序号', '姓名', '基本工资', '绩效奖金', '应发工资', '社保个人', '个税', '实发工资', '签字'],
    rows,
    [0.6, 1, 1.1, 1.1, 1.2, 1.1, 0.9, 1.2, 1],
    [false, false, true, true, true, true, true, true, false],
    [['合计', `${n}人`, '', '', gross.toFixed(2), '', '', net.toFixed(2), '']],
  );
  page.line(`制表：${person(r)}    审核：${person(r)}`, 'left');
  return {
    page,
    truth: { company: name, month: `${y}-${String(m).padStart(2, '0')}`, head_count: String(n), total: net.toFixed(2) },
    amounts: ['total'],
    layout: 'table(应发/实发)',
  };
}

function socialInsurance(r: Rand): Drawn {
  const c = city(r);
  const page = newPage(r);
  const name = company(r, c);
  const heads = r.int(3, 80);
  const months = r.int(6, 36);
  page.title('参保缴费证明', true);
  page.prose(
    `兹证明${name}（统一社会信用代码：${uscc(r, c)}）在我中心参加社会保险，截至${printDate(r, day(r, 2024, 2025), ['ymd'])}，单位当前参保人数为${heads}人，已连续缴费${months}个月，无欠费记录。`,
  );
  page.table(
    ['险种', '参保人数', '缴费月数', '缴费状态'],
    ['养老保险', '医疗保险', '失业保险', '工伤保险'].map((k) => [k, String(heads), String(months), '正常缴费']),
    [2, 1.4, 1.4, 1.4],
    [false, true, true, false],
  );
  page.prose('特此证明。本证明仅证明参保缴费情况，可通过扫描二维码验证真伪。', false);
  page.y += page.size * 2;
  page.line(`${c.city}社会保险基金管理中心`, 'right');
  page.sealOverValue(`${c.city}社会保险基金管理中心`.slice(0, 14), false);
  return {
    page,
    truth: { company: name, insured_head_count: String(heads), months_paid: String(months) },
    amounts: [],
    layout: 'prose+table',
  };
}

function taxCertificate(r: Rand): Drawn {
  const c = city(r);
  const page = newPage(r, true);
  const id = uscc(r, c);
  const from = { y: r.int(2023, 2025), m: r.pick([1, 4, 7, 10]), d: 1 };
  const to: Day = { y: from.y, m: from.m + 2, d: from.m === 1 || from.m === 10 ? 31 : 30 };
  const kind = r.pick(['增值税', '企业所得税']);
  const items = kind === '增值税' ? ['货物销售', '商业', '交通运输业'] : ['应纳税所得额', '核定征收'];
  const rows: string[][] = [];
  let sum = 0;
  for (let i = 0; i < r.int(1, items.length); i += 1) {
    const v = amount(r, 300, 90000);
    sum += v;
    rows.push([
      `${r.digits(3)}${r.digits(15)}`,
      kind,
      items[i] ?? '',
      `${iso(from)}至${iso(to)}`,
      printDate(r, { ...to, m: to.m + 1 > 12 ? 12 : to.m + 1, d: 15 }, ['dash']),
      money(v, true),
    ]);
  }
  sum = Math.round(sum * 100) / 100;
  page.title('中华人民共和国税收完税证明', false);
  page.keyValues(
    [
      { label: '纳税人识别号', value: id },
      { label: '纳税人名称', value: company(r, c), wide: true },
    ],
    false,
  );
  page.table(
    ['原凭证号', '税种', '品目名称', '税款所属时期', '入（退）库日期', '实缴（退）金额'],
    rows,
    [2, 1.1, 1.3, 2.5, 1.3, 1.5],
    [false, false, false, false, false, true],
    [['合计', '', '', '', '', `¥${money(sum, true)}`]],
  );
  page.line(`金额合计（大写）${capital(sum)}`, 'left');
  page.line(`税务机关：国家税务总局${c.city}${r.pick(c.districts)}税务局    填票人：电子税务局`, 'left');
  page.sealOverValue('征税专用章', r.chance(0.6));
  return {
    page,
    truth: { taxpayer_id: id, tax_period: `${iso(from)}/${iso(to)}`, tax_type: kind, amount_paid: sum.toFixed(2) },
    amounts: ['amount_paid'],
    layout: 'kv2+table(税种/品目/所属时期/实缴金额)',
  };
}

function patent(r: Rand): Drawn {
  const c = city(r);
  const page = newPage(r);
  const y = r.int(2016, 2023);
  const kind = r.pick([1, 2]);
  const body = `${y}${kind}${r.digits(7)}`;
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let s = 0;
  body.split('').forEach((d, i) => (s += Number(d) * (w[i] ?? 0)));
  const chk = s % 11 === 10 ? 'X' : String(s % 11);
  const no = `ZL ${y} ${kind} ${body.slice(5)}.${chk}`;
  const title = r.pick(['一种可调节的物流托盘', '一种节能型食品烘干装置', '一种用于尼龙材料的改性方法', '一种便携式货物固定结构']);
  const holder = company(r, c);
  const grant = day(r, y + 1, y + 2);
  page.y += page.size * 2;
  page.title(kind === 1 ? '发明专利证书' : '实用新型专利证书', true);
  page.line(`证书号第${r.digits(7)}号`, 'center');
  page.prose(`${kind === 1 ? '发明' : '实用新型'}名称：${title}`, false);
  page.prose(`发明人：${person(r)}；${person(r)}`, false);
  page.prose(`专利号：${no}`, false);
  page.prose(`专利申请日：${printDate(r, day(r, y, y), ['ymd'])}`, false);
  page.prose(`专利权人：${holder}`, false);
  page.prose(`地址：${address(r, c)}`, false);
  page.prose(`授权公告日：${printDate(r, grant, ['ymd'])}`, false);
  page.prose('本专利的专利权期限自申请日起算。专利权人应当依照专利法及其实施细则规定缴纳年费。', true);
  page.y += page.size * 2;
  page.line(`局长  ${person(r)}`, 'right');
  page.sealOverValue('国家知识产权局', false);
  return { page, truth: { patent_no: no, title, patentee: holder, grant_date: iso(grant) }, amounts: [], layout: 'prose-lines' };
}

function highTech(r: Rand): Drawn {
  const c = city(r);
  const issued = day(r, 2020, 2025);
  const no = `GR${issued.y}${c.code.slice(0, 2)}${r.digits(6)}`;
  const name = company(r, c, r.pick(['电子科技', '新材料科技', '智能装备']));
  const layout = r.pick(['prose', 'kv2'] as const);
  const page = newPage(r, true);
  page.y += page.size * 2;
  page.title('高新技术企业证书', true);
  if (layout === 'prose') {
    page.line(name, 'center', page.size * 1.4);
    page.prose('经认定，该企业为高新技术企业，特发此证。有效期三年。');
    page.line(`证书编号：${no}`, 'left', page.size, true);
    page.line(`发证时间：${printDate(r, issued, ['ymd', 'ymdPad'])}`, 'left');
  } else {
    page.keyValues(
      [
        { label: '企业名称', value: name, wide: true },
        { label: '证书编号', value: no },
        { label: '发证时间', value: printDate(r, issued, ['ymd', 'ymdPad']) },
        { label: '有效期', value: '三年' },
      ],
      true,
    );
  }
  page.y += page.size * 2;
  page.line(`${c.prov}科学技术厅  ${c.prov}财政厅  国家税务总局${c.prov}税务局`, 'right', page.size * 0.9);
  page.sealOverValue(`${c.prov}科学技术厅`, r.chance(0.3));
  return { page, truth: { certificate_no: no, company: name, issue_date: iso(issued) }, amounts: [], layout };
}

export const DRAWERS: Readonly<Record<string, (r: Rand) => Drawn>> = {
  business_licence: businessLicence,
  food_business_permit: foodPermit,
  road_transport_operating_licence: roadOperating,
  tobacco_retail_licence: tobacco,
  medical_device_business_licence: medical,
  construction_qualification_certificate: construction,
  industrial_production_licence: industrial,
  road_transport_certificate: roadCertificate,
  vehicle_licence: vehicleLicence,
  real_estate_certificate: realEstate,
  lease_contract: (r) => contract(r, 'lease'),
  vat_special_invoice: (r) => invoice(r, true),
  vat_ordinary_invoice: (r) => invoice(r, false),
  sales_contract: (r) => contract(r, 'sales'),
  purchase_contract: (r) => contract(r, 'purchase'),
  purchase_order: purchaseOrder,
  delivery_note: deliveryNote,
  freight_waybill: waybill,
  customs_declaration: customs,
  bank_statement: bankStatement,
  utility_bill: utilityBill,
  payroll_sheet: payroll,
  social_insurance_certificate: socialInsurance,
  tax_payment_certificate: taxCertificate,
  patent_certificate: patent,
  high_tech_enterprise_certificate: highTech,
};
