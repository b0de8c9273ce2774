// Licences, permits and certificates: the SAMR business licence (landscape, emblem, QR code, two columns,
// red seal over the date), and the many permits printed as a title over label/value rows.
import type { Drawn } from './doc';
import { addDays, addYears, company, day, fmtDate, hanDate, iso, person, plate, type Company, type DateStyle, type Day } from './data';
import {
  emblem,
  font,
  frame,
  guilloche,
  justified,
  page,
  para,
  pickFace,
  qr,
  rect,
  roundSeal,
  spaced,
  line,
  text,
  type Ctx,
  type Face,
  FONTS,
} from './draw';
import type { Rand } from './rng';

const DIGIT_CN = [...'零壹贰叁肆伍陆柒捌玖'];

function capitalWan(r: Rand): string {
  const wan = r.pick([10, 30, 50, 100, 200, 300, 500, 800, 1000, 2000, 5000]);
  if (r.chance(0.5)) return `人民币${wan}万元`;
  const s = String(wan);
  const units = ['', '拾', '佰', '仟'];
  let out = '';
  [...s].forEach((c, i) => {
    const d = Number(c);
    if (d > 0) out += (DIGIT_CN[d] ?? '') + (units[s.length - 1 - i] ?? '');
  });
  return `${out}万元整`;
}

const SCOPES: Record<string, readonly string[]> = {
  default: [
    '一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发；信息系统集成服务；计算机软硬件及辅助设备零售。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）',
    '一般项目：国内贸易代理；日用百货销售；五金产品批发；建筑材料销售；电子产品销售；办公用品销售。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）',
    '许可项目：道路货物运输（不含危险货物）。（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）一般项目：国内货物运输代理；装卸搬运。',
    '许可项目：餐饮服务；食品经营（销售散装食品）。（依法须经批准的项目，经相关部门批准后方可开展经营活动）一般项目：餐饮管理；外卖递送服务。',
    '塑料制品制造；五金产品制造；模具制造；货物进出口；技术进出口。（依法须经批准的项目，经相关部门批准后方可开展经营活动）',
    '房屋建筑工程、市政公用工程、装饰装修工程施工；建筑劳务分包；建筑材料批发。（依法须经批准的项目，经相关部门批准后方可开展经营活动）',
  ],
};

/** 营业执照 as SAMR prints it since 2016 (正本 landscape or 副本). */
export function businessLicence(r: Rand): Drawn {
  const individual = r.chance(0.25);
  const c = company(r, { individual });
  const est = day(r, 2008, 2024);
  const W = 1800;
  const H = 1270;
  const { canvas, ctx } = page(W, H, r.pick(['#fdfbf4', '#fbf7ec', '#fffdf7']));
  guilloche(ctx, r, 60, 60, W - 120, H - 120, r.pick(['#efe2c8', '#f1dccf', '#e9e4cf']));
  frame(ctx, 40, 40, W - 80, H - 80, r.pick(['#c79a3c', '#b8862d', '#c9a24e']));
  emblem(ctx, W / 2, 175, 70);
  const titleFace: Face = { family: r.pick([FONTS.song[1], FONTS.hei[0]]), bold: true };
  font(ctx, titleFace, 104);
  spaced(ctx, '营业执照', W / 2, 365, 44, '#1f1f1f');
  const copy = r.pick(['（副\u3000本）', '（副本）', '', '']);
  font(ctx, { family: FONTS.song[1], bold: false }, 34);
  if (copy) text(ctx, copy, W / 2, 420, '#222', 'center');
  const face = pickFace(r, r.pick(['song', 'hei'] as const));
  // Top left: the USCC in the header, with the 证照编号 under it.
  font(ctx, face, 30);
  const usccLabel = r.pick(['统一社会信用代码', '统一社会信用代码']);
  text(ctx, usccLabel, 120, 300);
  font(ctx, face, 34, true);
  text(ctx, c.uscc, 120, 345);
  font(ctx, face, 22);
  text(ctx, `证照编号：${r.digits(20).slice(0, 18)}`, 120, 385, '#333');
  // Top right: the QR code and its caption.
  qr(ctx, r, W - 330, 190, 190);
  font(ctx, face, 16);
  para(ctx, '扫描二维码登录“国家企业信用信息公示系统”了解更多登记、备案、许可、监管信息。', W - 360, 410, 260, 22, '#333');

  const truth: Record<string, string> = { name: c.name, uscc: c.uscc };
  const size = 32;
  const lh = 54;
  const labelW = 150;
  const leftX = 150;
  const valueX = leftX + labelW + 40;
  const rightX = W / 2 + 110;
  const rightValueX = rightX + labelW + 40;
  const y0 = 520;
  const estStyle: DateStyle = 'cjk0';
  const row = (x: number, vx: number, y: number, label: string, value: string, width: number): number => {
    font(ctx, face, size);
    justified(ctx, label, x, y, labelW);
    return para(ctx, value, vx, y, width, lh - 6);
  };
  const colW = W / 2 - 60 - valueX + 40;
  let y = row(leftX, valueX, y0, '名称', c.name, colW);
  y = row(
    leftX,
    valueX,
    y + 14,
    '类型',
    individual ? '个体工商户' : r.pick(['有限责任公司（自然人投资或控股）', '有限责任公司（自然人独资）', '其他有限责任公司']),
    colW,
  );
  const legalLabel = individual ? '经营者' : '法定代表人';
  y = row(leftX, valueX, y + 14, legalLabel, c.legal, colW);
  truth.legal_representative = c.legal;
  const scope = individual
    ? r.pick(['餐饮服务；预包装食品零售。', '日用百货、五金交电零售；烟草制品零售。', '小型餐饮服务（不含凉菜、生食海产品）。'])
    : r.pick(SCOPES.default ?? []);
  const scopeLabel = individual ? '经营范围' : '经营范围';
  font(ctx, face, size);
  justified(ctx, scopeLabel, leftX, y + 14, labelW);
  font(ctx, face, 26);
  para(ctx, scope, valueX, y + 14, colW, 38);
  truth.business_scope = scope;

  let ry = y0;
  if (individual) {
    ry = row(rightX, rightValueX, ry, '组成形式', '个人经营', 520);
    ry = row(rightX, rightValueX, ry + 14, '注册日期', fmtDate(est, estStyle), 520);
  } else {
    ry = row(rightX, rightValueX, ry, '注册资本', capitalWan(r), 520);
    ry = row(rightX, rightValueX, ry + 14, '成立日期', fmtDate(est, estStyle), 520);
    const term = r.chance(0.5)
      ? '长期'
      : `${fmtDate(est, estStyle)}至${r.chance(0.5) ? '长期' : fmtDate(addYears(est, 20, true), estStyle)}`;
    ry = row(rightX, rightValueX, ry + 14, '营业期限', term, 520);
  }
  truth.established_date = iso(est);
  row(rightX, rightValueX, ry + 14, individual ? '经营场所' : '住所', c.address, 520);
  truth.address = c.address;

  // Registration authority, date and the red seal over them.
  const issued = addDays(est, r.int(0, 1500));
  font(ctx, face, 32);
  text(ctx, '登记机关', W - 560, H - 230);
  font(ctx, face, 34);
  text(ctx, fmtDate(issued, 'cjk0'), W - 470, H - 150, '#1a1a1a', 'center');
  roundSeal(ctx, r, W - 400, H - 230, 118, `${c.city.city}${r.pick(c.city.districts)}市场监督管理局`);
  font(ctx, face, 17);
  text(ctx, '国家企业信用信息公示系统网址：http://www.gsxt.gov.cn', 110, H - 110, '#333');
  text(ctx, '市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。', 110, H - 84, '#333');
  text(ctx, '国家市场监督管理总局监制', W / 2, H - 60, '#333', 'center');
  return { canvas, truth, amounts: [] };
}

// --- permits and certificates ------------------------------------------------------------------------

interface Row {
  label: string;
  value: string;
  key?: string;
  /** Values longer than a line wrap; a `small` row gets a smaller font. */
  small?: boolean;
}

interface CertSpec {
  title: string;
  subtitle?: string;
  top?: Row;
  rows: Row[];
  rightRows?: Row[];
  authority: string;
  issued: Day;
  theme: string;
  footer?: string;
  extraSeals?: string[];
  landscape?: boolean;
  /** Few rows in a large font in the middle of the page (honour-style certificates). */
  big?: boolean;
}

/** A permit or certificate: title, optional number at the top, label/value rows, authority, date and seal. */
function certificate(r: Rand, spec: CertSpec): Drawn {
  const landscape = spec.landscape ?? r.chance(0.5);
  const W = landscape ? 1800 : 1300;
  const H = landscape ? 1270 : 1800;
  const { canvas, ctx } = page(W, H, r.pick(['#fdfbf5', '#fcf8ee', '#fffefa', '#f7f9f6']));
  const style = r.pick(['ruled', 'colon', 'justified'] as const);
  if (r.chance(0.8)) guilloche(ctx, r, 70, 70, W - 140, H - 140, r.pick(['#e8eef3', '#f0e4d4', '#e7efe4', '#efe2e2']));
  frame(ctx, 40, 40, W - 80, H - 80, spec.theme);
  const face = pickFace(r, r.pick(['song', 'hei', 'song'] as const));
  const titleFace: Face = { family: r.pick([FONTS.song[1], FONTS.hei[0], FONTS.kai[0]]), bold: true };
  let y = 120;
  if (r.chance(0.5)) {
    emblem(ctx, W / 2, 150, 55);
    y = 230;
  }
  const titleSize = Math.min(84, (W - 300) / ([...spec.title].length * 1.4));
  font(ctx, titleFace, titleSize);
  spaced(ctx, spec.title, W / 2, y + titleSize, titleSize * 0.35, spec.theme === '#1e3f8a' ? '#1e3f8a' : '#b3201b');
  y += titleSize + 30;
  if (spec.subtitle) {
    font(ctx, face, 30);
    text(ctx, spec.subtitle, W / 2, y + 20, '#333', 'center');
    y += 50;
  }
  const truth: Record<string, string> = {};
  const note = (row: Row): void => {
    if (row.key) truth[row.key] = row.key === 'valid_until' || row.key.endsWith('_date') ? row.value : row.value;
  };
  if (spec.top) {
    font(ctx, face, 30);
    const right = r.chance(0.5);
    text(
      ctx,
      spec.top.label ? `${spec.top.label}：${spec.top.value}` : spec.top.value,
      right ? W - 140 : W / 2,
      y + 40,
      '#1a1a1a',
      right ? 'right' : 'center',
    );
    y += 80;
  } else y += 30;
  const left = spec.big ? W * 0.2 : 140;
  const usable = W - 2 * left;
  if (spec.big) y += 80;
  const twoCols = landscape && spec.rightRows !== undefined;
  const colW = twoCols ? usable * 0.6 : usable;
  const size = spec.big ? 44 : landscape ? 30 : 32;
  const lh = size * 1.55;
  const labelW = Math.max(...[...spec.rows, ...(spec.rightRows ?? [])].map((row) => [...row.label].length)) * size * 1.05 + 10;

  const drawRows = (rows: readonly Row[], x: number, top: number, width: number): number => {
    let ry = top;
    for (const row of rows) {
      font(ctx, face, row.small ? size * 0.85 : size);
      const valueW = width - labelW - 30;
      const lines = Math.max(1, Math.ceil(ctx.measureText(row.value).width / valueW));
      const rowH = lines * lh + (style === 'ruled' ? 18 : 10);
      if (style === 'ruled') {
        rect(ctx, x, ry, width, rowH, '#555', 1.2);
        line(ctx, x + labelW + 10, ry, x + labelW + 10, ry + rowH, '#555', 1.2);
        font(ctx, face, size);
        justified(ctx, row.label, x + 10, ry + lh * 0.78, labelW - 14);
        font(ctx, face, row.small ? size * 0.85 : size);
        para(ctx, row.value, x + labelW + 22, ry + lh * 0.78, valueW, lh);
      } else if (style === 'colon') {
        font(ctx, face, size);
        text(ctx, `${row.label}：`, x, ry + lh * 0.78);
        const lw = ctx.measureText(`${row.label}：`).width;
        font(ctx, face, row.small ? size * 0.85 : size);
        para(ctx, row.value, x + lw, ry + lh * 0.78, width - lw, lh);
      } else {
        font(ctx, face, size);
        justified(ctx, row.label, x, ry + lh * 0.78, labelW - 14);
        font(ctx, face, row.small ? size * 0.85 : size);
        para(ctx, row.value, x + labelW + 22, ry + lh * 0.78, valueW, lh);
      }
      note(row);
      ry += rowH;
    }
    return ry;
  };
  if (spec.top) note(spec.top);
  const endLeft = drawRows(spec.rows, left, y, colW);
  let endRight = y;
  if (twoCols && spec.rightRows) endRight = drawRows(spec.rightRows, left + colW + 50, y, usable - colW - 50);
  else if (spec.rightRows) endRight = drawRows(spec.rightRows, left, endLeft, colW);
  const bottom = Math.max(endLeft, endRight);

  // Authority, date, seals.
  const ay = Math.max(bottom + 120, H - 260);
  font(ctx, face, 30);
  const date = r.pick(['cjk0', 'cjk', 'han'] as const);
  const dateText = date === 'han' ? hanDate(spec.issued) : fmtDate(spec.issued, date);
  text(ctx, `发证机关：${spec.authority}`, W - 150, ay, '#1a1a1a', 'right');
  text(ctx, dateText, W - 150, ay + 55, '#1a1a1a', 'right');
  roundSeal(ctx, r, W - 330, ay - 10, 120, spec.authority);
  (spec.extraSeals ?? []).forEach((s, i) => roundSeal(ctx, r, W - 640 - i * 300, ay - 10, 110, s));
  if (spec.footer) {
    font(ctx, face, 20);
    text(ctx, spec.footer, W / 2, H - 70, '#444', 'center');
  }
  if (r.chance(0.5)) qr(ctx, r, 110, H - 290, 150);
  return { canvas, truth, amounts: [] };
}

const dateText = (r: Rand, t: Day): string => fmtDate(t, r.pick(['cjk0', 'cjk0', 'cjk', 'iso'] as const));

/** 有效期至 / 有效期限 as a single date or a from-to range; truth is the end date. */
function validity(r: Rand, from: Day, to: Day, key = 'valid_until'): Row {
  const style = r.pick(['cjk0', 'cjk0', 'cjk'] as const);
  if (r.chance(0.5)) return { label: r.pick(['有效期至', '有效期至', '有效日期']), value: fmtDate(to, style), key };
  const row = { label: r.pick(['有效期限', '有效期']), value: `${fmtDate(from, style)}至${fmtDate(to, style)}` };
  return { ...row, key: `${key}:${iso(to)}` };
}

function fixValidity(d: Drawn): Drawn {
  for (const [k, v] of Object.entries(d.truth)) {
    const m = /^(\w+):(\d{4}-\d{2}-\d{2})$/.exec(k);
    if (m?.[1] && m[2]) {
      delete d.truth[k];
      d.truth[m[1]] = m[2];
    } else if (k === 'valid_until' || k.endsWith('_date')) {
      const mm = /(\d{4})[年.\-/](\d{1,2})[月.\-/](\d{1,2})/.exec(v);
      if (mm) d.truth[k] = `${mm[1]}-${(mm[2] ?? '').padStart(2, '0')}-${(mm[3] ?? '').padStart(2, '0')}`;
    }
  }
  return d;
}

const SAMR = (c: Company, r: Rand): string => `${c.city.city}${r.pick(c.city.districts)}市场监督管理局`;

export function foodBusinessPermit(r: Rand): Drawn {
  const c = company(r, { trade: r.pick(['餐饮管理', '食品', '商贸']), individual: r.chance(0.3) });
  const from = day(r, 2021, 2025);
  const to = addYears(from, 5, true);
  const permitNo = `JY${r.pick(['1', '2', '3'])}${c.city.division}${r.digits(7)}`;
  const rows: Row[] = [
    { label: r.pick(['经营者名称', '经营者名称']), value: c.name, key: 'operator_name' },
    { label: r.pick(['社会信用代码（身份证号码）', '统一社会信用代码', '社会信用代码']), value: c.uscc, key: 'uscc' },
    { label: r.pick(['法定代表人（负责人）', '法定代表人']), value: c.legal },
    { label: '住所', value: c.address },
    { label: '经营场所', value: c.address, key: 'premises' },
    {
      label: '主体业态',
      value: r.pick(['餐饮服务经营者（中型餐馆）', '食品销售经营者（便利店）', '单位食堂', '餐饮服务经营者（小型餐馆）']),
    },
    {
      label: '经营项目',
      value: r.pick([
        '热食类食品制售；冷食类食品制售',
        '预包装食品（含冷藏冷冻食品）销售；散装食品（不含冷藏冷冻食品）销售',
        '热食类食品制售；自制饮品制售',
      ]),
      small: true,
    },
    validity(r, from, to),
  ];
  const right: Row[] = [
    { label: '许可证编号', value: permitNo, key: 'permit_no' },
    { label: '日常监督管理机构', value: `${r.pick(c.city.districts)}市场监督管理所` },
    { label: '投诉举报电话', value: '12315' },
  ];
  return fixValidity(
    certificate(r, {
      title: '食品经营许可证',
      subtitle: r.pick(['（副本）', '（正本）', undefined]),
      rows,
      rightRows: right,
      authority: SAMR(c, r),
      issued: from,
      theme: '#2a6f3a',
    }),
  );
}

export function roadTransportOperatingLicence(r: Rand): Drawn {
  const c = company(r, { trade: r.pick(['物流', '汽车运输', '冷链物流', '供应链管理']) });
  const from = day(r, 2020, 2025);
  const to = addYears(from, r.pick([4, 6]), true);
  const short = c.city.plate[0] ?? '粤';
  const cityShort = c.city.short;
  const no = `${short}交运管许可${cityShort}字${c.city.division}${r.digits(6)}号`;
  const scope = r.pick([
    '道路普通货物运输',
    '道路普通货物运输；货物专用运输（集装箱）',
    '道路普通货物运输，货物专用运输（冷藏保鲜）',
    '普通货运；大型物件运输（一类）',
  ]);
  const rows: Row[] = [
    { label: r.pick(['业户名称', '经营者名称']), value: c.name, key: 'operator_name' },
    { label: '地址', value: c.address },
    { label: '经济类型', value: r.pick(['有限责任公司', '私营企业', '个体']) },
    { label: '经营范围', value: scope, key: 'business_scope' },
    validity(r, from, to),
  ];
  return fixValidity(
    certificate(r, {
      title: '道路运输经营许可证',
      subtitle: '中华人民共和国',
      top: { label: r.pick(['许可证号', '证号', '编号']), value: no, key: 'licence_no' },
      rows,
      authority: `${c.city.city}交通运输局`,
      issued: from,
      theme: '#1e3f8a',
      footer: '中华人民共和国交通运输部监制',
    }),
  );
}

export function tobaccoRetailLicence(r: Rand): Drawn {
  const c = company(r, { individual: true, city: undefined });
  const from = day(r, 2021, 2025);
  const to = addYears(from, 5, true);
  const no = `${c.city.division}${r.digits(6)}`;
  const rows: Row[] = [
    { label: r.pick(['企业（字号）名称', '名称', '企业名称']), value: c.name, key: 'name' },
    { label: r.pick(['负责人（经营者）', '经营者', '负责人']), value: c.legal },
    { label: r.pick(['经营场所', '经营地址', '地址']), value: c.address, key: 'address' },
    { label: '企业类型', value: '个体工商户' },
    { label: '许可范围', value: r.pick(['卷烟、雪茄烟零售', '卷烟零售、雪茄烟零售']) },
    { label: '供货单位', value: `${c.city.city.replace(/市$/, '')}市烟草公司${r.pick(c.city.districts)}分公司`, small: true },
    validity(r, from, to),
  ];
  return fixValidity(
    certificate(r, {
      title: '烟草专卖零售许可证',
      top: { label: r.pick(['许可证号', '证号']), value: no, key: 'licence_no' },
      rows,
      authority: `${c.city.city}烟草专卖局`,
      issued: from,
      theme: '#8a1e1e',
      footer: '国家烟草专卖局监制',
    }),
  );
}

export function medicalDeviceLicence(r: Rand): Drawn {
  const c = company(r, { trade: '医疗器械' });
  const from = day(r, 2020, 2025);
  const to = addYears(from, 5, true);
  const short = c.city.plate[0] ?? '粤';
  const no = `${short}${c.city.short}${r.pick(['药监械经营许', '食药监械经营许'])}${from.y}${r.digits(4)}号`;
  const scope = r.pick([
    'Ⅲ类：6815注射穿刺器械，6821医用电子仪器设备，6864医用卫生材料及敷料，6866医用高分子材料及制品',
    '2017年分类目录：Ⅲ类：02无源手术器械，07医用诊察和监护器械，14注输、护理和防护器械',
    'Ⅲ类医疗器械：22临床检验器械，6840体外诊断试剂',
  ]);
  const rows: Row[] = [
    { label: '企业名称', value: c.name, key: 'company' },
    { label: '统一社会信用代码', value: c.uscc },
    { label: '法定代表人', value: c.legal },
    { label: '企业负责人', value: person(r) },
    { label: '质量管理人', value: person(r) },
    { label: '住所', value: c.address },
    { label: '经营场所', value: c.address },
    { label: '经营方式', value: r.pick(['批零兼营', '批发', '零售']) },
    { label: '经营范围', value: scope, key: 'scope', small: true },
    validity(r, from, to),
  ];
  return fixValidity(
    certificate(r, {
      title: '医疗器械经营许可证',
      top: { label: r.pick(['许可证编号', '编号']), value: no, key: 'licence_no' },
      rows,
      authority: `${c.city.city}市场监督管理局`,
      issued: from,
      theme: '#1e3f8a',
      landscape: false,
      footer: '国家药品监督管理局监制',
    }),
  );
}

export function constructionQualification(r: Rand): Drawn {
  const c = company(r, { trade: r.pick(['建筑工程', '装饰工程']) });
  const from = day(r, 2021, 2025);
  const to = addYears(from, 5, true);
  const no = `D${r.pick(['2', '3'])}${c.city.division.slice(0, 2)}${r.digits(6)}`;
  const qual = r.pick([
    '建筑工程施工总承包贰级',
    '建筑工程施工总承包叁级；市政公用工程施工总承包叁级',
    '建筑装修装饰工程专业承包贰级',
    '施工劳务不分等级',
    '地基基础工程专业承包叁级；环保工程专业承包叁级',
  ]);
  const rows: Row[] = [
    { label: '企业名称', value: c.name, key: 'company' },
    { label: '统一社会信用代码', value: c.uscc, key: 'uscc' },
    { label: '详细地址', value: c.address },
    { label: '法定代表人', value: c.legal },
    { label: '经济性质', value: r.pick(['有限责任公司', '有限责任公司（自然人投资或控股）', '股份有限公司']) },
    { label: '资质类别及等级', value: qual, key: 'qualification' },
    validity(r, from, to),
  ];
  return fixValidity(
    certificate(r, {
      title: '建筑业企业资质证书',
      top: { label: '证书编号', value: no, key: 'certificate_no' },
      rows,
      authority: `${c.city.province === c.city.city ? c.city.city : c.city.province}住房和城乡建设厅`,
      issued: from,
      theme: '#1e3f8a',
      footer: '中华人民共和国住房和城乡建设部制',
    }),
  );
}

export function industrialProductionLicence(r: Rand): Drawn {
  const c = company(r, { trade: r.pick(['塑胶制品', '五金制品', '包装材料', '化工', '新材料科技', '建材']) });
  const from = day(r, 2020, 2025);
  const to = addYears(from, 5, true);
  const short = c.city.plate[0] ?? '粤';
  const no = `（${short}）XK${r.pick(['06', '13', '16', '22', '25'])}-${r.digits(3)}-${r.digits(5)}`;
  const product = r.pick([
    '电线电缆',
    '危险化学品包装物、容器',
    '建筑用钢筋',
    '人造板',
    '化肥',
    '水泥',
    '预应力混凝土铁路桥简支梁',
    '食品用塑料包装容器工具等制品',
  ]);
  const rows: Row[] = [
    { label: '企业名称', value: c.name, key: 'company' },
    { label: '住所', value: c.address },
    { label: '生产地址', value: c.address },
    { label: '产品名称', value: product, key: 'product' },
    { label: '统一社会信用代码', value: c.uscc },
    validity(r, from, to),
  ];
  return fixValidity(
    certificate(r, {
      title: '全国工业产品生产许可证',
      top: { label: '证书编号', value: no, key: 'licence_no' },
      rows,
      authority: `${c.city.province === c.city.city ? c.city.city : c.city.province}市场监督管理局`,
      issued: from,
      theme: '#8a1e1e',
    }),
  );
}

export function roadTransportCertificate(r: Rand): Drawn {
  const c = company(r, { trade: r.pick(['物流', '汽车运输']), individual: r.chance(0.3) });
  const from = day(r, 2021, 2025);
  const to = addYears(from, r.pick([1, 2, 4]), true);
  const no = `${c.city.division}${r.digits(6)}`;
  const p = plate(r, c.city);
  const vt = r.pick(['重型厢式货车', '重型仓栅式货车', '重型半挂牵引车', '中型厢式货车', '轻型厢式货车', '重型冷藏车', '轻型普通货车']);
  const tons = vt.startsWith('轻')
    ? r.pick(['1.49', '1.5', '1.7', '1.99'])
    : vt.startsWith('中')
      ? r.pick(['5', '6.5', '7.8'])
      : r.pick(['14.5', '18', '24.6', '30', '31.5']);
  const rows: Row[] = [
    { label: '业户名称', value: c.name, key: 'operator' },
    { label: '地址', value: c.address },
    { label: '车辆号牌', value: p, key: 'plate' },
    { label: '经营许可证号', value: `${c.city.division}${r.digits(6)}`, small: true },
    { label: '车辆类型', value: vt, key: 'vehicle_type' },
    { label: '吨（座）位', value: `${tons}吨`, key: 'tonnage' },
    { label: '车辆尺寸（mm）', value: `${r.int(5990, 11990)}×${r.pick([2300, 2550])}×${r.int(2800, 3990)}` },
    { label: '经营范围', value: r.pick(['普通货运', '道路普通货物运输', '货物专用运输（冷藏保鲜设备）']) },
    { label: r.pick(['有效期至', '审验有效期至']), value: dateText(r, to), key: 'valid_until' },
  ];
  return fixValidity(
    certificate(r, {
      title: '道路运输证',
      subtitle: '中华人民共和国',
      top: { label: r.pick(['证号', '编号']), value: no, key: 'certificate_no' },
      rows,
      authority: `${c.city.city}交通运输局`,
      issued: from,
      theme: '#1e3f8a',
      landscape: false,
    }),
  );
}

export function realEstateCertificate(r: Rand): Drawn {
  const holder = r.chance(0.5) ? company(r).name : person(r);
  const c = company(r);
  const year = r.int(2016, 2025);
  const no = `${c.city.plate[0] ?? '粤'}（${year}）${c.city.city}不动产权第${r.digits(7)}号`;
  const useKind = r.pick(['城镇住宅用地/住宅', '商业服务用地/商业', '工业用地/工业', '批发零售用地/商业服务', '城镇住宅用地/成套住宅']);
  const area = `${useKind.startsWith('工业') ? r.int(300, 6000) : useKind.startsWith('城镇') ? r.int(45, 180) : r.int(30, 600)}.${r.digits(2)}`;
  const land = `${r.int(2000, 60000)}.${r.digits(2)}`;
  const landFrom = day(r, 1998, 2020);
  const rows: Row[] = [
    { label: '权利人', value: holder, key: 'right_holder' },
    { label: '共有情况', value: r.pick(['单独所有', '共同共有', '按份共有']) },
    { label: '坐落', value: c.address, key: 'location' },
    { label: '不动产单元号', value: `${c.city.division}${r.digits(6)}GB${r.digits(5)}F${r.digits(8)}`, small: true },
    { label: '权利类型', value: '国有建设用地使用权/房屋所有权' },
    { label: '权利性质', value: r.pick(['出让/市场化商品房', '出让/自建房', '划拨/房改房']) },
    { label: '用途', value: useKind, key: 'use' },
    { label: '面积', value: `共有宗地面积${land}㎡/房屋建筑面积${area}㎡`, key: `area:${area}` },
    {
      label: '使用期限',
      value: `国有建设用地使用权${fmtDate(landFrom, 'cjk0')}起${fmtDate(addYears(landFrom, r.pick([40, 50, 70]), true), 'cjk0')}止`,
      small: true,
    },
    { label: '权利其他状况', value: `专有建筑面积：${area}㎡，分摊建筑面积：${r.int(3, 30)}.${r.digits(2)}㎡`, small: true },
  ];
  const d = certificate(r, {
    title: '不动产权证书',
    top: { label: '', value: no, key: 'certificate_no' },
    rows,
    authority: `${c.city.city}不动产登记中心`,
    issued: day(r, year, year),
    theme: '#2a6f3a',
    landscape: false,
  });
  // The area row carries the building area after the colon in the key.
  for (const k of Object.keys(d.truth))
    if (k.startsWith('area:')) {
      delete d.truth[k];
      d.truth.area = `${area}㎡`;
    }
  d.truth.certificate_no = no;
  return d;
}

function patentCheck(app: string): string {
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let s = 0;
  for (let i = 0; i < 12; i += 1) s += Number(app[i] ?? 0) * (w[i] ?? 0);
  const c = s % 11;
  return c === 10 ? 'X' : String(c);
}

const TITLES = [
  '一种基于图像识别的物流包裹分拣装置',
  '一种尼龙复合材料及其制备方法',
  '一种冷链运输车厢温度监控系统',
  '一种可拆卸式餐饮油烟净化设备',
  '一种自动化注塑模具顶出机构',
  '一种电线电缆护套的挤出成型工艺',
  '一种便携式多功能收纳货架',
  '一种建筑施工用防坠落安全网',
];

export function patentCertificate(r: Rand): Drawn {
  const c = company(r, { trade: r.pick(['科技', '新材料科技', '电子科技', '机械设备', '塑胶制品']) });
  const kind = r.pick(['1', '2', '2']);
  const filed = day(r, 2016, 2023);
  const app = `${filed.y}${kind}${r.digits(7)}`;
  const pno = `ZL${app}.${patentCheck(app)}`;
  const printedNo = `ZL ${filed.y} ${kind} ${app.slice(5)}.${patentCheck(app)}`;
  const granted = addDays(filed, r.int(120, 900));
  const title = r.pick(TITLES);
  const W = 1300;
  const H = 1800;
  const { canvas, ctx } = page(W, H, '#fdfbf3');
  guilloche(ctx, r, 70, 70, W - 140, H - 140, '#efe6cf');
  frame(ctx, 40, 40, W - 80, H - 80, '#b8862d');
  emblem(ctx, W / 2, 190, 60);
  const face = pickFace(r, r.pick(['song', 'kai'] as const));
  font(ctx, { family: FONTS.song[1], bold: true }, 80);
  spaced(ctx, kind === '1' ? '发明专利证书' : '实用新型专利证书', W / 2, 360, 24, '#1a1a1a');
  font(ctx, face, 30);
  text(ctx, `证书号第${r.int(1000000, 6999999)}号`, W / 2, 430, '#1a1a1a', 'center');
  const lines: string[] = [
    `${kind === '1' ? '发明' : '实用新型'}名称：${title}`,
    `${kind === '1' ? '发明' : '设计'}人：${person(r)}；${person(r)}；${person(r)}`,
    `专利号：${printedNo}`,
    `专利申请日：${fmtDate(filed, 'cjk0')}`,
    `专利权人：${c.name}`,
    `地址：${c.address}`,
    `授权公告日：${fmtDate(granted, 'cjk0')}`,
    `授权公告号：CN ${r.int(100000000, 120000000)} ${kind === '1' ? 'B' : 'U'}`,
  ];
  let y = 540;
  for (const l of lines) y = para(ctx, l, 150, y, W - 300, 50) + 18;
  font(ctx, face, 26);
  y = para(
    ctx,
    `国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发${kind === '1' ? '发明' : '实用新型'}专利证书并在专利登记簿上予以登记。专利权自授权公告之日起生效。专利权期限为${kind === '1' ? '二十' : '十'}年，自申请日起算。`,
    150,
    y + 30,
    W - 300,
    42,
    '#1a1a1a',
    52,
  );
  font(ctx, face, 30);
  text(ctx, '局长', W - 420, H - 260);
  text(ctx, '申长雨', W - 320, H - 260, '#1a1a1a');
  roundSeal(ctx, r, W - 330, H - 330, 120, '中华人民共和国国家知识产权局');
  qr(ctx, r, 120, H - 300, 140);
  return { canvas, truth: { patent_no: pno, title, patentee: c.name, grant_date: iso(granted) }, amounts: [] };
}

export function highTechCertificate(r: Rand): Drawn {
  const c = company(r, { trade: r.pick(['科技', '新材料科技', '电子科技', '信息技术', '网络科技']) });
  const issued = day(r, 2019, 2025);
  const no = `GR${issued.y}${c.city.division.slice(0, 2)}${r.digits(6)}`;
  const prov = c.city.province === c.city.city ? c.city.city : c.city.province;
  const rows: Row[] = [
    { label: '企业名称', value: c.name, key: 'company' },
    { label: '证书编号', value: no, key: 'certificate_no' },
    { label: '发证时间', value: dateText(r, issued), key: 'issue_date' },
    { label: '有效期', value: '三年' },
  ];
  return fixValidity(
    certificate(r, {
      title: '高新技术企业证书',
      rows,
      authority: `${prov}科学技术厅`,
      extraSeals: [`${prov}财政厅`, `国家税务总局${prov.replace(/[省市]$/, '')}${prov.endsWith('市') ? '市' : '省'}税务局`],
      issued,
      theme: '#b8862d',
      landscape: true,
      big: true,
    }),
  );
}

export type { Ctx };
