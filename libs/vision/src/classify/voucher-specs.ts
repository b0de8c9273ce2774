import type { VoucherTypeId } from '@uplift/domain';

/** How a field's raw text is normalised and checked. */
export type FieldKind = 'text' | 'id' | 'uscc' | 'date' | 'until' | 'period' | 'amount' | 'capital' | 'plate' | 'vin' | 'integer';

/** Where a field is found: after one of its labels (the `occurrence`-th such label in the document). */
export interface FieldSpec {
  name: string;
  labels: readonly string[];
  kind: FieldKind;
  /** Pattern of the value itself; also used to find the field anywhere when no label is read. */
  pattern?: RegExp;
  /** 0-based index among several hits of the same label (buyer = first 名称, seller = second). */
  occurrence?: number;
  /** For amounts: which figure in the segment (合计 ¥amount ¥tax). */
  nth?: number;
  /** Key fields are what the benchmark scores and what the checks rely on. */
  key?: boolean;
}

/** What identifies a voucher type and what to read from it. */
export interface VoucherSpec {
  id: VoucherTypeId;
  titles: readonly string[];
  cues: readonly string[];
  fields: readonly FieldSpec[];
  /** Document carries a table of rows with amounts. */
  table?: 'statement' | 'amount_rows';
}

const f = (name: string, labels: string[], kind: FieldKind, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  labels,
  kind,
  ...extra,
});
const k = (name: string, labels: string[], kind: FieldKind, extra: Partial<FieldSpec> = {}): FieldSpec =>
  f(name, labels, kind, { ...extra, key: true });

const invoiceFields = [
  k('invoice_no', ['发票号码'], 'id', { pattern: /\d{20}|\d{8}/ }),
  f('invoice_code', ['发票代码'], 'id', { pattern: /\d{10,12}/ }),
  k('date', ['开票日期'], 'date'),
  k('buyer', ['名称'], 'text', { occurrence: 0 }),
  k('buyer_tax_id', ['统一社会信用代码/纳税人识别号', '纳税人识别号'], 'uscc', { occurrence: 0 }),
  k('seller', ['名称'], 'text', { occurrence: 1 }),
  k('seller_tax_id', ['统一社会信用代码/纳税人识别号', '纳税人识别号'], 'uscc', { occurrence: 1 }),
  k('amount', ['合计'], 'amount', { nth: 0 }),
  k('tax', ['合计'], 'amount', { nth: 1 }),
  k('total_capital', ['价税合计(大写)', '(大写)'], 'capital'),
  k('total', ['(小写)'], 'amount'),
  f('check_code', ['校验码'], 'id'),
];
const contractFields = (partyA: string[], partyB: string[]): FieldSpec[] => [
  k('contract_no', ['合同编号'], 'id'),
  k('party_a', partyA, 'text'),
  k('party_b', partyB, 'text'),
  f('goods', ['产品名称', '货物名称', '标的'], 'text'),
  k('amount', ['合同总金额', '合同金额'], 'amount'),
  k('amount_capital', ['人民币(大写)', '大写'], 'capital'),
  k('signing_date', ['签订日期'], 'date'),
  f('term', ['合同期限', '有效期限'], 'period'),
  f('payment_terms', ['付款方式'], 'text'),
];

/** The 26 voucher types: titles, classification cues and fields (VOUCHERS.md). */
export const VOUCHER_SPECS: readonly VoucherSpec[] = [
  {
    id: 'business_licence',
    titles: ['营业执照'],
    cues: [
      '统一社会信用代码',
      '法定代表人',
      '注册资本',
      '成立日期',
      '营业期限',
      '经营范围',
      '登记机关',
      '国家企业信用信息公示系统',
      '住所',
    ],
    fields: [
      k('uscc', ['统一社会信用代码'], 'uscc'),
      k('name', ['名称'], 'text'),
      f('company_type', ['类型'], 'text'),
      k('legal_representative', ['法定代表人', '经营者'], 'text'),
      f('registered_capital', ['注册资本'], 'amount'),
      k('established_date', ['成立日期', '注册日期'], 'date'),
      f('term', ['营业期限'], 'period'),
      f('address', ['住所', '经营场所'], 'text'),
      f('business_scope', ['经营范围'], 'text'),
      f('authority', ['登记机关'], 'text'),
    ],
  },
  {
    id: 'food_business_permit',
    titles: ['食品经营许可证'],
    cues: ['主体业态', '经营项目', '日常监督管理机构', '投诉举报电话', '许可证编号', '经营者名称'],
    fields: [
      k('permit_no', ['许可证编号'], 'id', { pattern: /JY\d{14}/ }),
      k('operator_name', ['经营者名称'], 'text'),
      k('uscc', ['社会信用代码(身份证号码)', '统一社会信用代码', '社会信用代码'], 'uscc'),
      f('legal_representative', ['法定代表人(负责人)', '法定代表人'], 'text'),
      f('premises', ['经营场所'], 'text'),
      f('business_form', ['主体业态'], 'text'),
      f('items', ['经营项目'], 'text'),
      k('valid_until', ['有效期至'], 'until'),
    ],
  },
  {
    id: 'road_transport_operating_licence',
    titles: ['道路运输经营许可证'],
    cues: ['业户名称', '经济类型', '经营范围', '道路普通货物运输', '核发机关', '许可证号'],
    fields: [
      k('licence_no', ['许可证号', '证号'], 'id'),
      k('operator_name', ['业户名称'], 'text'),
      f('address', ['地址'], 'text'),
      f('economic_type', ['经济类型'], 'text'),
      f('business_scope', ['经营范围'], 'text'),
      k('valid_until', ['有效期至'], 'until'),
    ],
  },
  {
    id: 'tobacco_retail_licence',
    titles: ['烟草专卖零售许可证'],
    cues: ['许可证号', '企业名称', '经营场所', '卷烟', '雪茄烟', '供货单位', '烟草专卖局'],
    fields: [
      k('licence_no', ['许可证号'], 'id', { pattern: /\d{12}/ }),
      k('name', ['企业名称', '名称'], 'text'),
      f('legal_representative', ['负责人(经营者)', '负责人', '经营者'], 'text'),
      f('address', ['经营场所'], 'text'),
      f('business_scope', ['许可范围', '经营范围'], 'text'),
      k('valid_until', ['有效期限', '有效期至'], 'until'),
    ],
  },
  {
    id: 'medical_device_business_licence',
    titles: ['医疗器械经营许可证'],
    cues: ['经营方式', '库房地址', '企业负责人', '经营范围', '许可证编号', '质量管理人'],
    fields: [
      k('licence_no', ['许可证编号'], 'id'),
      k('company', ['企业名称'], 'text'),
      f('uscc', ['统一社会信用代码'], 'uscc'),
      f('legal_representative', ['法定代表人'], 'text'),
      f('premises', ['经营场所'], 'text'),
      f('warehouse', ['库房地址'], 'text'),
      f('scope', ['经营范围'], 'text'),
      k('valid_until', ['有效期限', '有效期至'], 'until'),
    ],
  },
  {
    id: 'construction_qualification_certificate',
    titles: ['建筑业企业资质证书'],
    cues: ['资质类别及等级', '经济性质', '注册资本', '详细地址', '证书编号', '发证机关'],
    fields: [
      k('certificate_no', ['证书编号'], 'id', { pattern: /D\d{9}/ }),
      k('company', ['企业名称'], 'text'),
      k('uscc', ['统一社会信用代码'], 'uscc'),
      f('legal_representative', ['法定代表人'], 'text'),
      k('qualification', ['资质类别及等级'], 'text'),
      k('valid_until', ['有效期'], 'until'),
    ],
  },
  {
    id: 'industrial_production_licence',
    titles: ['全国工业产品生产许可证', '工业产品生产许可证'],
    cues: ['产品名称', '生产地址', '检验方式', '证书编号', '企业名称'],
    fields: [
      k('licence_no', ['证书编号'], 'id', { pattern: /[\u4e00-\u9fa5]?XK\d{2}-\d{3}-\d{5}/ }),
      k('company', ['企业名称'], 'text'),
      f('address', ['住所'], 'text'),
      f('production_address', ['生产地址'], 'text'),
      k('product', ['产品名称'], 'text'),
      k('valid_until', ['有效期至'], 'until'),
    ],
  },
  {
    id: 'road_transport_certificate',
    titles: ['道路运输证'],
    cues: ['车辆号牌', '车辆类型', '吨(座)位', '车辆尺寸', '经营许可证号', '业户名称'],
    fields: [
      k('certificate_no', ['道路运输证号', '证号'], 'id', { pattern: /\d{12}/ }),
      k('operator', ['业户名称'], 'text'),
      k('plate', ['车辆号牌'], 'plate'),
      f('vehicle_type', ['车辆类型'], 'text'),
      f('tonnage', ['吨(座)位'], 'text'),
      f('valid_until', ['有效期至'], 'until'),
    ],
  },
  {
    id: 'vehicle_licence',
    titles: ['中华人民共和国机动车行驶证', '机动车行驶证'],
    cues: ['号牌号码', '使用性质', '品牌型号', '车辆识别代号', '发动机号码', '注册日期', '发证日期', '所有人'],
    fields: [
      k('plate', ['号牌号码'], 'plate'),
      f('vehicle_type', ['车辆类型'], 'text'),
      k('owner', ['所有人'], 'text'),
      f('address', ['住址'], 'text'),
      f('use', ['使用性质'], 'text'),
      f('model', ['品牌型号'], 'text'),
      k('vin', ['车辆识别代号'], 'vin'),
      f('engine_no', ['发动机号码'], 'id'),
      k('registration_date', ['注册日期'], 'date'),
      f('issue_date', ['发证日期'], 'date'),
      f('rated_load', ['核定载质量'], 'text'),
    ],
  },
  {
    id: 'real_estate_certificate',
    titles: ['不动产权证书'],
    cues: ['权利人', '共有情况', '坐落', '不动产单元号', '权利类型', '权利性质', '使用期限'],
    fields: [
      k('certificate_no', [], 'id', { pattern: /[\u4e00-\u9fa5]\(\d{4}\)[\u4e00-\u9fa5]{1,8}不动产权第\d{7}号/ }),
      k('right_holder', ['权利人'], 'text'),
      k('location', ['坐落'], 'text'),
      f('unit_no', ['不动产单元号'], 'id'),
      f('right_type', ['权利类型'], 'text'),
      k('use', ['用途'], 'text'),
      k('area', ['面积'], 'text'),
      f('term', ['使用期限'], 'period'),
    ],
  },
  {
    id: 'lease_contract',
    titles: ['房屋租赁合同', '商铺租赁合同', '租赁合同'],
    cues: ['出租方', '承租方', '租金', '租赁期限', '押金', '房屋坐落'],
    fields: [
      k('lessor', ['出租方(甲方)', '出租方'], 'text'),
      k('lessee', ['承租方(乙方)', '承租方'], 'text'),
      f('address', ['房屋坐落', '租赁地址'], 'text'),
      f('area', ['建筑面积'], 'text'),
      k('rent', ['月租金', '租金'], 'amount'),
      k('term', ['租赁期限'], 'period'),
    ],
  },
  {
    id: 'vat_special_invoice',
    titles: ['增值税专用发票'],
    cues: ['价税合计', '开票人', '密码区', '校验码', '纳税人识别号', '发票号码', '税额'],
    fields: invoiceFields,
  },
  {
    id: 'vat_ordinary_invoice',
    titles: ['增值税普通发票', '电子发票(普通发票)', '增值税电子普通发票'],
    cues: ['价税合计', '开票人', '密码区', '校验码', '纳税人识别号', '发票号码', '税额'],
    fields: invoiceFields,
  },
  {
    id: 'sales_contract',
    titles: ['产品销售合同', '销售合同', '购销合同', '买卖合同'],
    cues: ['甲方', '乙方', '合同编号', '签订日期', '付款方式', '违约责任'],
    fields: contractFields(['甲方(卖方)', '甲方(供方)', '甲方'], ['乙方(买方)', '乙方(需方)', '乙方']),
  },
  {
    id: 'purchase_contract',
    titles: ['物资采购合同', '采购合同', '购货合同'],
    cues: ['甲方', '乙方', '合同编号', '签订日期', '付款方式', '违约责任'],
    fields: contractFields(['甲方(采购方)', '甲方(买方)', '甲方'], ['乙方(供应方)', '乙方(卖方)', '乙方']),
  },
  {
    id: 'purchase_order',
    titles: ['采购订单', '订货单', '订购单'],
    cues: ['订单编号', '供应商', '采购方', '数量', '单价', '交货日期'],
    table: 'amount_rows',
    fields: [
      k('order_no', ['订单编号', '订单号'], 'id'),
      k('buyer', ['采购方', '订货单位'], 'text'),
      k('seller', ['供应商', '供货单位'], 'text'),
      k('date', ['订单日期', '订货日期'], 'date'),
      k('amount', ['合计金额', '合计'], 'amount'),
    ],
  },
  {
    id: 'delivery_note',
    titles: ['送货单', '出库单', '发货单'],
    cues: ['收货单位', '送货日期', '数量', '收货人签字', '送货单号'],
    table: 'amount_rows',
    fields: [
      k('note_no', ['送货单号', '出库单号', '单号'], 'id'),
      k('consignor', ['发货单位', '送货单位'], 'text'),
      k('consignee', ['收货单位', '客户名称'], 'text'),
      k('date', ['送货日期', '出库日期'], 'date'),
      f('total', ['合计金额', '合计'], 'amount'),
    ],
  },
  {
    id: 'freight_waybill',
    titles: ['公路货物运单', '货物运单', '托运单', '货运单'],
    cues: ['托运人', '收货人', '起运地', '到达地', '运费', '车牌号'],
    fields: [
      k('waybill_no', ['运单号', '托运单号'], 'id'),
      k('shipper', ['托运人'], 'text'),
      k('consignee', ['收货人'], 'text'),
      f('origin', ['起运地'], 'text'),
      f('destination', ['到达地'], 'text'),
      k('route', ['运输路线', '线路'], 'text'),
      f('goods', ['货物名称'], 'text'),
      f('weight', ['重量'], 'text'),
      k('freight_charge', ['运费'], 'amount'),
      k('plate', ['车牌号'], 'plate'),
    ],
  },
  {
    id: 'customs_declaration',
    titles: ['出口货物报关单', '进口货物报关单', '报关单'],
    cues: ['预录入编号', '海关编号', '境外收货人', '运输方式', '监管方式', '征免性质', '成交方式', '币制'],
    fields: [
      k('declaration_no', ['海关编号'], 'id', { pattern: /\d{18}/ }),
      k('consignor', ['境内发货人', '境内收货人'], 'text'),
      k('trade_mode', ['监管方式'], 'text'),
      f('total_value', ['总价'], 'amount'),
      // Currencies of the GACC currency code table, by their Chinese names.
      k('currency', ['币制'], 'text', {
        pattern: /人民币|美元|欧元|日元|港币|英镑|澳大利亚元|澳元|加拿大元|加元|新加坡元|韩元|瑞士法郎|新台币|卢布/,
      }),
    ],
  },
  {
    id: 'bank_statement',
    titles: ['账户交易明细', '银行对账单', '对账单', '交易明细'],
    cues: ['户名', '账号', '余额', '摘要', '交易日期', '交易金额', '起止日期'],
    table: 'statement',
    fields: [
      k('account_name', ['账户名称', '户名'], 'text'),
      k('account_no', ['账号', '卡号'], 'id'),
      k('period', ['起止日期', '查询期间'], 'period'),
      // Inflows and outflows over the period (key fields of the domain catalogue): the 合计 row under split
      // 收入/支出 columns, or summary lines.
      k('total_credit', ['收入金额', '贷方发生额', '贷方金额', '收入合计', '贷方发生额合计', '本期收入合计'], 'amount'),
      k('total_debit', ['支出金额', '借方发生额', '借方金额', '支出合计', '借方发生额合计', '本期支出合计'], 'amount'),
    ],
  },
  {
    id: 'utility_bill',
    titles: ['电费缴费通知单', '水费缴费通知单', '缴费通知单', '电费账单', '水费账单'],
    cues: ['户号', '户名', '上期示数', '本期示数', '电价', '用电量', '用水量', '应缴金额'],
    fields: [
      k('account_holder', ['户名'], 'text'),
      k('account_no', ['户号'], 'id'),
      f('address', ['用电地址', '用水地址', '地址'], 'text'),
      f('period', ['计费周期', '账期'], 'period'),
      k('usage', ['本期用电量', '本期用水量', '用电量', '用水量'], 'text'),
      k('amount', ['应缴金额'], 'amount'),
    ],
  },
  {
    id: 'payroll_sheet',
    titles: ['员工工资表', '工资发放表', '工资表'],
    cues: ['姓名', '基本工资', '应发工资', '实发工资', '个人所得税', '社保'],
    table: 'amount_rows',
    fields: [
      k('company', ['单位名称', '单位'], 'text'),
      k('month', ['工资月份', '所属月份'], 'text'),
      k('head_count', ['人数'], 'integer'),
      k('total', ['实发合计', '合计'], 'amount'),
    ],
  },
  {
    id: 'social_insurance_certificate',
    titles: ['社会保险参保缴费证明', '参保缴费证明', '社保缴费证明'],
    cues: ['养老保险', '医疗保险', '失业保险', '工伤保险', '参保人数', '社会保险经办机构'],
    fields: [
      k('company', ['单位名称'], 'text'),
      f('uscc', ['统一社会信用代码'], 'uscc'),
      k('insured_head_count', ['参保人数'], 'integer'),
      k('months_paid', ['缴费月数', '已缴月数'], 'integer'),
    ],
  },
  {
    id: 'tax_payment_certificate',
    // Titles of the STA's payment proofs: 完税证明 (文书式/表格式), 缴款书 and e-payment vouchers, declarations.
    titles: ['税收完税证明', '完税证明', '税收缴款书', '税收通用缴款书', '电子缴税付款凭证', '完税凭证', '增值税纳税申报表', '纳税申报表'],
    cues: [
      '纳税人识别号',
      '纳税人名称',
      '税款所属时期',
      '税种',
      '入(退)库日期',
      '税务机关',
      '实缴',
      '品目名称',
      '原凭证号',
      '金额合计',
      '征收机关',
    ],
    fields: [
      k('taxpayer_id', ['纳税人识别号'], 'uscc'),
      k('taxpayer_name', ['纳税人名称'], 'text'),
      k('tax_period', ['税款所属时期', '税款所属期'], 'period'),
      k('tax_type', ['税种'], 'text'),
      k('amount_paid', ['金额合计', '实缴金额'], 'amount'),
      f('sales', ['销售额'], 'amount'),
    ],
  },
  {
    id: 'patent_certificate',
    titles: ['发明专利证书', '实用新型专利证书', '外观设计专利证书', '专利证书'],
    cues: ['国家知识产权局', '专利权人', '授权公告日', '专利申请日', '专利号', '发明人'],
    fields: [
      k('patent_no', ['专利号'], 'id', { pattern: /ZL\d{12}\.[\dX]|ZL\d{8}\.[\dX]/ }),
      k('title', ['发明名称', '实用新型名称', '外观设计名称'], 'text'),
      k('patentee', ['专利权人'], 'text'),
      f('inventor', ['发明人', '设计人'], 'text'),
      f('filing_date', ['专利申请日'], 'date'),
      k('grant_date', ['授权公告日'], 'date'),
    ],
  },
  {
    id: 'high_tech_enterprise_certificate',
    titles: ['高新技术企业证书'],
    cues: ['证书编号', '发证时间', '有效期', '企业名称', '科学技术', '财政', '税务局'],
    fields: [
      k('certificate_no', ['证书编号'], 'id', { pattern: /GR\d{12}/ }),
      k('company', ['企业名称'], 'text'),
      k('issue_date', ['发证时间', '发证日期'], 'date'),
      f('validity', ['有效期'], 'text'),
    ],
  },
];

/** The spec of a voucher type. */
export function voucherSpec(id: VoucherTypeId): VoucherSpec {
  const spec = VOUCHER_SPECS.find((s) => s.id === id);
  if (!spec) throw new Error(`no spec for voucher type ${id}`);
  return spec;
}
