/** Qualification, production, high-tech, patent and real estate certificates. */
import { addDays, addMonths, isoDate, printDate, randomDate, hanziDate } from '../content/dates';
import { CITIES, company, personName } from '../content/entities';
import { patentNumber } from '../content/identifiers';
import { CERTIFICATE_LAYOUTS, certificateSpec, type CertificateField } from './certificate-layout';
import { label, Truth, type DocumentType } from './spec';

export const CONSTRUCTION_QUALIFICATION_CERTIFICATE: DocumentType = {
  id: 'construction_qualification_certificate',
  layouts: CERTIFICATE_LAYOUTS,
  build(context) {
    const { rng } = context;
    const truth = new Truth();
    const holder = company(rng, { industry: { word: '建筑工程', scope: [] } });
    const issued = randomDate(rng, 2021, 2025);
    const end = addDays(addMonths(issued, 60), -1);
    truth.text('valid_until', isoDate(end));
    const grade = rng.pick(['壹级', '贰级', '叁级']);
    const qualification = truth.text('qualification', rng.pick([`建筑工程施工总承包${grade}`, `市政公用工程施工总承包${grade}`, `建筑装修装饰工程专业承包${grade}`, `地基基础工程专业承包${grade}`, '施工劳务不分等级']));
    const fields: CertificateField[] = [
      { label: label(context, '企业名称', ['企业名称', '企 业 名 称']), value: truth.text('company', holder.name), wide: true },
      { label: '详细地址', value: holder.address, wide: true },
      { label: label(context, '统一社会信用代码', ['统一社会信用代码', '统一社会信用代码（或营业执照注册号）']), value: truth.text('uscc', holder.uscc) },
      { label: '法定代表人', value: holder.legalRepresentative },
      { label: '注册资本', value: `${rng.pick([1000, 2000, 3000, 5000, 8000])}万元人民币` },
      { label: '经济性质', value: '有限责任公司' },
      { label: label(context, '资质类别及等级', ['资质类别及等级', '资质等级']), value: qualification, wide: true },
      { label: label(context, '有效期', ['有效期', '有效期至']), value: printDate(end, rng.pick(['cn', 'cn-short'] as const)) },
    ];
    return certificateSpec(
      {
        title: '建筑业企业资质证书',
        subtitle: rng.chance(0.5) ? '（副本）' : undefined,
        number: { label: '证书编号', value: truth.text('certificate_no', `D${rng.int(2, 3)}${holder.city.divisionCode.slice(0, 2)}${rng.digits(6)}`) },
        fields,
        issuer: `${holder.city.province}住房和城乡建设厅`,
        issueDate: issued,
        theme: '#6b4a1f',
        landscape: rng.chance(0.5),
        emblem: true,
        security: 'guilloche',
      },
      context,
      truth,
    );
  },
};

const PRODUCTS = ['电线电缆', '建筑用钢筋', '水泥', '危险化学品包装物、容器', '人造板', '预应力混凝土铁路桥简支梁', '化肥', '食品相关产品（塑料包装）', '电热水器', '轮胎'];

export const INDUSTRIAL_PRODUCTION_LICENCE: DocumentType = {
  id: 'industrial_production_licence',
  layouts: CERTIFICATE_LAYOUTS,
  build(context) {
    const { rng } = context;
    const truth = new Truth();
    const holder = company(rng, { industry: { word: '机械设备', scope: [] } });
    const issued = randomDate(rng, 2021, 2025);
    const end = addDays(addMonths(issued, 60), -1);
    truth.text('valid_until', isoDate(end));
    const product = truth.text('product', rng.pick(PRODUCTS));
    const licenceNo = truth.text('licence_no', `XK${rng.pick(['06', '13', '16', '05'])}-${rng.digits(3)}-${rng.digits(5)}`);
    const fields: CertificateField[] = [
      { label: label(context, '企业名称', ['企业名称', '名    称']), value: truth.text('company', holder.name), wide: true },
      { label: '住    所', value: holder.address, wide: true },
      { label: '生产地址', value: holder.address, wide: true },
      { label: label(context, '产品名称', ['产品名称', '产  品']), value: product },
      { label: label(context, '有效期至', ['有效期至']), value: printDate(end, rng.pick(['cn', 'cn-short', 'dotted'] as const)) },
    ];
    return certificateSpec(
      {
        title: rng.chance(0.6) ? '全国工业产品生产许可证' : '工业产品生产许可证',
        number: { label: label(context, '证书编号', ['证书编号', '编号']), value: rng.chance(0.5) ? `（${holder.city.provinceShort}）${licenceNo}` : licenceNo },
        fields,
        issuer: `${holder.city.province}市场监督管理局`,
        issueDate: issued,
        footnote: '本证书有效期内，企业生产条件、检验手段、生产技术或者工艺发生变化的，应当向原发证机关提出申请。',
        theme: '#7a1c1c',
        landscape: true,
        emblem: true,
        security: 'halftone',
      },
      context,
      truth,
    );
  },
};

export const HIGH_TECH_ENTERPRISE_CERTIFICATE: DocumentType = {
  id: 'high_tech_enterprise_certificate',
  layouts: ['framed', 'ruled-table'],
  build(context) {
    const { rng } = context;
    const truth = new Truth();
    const holder = company(rng, { industry: { word: '电子科技', scope: [] } });
    const issued = randomDate(rng, 2023, 2025);
    truth.text('issue_date', isoDate(issued));
    const number = truth.text('certificate_no', `GR${issued.year}${holder.city.divisionCode.slice(0, 2)}${rng.digits(6)}`);
    const province = holder.city.province;
    const fields: CertificateField[] = [
      { label: label(context, '企业名称', ['企业名称', '企 业 名 称']), value: truth.text('company', holder.name), wide: true },
      { label: label(context, '发证日期', ['发证时间', '发证日期']), value: printDate(issued, rng.pick(['cn', 'cn-short'] as const)) },
      { label: '有效期', value: '三年' },
    ];
    return certificateSpec(
      {
        title: '高新技术企业证书',
        number: { label: '证书编号', value: number },
        fields,
        issuer: `${province}科学技术厅`,
        jointIssuers: [`${province}科学技术厅`, `${province}财政厅`, `国家税务总局${province}税务局`],
        issueDate: issued,
        theme: '#8a6a1c',
        landscape: true,
        emblem: false,
        security: 'guilloche',
      },
      context,
      truth,
    );
  },
};

const PATENT_SUBJECTS = ['可调节式货架', '物流周转箱', '餐饮保温送餐装置', '混凝土搅拌装置', '电缆剥线钳', '冷链运输车厢温控系统', '服装面料裁剪台', '数控机床冷却液过滤装置', '农用喷灌装置', '智能快递柜'];

export const PATENT_CERTIFICATE: DocumentType = {
  id: 'patent_certificate',
  layouts: ['framed', 'labels-above'],
  build(context) {
    const { rng } = context;
    const truth = new Truth();
    const holder = company(rng);
    const kind = rng.pick([1, 2, 2, 3] as const);
    const filed = randomDate(rng, 2021, 2024);
    const granted = addDays(filed, rng.int(120, 500));
    const number = patentNumber(rng, filed.year, kind);
    truth.text('patent_no', number.compact);
    truth.text('grant_date', isoDate(granted));
    const subject = `一种${rng.pick(['', '便携式', '新型', '多功能'])}${rng.pick(PATENT_SUBJECTS)}`;
    const kindName = kind === 1 ? '发明' : kind === 2 ? '实用新型' : '外观设计';
    const fields: CertificateField[] = [
      { label: label(context, `${kindName}名称`, [`${kindName}名称`]), value: truth.text('title', subject), wide: true },
      { label: kind === 3 ? '设计人' : '发明人', value: `${personName(rng)}；${personName(rng)}`, wide: true },
      { label: '专利号', value: number.printed },
      { label: '专利申请日', value: printDate(filed, 'cn') },
      { label: label(context, '专利权人', ['专利权人']), value: truth.text('patentee', holder.name), wide: true },
      { label: '地址', value: holder.address, wide: true },
      { label: '授权公告号', value: `CN ${rng.digits(9)} ${kind === 1 ? 'B' : kind === 2 ? 'U' : 'S'}` },
      { label: label(context, '授权公告日', ['授权公告日']), value: printDate(granted, 'cn') },
    ];
    return certificateSpec(
      {
        title: `${kindName}专利证书`,
        number: { label: '证书号第', value: `${rng.digits(7)}号` },
        fields,
        issuer: '国家知识产权局',
        issueDate: granted,
        footnote: '本专利的专利权期限自申请日起算。专利权人应当依照专利法及其实施细则规定缴纳年费。',
        theme: '#1f3f7a',
        landscape: false,
        emblem: true,
        security: 'guilloche',
      },
      context,
      truth,
    );
  },
};

export const REAL_ESTATE_CERTIFICATE: DocumentType = {
  id: 'real_estate_certificate',
  layouts: ['ruled-table', 'framed'],
  build(context) {
    const { rng } = context;
    const truth = new Truth();
    const city = rng.pick(CITIES);
    const holder = rng.chance(0.6) ? company(rng, { city }).name : personName(rng);
    const registered = randomDate(rng, 2018, 2025);
    const use = truth.text('use', rng.pick(['商业服务/商业', '工业用地/工业', '城镇住宅用地/住宅', '商务金融用地/办公', '仓储用地/仓储']));
    const area = `${rng.int(60, 4000)}.${rng.digits(2)}`;
    const areaText = truth.text('area', rng.chance(0.6) ? `${area}平方米` : `${area}㎡`);
    const fields: CertificateField[] = [
      { label: label(context, '权利人', ['权 利 人', '权利人']), value: truth.text('right_holder', holder), wide: true },
      { label: '共有情况', value: '单独所有', wide: true },
      { label: label(context, '坐落', ['坐    落', '坐落']), value: truth.text('location', `${city.city}市${rng.pick(city.districts)}${rng.pick(['金山', '望江', '星湖', '创业'])}路${rng.int(1, 500)}号${rng.int(1, 20)}幢${rng.int(1, 30)}0${rng.int(1, 9)}室`), wide: true },
      { label: '不动产单元号', value: `${city.divisionCode} ${rng.digits(6)} GB${rng.digits(5)} F${rng.digits(8)}`, wide: true },
      { label: '权利类型', value: '国有建设用地使用权/房屋（构筑物）所有权', wide: true },
      { label: '权利性质', value: rng.pick(['出让/市场化商品房', '出让/自建房']), wide: true },
      { label: label(context, '用途', ['用    途', '用途']), value: use, wide: true },
      { label: label(context, '面积', ['面    积', '房屋建筑面积']), value: areaText, wide: true },
      { label: '使用期限', value: `${printDate(registered, 'cn')}起${printDate(addDays(addMonths(registered, 480), -1), 'cn')}止`, wide: true },
    ];
    return certificateSpec(
      {
        title: '不动产权证书',
        number: { label: '证号', value: truth.text('certificate_no', `${city.provinceShort}（${registered.year}）${city.city}市不动产权第${rng.digits(7)}号`) },
        fields,
        issuer: `${city.city}市自然资源和规划局`,
        sealBottom: '不动产登记专用章',
        issueDate: registered,
        footnote: `登记机构（章）  ${hanziDate(registered)}`,
        theme: '#7a5a1c',
        landscape: false,
        emblem: false,
        security: 'halftone',
      },
      context,
      truth,
    );
  },
};
