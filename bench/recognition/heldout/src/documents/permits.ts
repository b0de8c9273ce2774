/** Registration permits: food business, road transport operation, tobacco retail, medical devices. */
import { addDays, addMonths, isoDate, printDate, randomDate, type CalendarDate } from '../content/dates';
import { company, personName } from '../content/entities';
import { CERTIFICATE_LAYOUTS, certificateSpec, type CertificateField } from './certificate-layout';
import { label, Truth, type BuildContext, type DocumentType } from './spec';

function validity(context: BuildContext, issued: CalendarDate, years: number, truth: Truth, allowIndefinite: boolean): string {
  if (allowIndefinite && context.rng.chance(0.08)) {
    truth.text('valid_until', '长期');
    return '长期';
  }
  const end = addDays(addMonths(issued, years * 12), -1);
  truth.text('valid_until', isoDate(end));
  const dateStyle = context.rng.pick(['cn', 'cn', 'cn-short', 'dotted'] as const);
  return printDate(end, dateStyle);
}

function validityField(context: BuildContext, issued: CalendarDate, until: string): CertificateField {
  if (until !== '长期' && context.labels === 'real-world' && context.rng.chance(0.5)) {
    return { label: '有效期限', value: `自${printDate(issued, 'cn')}至${until}` };
  }
  return { label: '有效期至', value: until };
}

export const FOOD_BUSINESS_PERMIT: DocumentType = {
  id: 'food_business_permit',
  layouts: CERTIFICATE_LAYOUTS,
  build(context) {
    const { rng } = context;
    const truth = new Truth();
    const holder = company(rng, { industry: { word: '餐饮管理', scope: [] }, allowSoleTrader: true });
    const issued = randomDate(rng, 2021, 2025);
    const permitNo = truth.text('permit_no', `JY${rng.pick(['1', '2', '3'])}${holder.city.divisionCode}${rng.digits(7)}`);
    const until = validity(context, issued, 5, truth, true);
    const premises = truth.text('premises', rng.chance(0.6) ? holder.address : `${holder.city.city}市${rng.pick(holder.city.districts)}${rng.pick(['中山', '解放', '青年'])}路${rng.int(1, 300)}号${rng.int(1, 3)}楼`);
    const fields: CertificateField[] = [
      { label: label(context, '经营者名称', ['经营者名称', '名 称']), value: truth.text('operator_name', holder.name), wide: true },
      { label: label(context, '统一社会信用代码', ['社会信用代码（身份证号码）', '统一社会信用代码']), value: truth.text('uscc', holder.uscc) },
      { label: '法定代表人（负责人）', value: holder.legalRepresentative },
      { label: '住    所', value: holder.address, wide: true },
      { label: label(context, '经营场所', ['经营场所', '经营地址']), value: premises, wide: true },
      { label: '主体业态', value: rng.pick(['餐饮服务经营者（小型餐馆）', '食品销售经营者（便利店）', '单位食堂', '餐饮服务经营者（中型餐馆）']) },
      { label: '经营项目', value: rng.sample(['预包装食品（含冷藏冷冻食品）销售', '热食类食品制售', '冷食类食品制售', '散装食品销售', '自制饮品制售'], 2).join('，'), wide: true },
      validityField(context, issued, until),
    ];
    return certificateSpec(
      {
        title: '食品经营许可证',
        subtitle: rng.chance(0.5) ? '（副本）' : undefined,
        number: { label: label(context, '许可证编号', ['许可证编号', '编号']), value: permitNo },
        fields,
        issuer: `${holder.city.city}市${rng.pick(holder.city.districts)}市场监督管理局`,
        issueDate: issued,
        footnote: `日常监督管理机构：${rng.pick(holder.city.districts)}市场监督管理所    投诉举报电话：12315`,
        theme: '#2f6b3a',
        landscape: context.layout !== 'framed' && rng.chance(0.3),
        emblem: true,
        security: rng.pick(['guilloche', 'halftone'] as const),
      },
      context,
      truth,
    );
  },
};

export const ROAD_TRANSPORT_OPERATING_LICENCE: DocumentType = {
  id: 'road_transport_operating_licence',
  layouts: CERTIFICATE_LAYOUTS,
  build(context) {
    const { rng } = context;
    const truth = new Truth();
    const holder = company(rng, { industry: { word: '物流', scope: [] }, allowSoleTrader: true });
    const issued = randomDate(rng, 2021, 2025);
    const licenceNo = truth.text('licence_no', `${holder.city.provinceShort}交运管许可${holder.city.city.charAt(0)}字${holder.city.divisionCode}${rng.digits(6)}号`);
    const until = validity(context, issued, 4, truth, false);
    const scope = truth.text('business_scope', rng.pick(['道路普通货物运输', '道路普通货物运输；货物专用运输（集装箱）', '道路普通货物运输；大型物件运输', '道路普通货物运输；货物专用运输（冷藏保鲜）']));
    const fields: CertificateField[] = [
      { label: label(context, '业户名称', ['业户名称', '经营业户', '业户名称']), value: truth.text('operator_name', holder.name), wide: true },
      { label: label(context, '地址', ['地    址', '经营地址', '地址']), value: truth.text('address', holder.address), wide: true },
      { label: '经济类型', value: holder.soleTrader ? '个体' : rng.pick(['有限责任公司', '私营企业']) },
      { label: '法定代表人', value: holder.legalRepresentative },
      { label: label(context, '经营范围', ['经营范围']), value: scope, wide: true },
      validityField(context, issued, until),
    ];
    return certificateSpec(
      {
        title: '道路运输经营许可证',
        subtitle: rng.chance(0.4) ? '（副本）' : undefined,
        number: { label: label(context, '许可证号', ['交', '许可证号', '编号']), value: licenceNo },
        fields,
        issuer: `${holder.city.city}市交通运输局`,
        issueDate: issued,
        theme: '#1f4e8c',
        landscape: rng.chance(0.4),
        emblem: true,
        security: 'guilloche',
      },
      context,
      truth,
    );
  },
};

export const TOBACCO_RETAIL_LICENCE: DocumentType = {
  id: 'tobacco_retail_licence',
  layouts: CERTIFICATE_LAYOUTS,
  build(context) {
    const { rng } = context;
    const truth = new Truth();
    const holder = company(rng, { industry: { word: '商贸', scope: [] }, allowSoleTrader: true });
    const shop = holder.soleTrader ? holder.name : `${holder.city.city}市${rng.pick(holder.city.districts)}${personName(rng).charAt(0)}记便利店`;
    const issued = randomDate(rng, 2021, 2025);
    const until = validity(context, issued, 5, truth, false);
    const fields: CertificateField[] = [
      { label: label(context, '名称', ['企业（字号）名称', '名    称']), value: truth.text('name', shop), wide: true },
      { label: '负责人（经营者）', value: personName(rng) },
      { label: '企业类型', value: '个体工商户' },
      { label: label(context, '地址', ['经营场所', '经营地址']), value: truth.text('address', holder.address), wide: true },
      { label: '许可范围', value: '卷烟零售、雪茄烟零售' },
      { label: '供货单位', value: `${holder.city.province}烟草公司${holder.city.city}市公司`, wide: true },
      validityField(context, issued, until),
    ];
    return certificateSpec(
      {
        title: '烟草专卖零售许可证',
        number: { label: label(context, '许可证号', ['许可证号', '证号']), value: truth.text('licence_no', `${holder.city.divisionCode}${rng.digits(6)}`) },
        fields,
        issuer: `${holder.city.city}市烟草专卖局`,
        sealBottom: '许可证专用章',
        issueDate: issued,
        theme: '#8c1f1f',
        landscape: rng.chance(0.5),
        emblem: false,
        security: 'halftone',
      },
      context,
      truth,
    );
  },
};

const DEVICE_SCOPES = ['6815注射穿刺器械', '6866医用高分子材料及制品', '6864医用卫生材料及敷料', '6822医用光学器具、仪器及内窥镜设备', '6840临床检验分析仪器及诊断试剂', '6821医用电子仪器设备'];

export const MEDICAL_DEVICE_BUSINESS_LICENCE: DocumentType = {
  id: 'medical_device_business_licence',
  layouts: CERTIFICATE_LAYOUTS,
  build(context) {
    const { rng } = context;
    const truth = new Truth();
    const holder = company(rng, { industry: { word: '医疗器械', scope: [] } });
    const issued = randomDate(rng, 2021, 2025);
    const until = validity(context, issued, 5, truth, false);
    const scope = truth.text('scope', `${rng.pick(['Ⅲ类', '第三类医疗器械'])}：${rng.sample(DEVICE_SCOPES, rng.int(2, 4)).join('，')}`);
    const fields: CertificateField[] = [
      { label: label(context, '企业名称', ['企业名称', '名    称']), value: truth.text('company', holder.name), wide: true },
      { label: '统一社会信用代码', value: holder.uscc },
      { label: '法定代表人', value: holder.legalRepresentative },
      { label: '企业负责人', value: personName(rng) },
      { label: '经营方式', value: rng.pick(['批零兼营', '批发', '零售']) },
      { label: '住    所', value: holder.address, wide: true },
      { label: '经营场所', value: holder.address, wide: true },
      { label: '库房地址', value: rng.chance(0.5) ? '无' : holder.address, wide: true },
      { label: label(context, '经营范围', ['经营范围', '许可范围']), value: scope, wide: true },
      validityField(context, issued, until),
    ];
    const year = issued.year;
    return certificateSpec(
      {
        title: '医疗器械经营许可证',
        number: { label: label(context, '许可证编号', ['许可证编号', '编号']), value: truth.text('licence_no', `${holder.city.provinceShort}${holder.city.city.charAt(0)}食药监械经营许${year}${rng.digits(4)}号`) },
        fields,
        issuer: `${holder.city.city}市市场监督管理局`,
        issueDate: issued,
        theme: '#1d5c7a',
        landscape: false,
        emblem: true,
        security: 'guilloche',
      },
      context,
      truth,
    );
  },
};

