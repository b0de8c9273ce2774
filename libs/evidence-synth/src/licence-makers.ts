import type { VoucherTypeId } from '@uplift/domain';
import type { Make } from './voucher-content-types';
import { address, company, date, person, plate, uscc, vin } from './random';
import { given, givenDate } from './voucher-options';
import { BUSINESS_SCOPES, longAddress, until, past } from './content-helpers';

/** Licences, permits and certificates of title: what a merchant is allowed to do and owns. */
export const LICENCE_MAKERS = {
  business_licence: (r, o = {}) => {
    const m = o.merchant;
    const name = given(m?.name, company(r));
    const code = given(m?.uscc, uscc(r));
    const rep = given(m?.legalRep, person(r));
    const [d, iso] = givenDate(o.date, past(r));
    // Real licences print the address with building and room, and a scope that runs over several lines.
    const addr = given(m?.address, longAddress(r));
    const scope = r.pick(BUSINESS_SCOPES);
    return {
      title: '营业执照',
      rows: [
        ['统一社会信用代码', code],
        ['名称', name],
        ['类型', '有限责任公司（自然人投资或控股）'],
        ['法定代表人', rep],
        ['注册资本', '壹佰万元整'],
        ['成立日期', d],
        ['营业期限', `${d}至长期`],
        ['住所', addr],
        ['经营范围', scope],
        ['登记机关', `${r.pick(['福州', '杭州', '成都'])}市市场监督管理局`],
      ],
      seal: true,
      signature: false,
      truth: { uscc: code, name, legal_representative: rep, established_date: iso, address: addr, business_scope: scope },
    };
  },
  food_business_permit: (r, o = {}) => {
    const m = o.merchant;
    const name = given(m?.name, company(r));
    const code = given(m?.uscc, uscc(r));
    const no = `JY${r.digits(14)}`;
    const [u, uIso] = until(r);
    return {
      title: '食品经营许可证',
      rows: [
        ['经营者名称', name],
        ['社会信用代码（身份证号码）', code],
        ['法定代表人（负责人）', given(m?.legalRep, person(r))],
        ['经营场所', given(m?.address, address(r))],
        ['主体业态', '餐饮服务经营者（小型餐馆）'],
        ['经营项目', '热食类食品制售'],
        ['许可证编号', no],
        ['有效期至', uIso === '' ? '' : u],
        ['日常监督管理机构', '市场监督管理所'],
      ],
      seal: true,
      signature: false,
      truth: { permit_no: no, operator_name: name, uscc: code, valid_until: uIso },
    };
  },
  road_transport_operating_licence: (r, o = {}) => {
    const name = given(o.merchant?.name, company(r));
    const no = `${r.pick(['闽', '浙', '川'])}交运管许可${r.pick(['榕', '杭', '蓉'])}字${r.digits(12)}号`;
    const [u, uIso] = until(r);
    return {
      title: '道路运输经营许可证',
      rows: [
        ['业户名称', name],
        ['地址', given(o.merchant?.address, address(r))],
        ['经济类型', '有限责任公司'],
        ['经营范围', '道路普通货物运输'],
        ['许可证号', no],
        ['有效期至', u],
        ['核发机关', '道路运输管理局'],
      ],
      seal: true,
      signature: false,
      truth: { licence_no: no, operator_name: name, valid_until: uIso },
    };
  },
  tobacco_retail_licence: (r, o = {}) => {
    const m = o.merchant;
    const name = given(m?.name, `${r.pick(['福州', '杭州'])}${r.pick(['鑫源', '佳美'])}便利店`);
    const no = r.digits(12);
    const [fromS] = date(r, 2022, 2024);
    const [u, uIso] = until(r);
    return {
      title: '烟草专卖零售许可证',
      rows: [
        ['许可证号', no],
        ['企业名称', name],
        ['负责人（经营者）', given(m?.legalRep, person(r))],
        ['经营场所', given(m?.address, address(r))],
        ['许可范围', '卷烟、雪茄烟零售'],
        ['有效期限', `${fromS}至${u}`],
        ['发证机关', '烟草专卖局'],
      ],
      seal: true,
      signature: false,
      truth: { licence_no: no, name, valid_until: uIso },
    };
  },
  medical_device_business_licence: (r, o = {}) => {
    const m = o.merchant;
    const name = given(m?.name, company(r));
    const no = `${r.pick(['闽', '浙'])}食药监械经营许${r.digits(8)}号`;
    const [u, uIso] = until(r);
    return {
      title: '医疗器械经营许可证',
      rows: [
        ['许可证编号', no],
        ['企业名称', name],
        ['法定代表人', given(m?.legalRep, person(r))],
        ['企业负责人', person(r)],
        ['经营方式', '批零兼营'],
        ['经营场所', given(m?.address, address(r))],
        ['库房地址', address(r)],
        ['经营范围', '第三类医疗器械'],
        ['有效期限', `至${u}`],
      ],
      seal: true,
      signature: false,
      truth: { licence_no: no, company: name, valid_until: uIso },
    };
  },
  construction_qualification_certificate: (r, o = {}) => {
    const m = o.merchant;
    const name = given(m?.name, company(r));
    const code = given(m?.uscc, uscc(r));
    const no = `D${r.digits(9)}`;
    const [u, uIso] = until(r);
    const q = r.pick(['建筑工程施工总承包叁级', '市政公用工程施工总承包贰级', '地基基础工程专业承包叁级']);
    return {
      title: '建筑业企业资质证书',
      rows: [
        ['企业名称', name],
        ['详细地址', given(m?.address, address(r))],
        ['统一社会信用代码', code],
        ['法定代表人', given(m?.legalRep, person(r))],
        ['注册资本', '伍佰万元整'],
        ['经济性质', '有限责任公司'],
        ['资质类别及等级', q],
        ['证书编号', no],
        ['有效期', u],
        ['发证机关', '住房和城乡建设厅'],
      ],
      seal: true,
      signature: false,
      truth: { certificate_no: no, company: name, uscc: code, qualification: q, valid_until: uIso },
    };
  },
  industrial_production_licence: (r, o = {}) => {
    const name = given(o.merchant?.name, company(r));
    const no = `${r.pick(['闽', '浙'])}XK${r.digits(2)}-${r.digits(3)}-${r.digits(5)}`;
    const [u, uIso] = until(r);
    const product = r.pick(['电线电缆', '食品用塑料包装', '人造板', '危险化学品包装物']);
    return {
      title: '全国工业产品生产许可证',
      rows: [
        ['企业名称', name],
        ['住所', given(o.merchant?.address, address(r))],
        ['生产地址', address(r)],
        ['产品名称', product],
        ['证书编号', no],
        ['有效期至', u],
        ['检验方式', '发证机关'],
      ],
      seal: true,
      signature: false,
      truth: { licence_no: no, company: name, product, valid_until: uIso },
    };
  },
  road_transport_certificate: (r, o = {}) => {
    const m = o.merchant;
    const name = given(m?.name, company(r));
    const no = r.digits(12);
    const p = given(m?.plate, plate(r));
    const [u] = until(r);
    return {
      title: '道路运输证',
      rows: [
        ['业户名称', name],
        ['地址', given(m?.address, address(r))],
        ['车辆号牌', p],
        ['经营许可证号', r.digits(12)],
        ['车辆类型', '重型厢式货车'],
        ['吨（座）位', `${r.int(2, 30)}吨`],
        ['车辆尺寸', '9600×2500×3800毫米'],
        ['经营范围', '道路普通货物运输'],
        ['道路运输证号', no],
        ['有效期至', u],
      ],
      seal: true,
      signature: false,
      truth: { certificate_no: no, operator: name, plate: p },
    };
  },
  vehicle_licence: (r, o = {}) => {
    const m = o.merchant;
    const owner = given(m?.name, company(r));
    const p = given(m?.plate, plate(r));
    const v = vin(r);
    const [d, iso] = givenDate(o.date, date(r, 2015, 2024));
    return {
      title: '中华人民共和国机动车行驶证',
      rows: [
        ['号牌号码', p],
        ['车辆类型', '重型厢式货车'],
        ['所有人', owner],
        ['住址', given(m?.address, address(r))],
        ['使用性质', '货运'],
        ['品牌型号', '解放牌CA5180XXYP62K1L5'],
        ['车辆识别代号', v],
        ['发动机号码', r.digits(8)],
        ['注册日期', d],
        ['发证日期', d],
        ['核定载质量', `${r.int(1000, 18000)}kg`],
      ],
      seal: true,
      signature: false,
      truth: { plate: p, owner, vin: v, registration_date: iso },
    };
  },
  real_estate_certificate: (r, o = {}) => {
    const holder = given(o.merchant?.name, company(r));
    const no = `闽(${r.int(2015, 2024)})福州市不动产权第${r.digits(7)}号`;
    const loc = given(o.merchant?.address, address(r));
    const area = `${r.int(30, 800)}.${r.digits(2)}平方米`;
    return {
      title: '不动产权证书',
      rows: [
        ['', no],
        ['权利人', holder],
        ['共有情况', '单独所有'],
        ['坐落', loc],
        ['不动产单元号', `350102${r.digits(6)}GB${r.digits(5)}F${r.digits(8)}`],
        ['权利类型', '国有建设用地使用权/房屋所有权'],
        ['权利性质', '出让/市场化商品房'],
        ['用途', '商业服务'],
        ['面积', area],
        ['使用期限', '2010年05月01日至2050年04月30日'],
      ],
      seal: true,
      signature: false,
      truth: { certificate_no: no, right_holder: holder, location: loc, area },
    };
  },
} satisfies Partial<Record<VoucherTypeId, Make>>;
