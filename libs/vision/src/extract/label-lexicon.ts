// Label lexicon: the wordings real documents print for each field, beyond the catalogue's own labels in
// voucher-specs.ts. Data, not code: each entry names where the wording comes from. A longer label always
// wins over a shorter one it contains, so role-bearing labels (购买方名称) claim their field outright.
import type { VoucherTypeId } from '@uplift/domain';
import { PRINTED_VARIANTS } from './label-lexicon-printed-variants';

/**
 * Extra labels of one field of one voucher type ('invoice' = both VAT invoice types, 'contract' = sales +
 * purchase, 'any' = every type that has the field).
 */
export interface LexiconEntry {
  type: VoucherTypeId | 'invoice' | 'contract' | 'any';
  field: string;
  labels: readonly string[];
  source: string;
}

const LICENCE = 'SAMR business licence template (2014 reform, 2019 revision): 名称/类型/住所/法定代表人/注册资本/成立日期/营业期限';
const PERMIT = 'permit and certificate templates of the issuing bureaus (field names printed on the cards)';
const E_INVOICE = 'fully digital e-invoice (全电发票) layout, STA 2021; paper VAT invoice layout (金税 system)';
const CIVIL_CODE = 'Civil Code contract chapter wording (出卖人/买受人, 出租人/承租人) and model contract texts (GF-2000 series)';
/** The seller's and the buyer's role words in sales and purchase contracts (Civil Code 出卖人/买受人, trade 供方/需方). */
const SELLER_ROLES = ['出卖人', '供方', '卖方', '供货方', '供应方', '供应商'];
const BUYER_ROLES = ['买受人', '需方', '买方', '购货方', '采购方', '采购人'];
const LEASE_FORMS = "commercial lease and property-agency templates; city housing bureaus' 房屋租赁合同 model texts";
const TRADE = 'common wording of order, delivery and waybill forms (printed stationery)';
const BANK = 'bank statement exports and utility bills of major banks and grid/water companies';
const TAX = 'STA 税收完税证明 and 电子缴税付款凭证 templates; social insurance bureau certificates';
const VEHICLE = 'GA 37 vehicle licence and road transport certificate card fields';

/** Real-world label variants per field (sources in each entry). */
export const LABEL_LEXICON: readonly LexiconEntry[] = [
  // Issuing bureaus word the end of a validity the same way whatever the permit (食品经营许可证, 生产许可证, 资质证书…).
  {
    type: 'any',
    field: 'valid_until',
    labels: ['有效期至', '有效期限至', '有效期限', '有效截止日期', '有效期截止日期', '有效期', '有效日期'],
    source: PERMIT,
  },
  { type: 'business_licence', field: 'name', labels: ['企业名称', '名称'], source: LICENCE },
  // Permits and certificates name the holder 企业名称 as often as 单位名称 (生产许可证, 资质证书, 经营许可证 cards).
  { type: 'any', field: 'company', labels: ['企业名称'], source: PERMIT },
  {
    type: 'business_licence',
    field: 'legal_representative',
    labels: ['法定代表人(负责人)', '负责人', '投资人', '执行事务合伙人'],
    source: LICENCE,
  },
  { type: 'business_licence', field: 'address', labels: ['住所(经营场所)', '营业场所'], source: LICENCE },
  // The USCC label without 统一, as permits print it (社会信用代码(身份证号码)) and as OCR reads a licence's label whose 统一
  // is set apart or lost; no other field of a licence is named by it.
  { type: 'business_licence', field: 'uscc', labels: ['社会信用代码'], source: `${LICENCE}; ${PERMIT}` },
  { type: 'business_licence', field: 'registered_capital', labels: ['注册资金', '出资额'], source: LICENCE },
  { type: 'food_business_permit', field: 'operator_name', labels: ['经营者', '经营单位', '单位名称'], source: PERMIT },
  { type: 'food_business_permit', field: 'permit_no', labels: ['许可证号', '编号'], source: PERMIT },
  { type: 'food_business_permit', field: 'valid_until', labels: ['有效期限', '有效期限至', '有效截止日期', '有效期'], source: PERMIT },
  {
    type: 'road_transport_operating_licence',
    field: 'operator_name',
    labels: ['经营业户', '业户', '经营者名称', '单位名称'],
    source: PERMIT,
  },
  { type: 'road_transport_operating_licence', field: 'licence_no', labels: ['经营许可证号', '许可证编号', '编号'], source: PERMIT },
  { type: 'road_transport_operating_licence', field: 'valid_until', labels: ['有效期限', '有效期'], source: PERMIT },
  { type: 'road_transport_operating_licence', field: 'address', labels: ['住所', '经营地址'], source: PERMIT },
  { type: 'tobacco_retail_licence', field: 'licence_no', labels: ['许可证编号', '编号', '证号'], source: PERMIT },
  { type: 'tobacco_retail_licence', field: 'name', labels: ['企业(字号)名称', '字号名称', '经营者名称', '单位名称'], source: PERMIT },
  { type: 'tobacco_retail_licence', field: 'address', labels: ['经营地址', '地址'], source: PERMIT },
  { type: 'tobacco_retail_licence', field: 'valid_until', labels: ['有效期'], source: PERMIT },
  { type: 'medical_device_business_licence', field: 'licence_no', labels: ['许可证号', '编号'], source: PERMIT },
  { type: 'medical_device_business_licence', field: 'company', labels: ['企业(单位)名称', '经营企业', '单位名称', '名称'], source: PERMIT },
  { type: 'medical_device_business_licence', field: 'scope', labels: ['经营方式及范围', '许可范围'], source: PERMIT },
  { type: 'medical_device_business_licence', field: 'valid_until', labels: ['有效期'], source: PERMIT },
  { type: 'construction_qualification_certificate', field: 'company', labels: ['单位名称', '企业(单位)名称', '名称'], source: PERMIT },
  { type: 'construction_qualification_certificate', field: 'certificate_no', labels: ['编号', '证号', '资质证书编号'], source: PERMIT },
  {
    type: 'construction_qualification_certificate',
    field: 'qualification',
    labels: ['资质类别和等级', '资质等级', '资质类别'],
    source: PERMIT,
  },
  { type: 'construction_qualification_certificate', field: 'valid_until', labels: ['有效期至', '有效期限'], source: PERMIT },
  { type: 'construction_qualification_certificate', field: 'uscc', labels: ['社会信用代码'], source: PERMIT },
  { type: 'industrial_production_licence', field: 'company', labels: ['企业(单位)名称', '单位名称', '名称', '生产企业'], source: PERMIT },
  { type: 'industrial_production_licence', field: 'licence_no', labels: ['编号', '证号', '许可证编号'], source: PERMIT },
  { type: 'industrial_production_licence', field: 'product', labels: ['产品', '许可产品', '产品名称及型号'], source: PERMIT },
  { type: 'industrial_production_licence', field: 'valid_until', labels: ['有效期', '有效期限'], source: PERMIT },
  { type: 'road_transport_certificate', field: 'operator', labels: ['经营业户', '业户', '车主名称'], source: VEHICLE },
  { type: 'road_transport_certificate', field: 'plate', labels: ['车牌号码', '号牌号码', '车牌号', '号牌'], source: VEHICLE },
  { type: 'road_transport_certificate', field: 'certificate_no', labels: ['编号', '证件号'], source: VEHICLE },
  { type: 'road_transport_certificate', field: 'vehicle_type', labels: ['车型'], source: VEHICLE },
  { type: 'road_transport_certificate', field: 'tonnage', labels: ['吨位', '核定载质量', '吨(座)位数'], source: VEHICLE },
  { type: 'road_transport_certificate', field: 'valid_until', labels: ['有效期', '有效期限'], source: VEHICLE },
  { type: 'vehicle_licence', field: 'plate', labels: ['车牌号码', '号牌'], source: VEHICLE },
  { type: 'vehicle_licence', field: 'owner', labels: ['车主'], source: VEHICLE },
  { type: 'vehicle_licence', field: 'vin', labels: ['车辆识别代码', '车架号', 'VIN'], source: VEHICLE },
  { type: 'real_estate_certificate', field: 'right_holder', labels: ['产权人', '所有权人'], source: 'MNR 不动产权证书 template (2015)' },
  { type: 'real_estate_certificate', field: 'location', labels: ['房屋坐落', '房地坐落'], source: 'MNR 不动产权证书 template (2015)' },
  // The 面积 box prints the parcel's shared area and the building's: 共有宗地面积…㎡/房屋建筑面积…㎡ (the building's is the area).
  { type: 'real_estate_certificate', field: 'area', labels: ['房屋建筑面积', '建筑面积'], source: 'MNR 不动产权证书 template (2015)' },
  { type: 'real_estate_certificate', field: 'use', labels: ['规划用途', '用途(规划)'], source: 'MNR 不动产权证书 template (2015)' },
  { type: 'lease_contract', field: 'lessor', labels: ['甲方(出租人)', '甲方(出租方)', '出租人'], source: CIVIL_CODE },
  { type: 'lease_contract', field: 'lessee', labels: ['乙方(承租人)', '乙方(承租方)', '承租人'], source: CIVIL_CODE },
  { type: 'lease_contract', field: 'rent', labels: ['每月租金', '租金标准', '月租'], source: CIVIL_CODE },
  { type: 'lease_contract', field: 'term', labels: ['租期', '租赁期', '租赁期间'], source: CIVIL_CODE },
  { type: 'lease_contract', field: 'address', labels: ['租赁房屋坐落', '房屋地址'], source: CIVIL_CODE },
  // Commercial and agency lease templates (写字楼/商铺 forms of property agents and the 房屋租赁合同示范文本 of city bureaus).
  { type: 'lease_contract', field: 'lessor', labels: ['出租单位', '业主方'], source: LEASE_FORMS },
  { type: 'lease_contract', field: 'lessee', labels: ['承租单位'], source: LEASE_FORMS },
  { type: 'lease_contract', field: 'address', labels: ['租赁房屋地址', '坐落地址', '房屋位置', '租赁地点'], source: LEASE_FORMS },
  // Model lease texts describe the premises in the first article: 出租方将位于××路×号的房屋出租给承租方…
  { type: 'lease_contract', field: 'address', labels: ['位于'], source: LEASE_FORMS },
  { type: 'lease_contract', field: 'area', labels: ['租赁面积', '使用面积', '面积'], source: LEASE_FORMS },
  { type: 'lease_contract', field: 'rent', labels: ['月租金额', '租金金额'], source: LEASE_FORMS },
  { type: 'lease_contract', field: 'term', labels: ['租赁起止日期', '租赁起止时间'], source: LEASE_FORMS },
  { type: 'invoice', field: 'buyer', labels: ['购买方名称', '购方名称', '购货单位名称'], source: E_INVOICE },
  { type: 'invoice', field: 'seller', labels: ['销售方名称', '销方名称', '销货单位名称'], source: E_INVOICE },
  { type: 'invoice', field: 'buyer_tax_id', labels: ['购买方纳税人识别号', '购方纳税人识别号', '购方税号'], source: E_INVOICE },
  { type: 'invoice', field: 'seller_tax_id', labels: ['销售方纳税人识别号', '销方纳税人识别号', '销方税号'], source: E_INVOICE },
  { type: 'invoice', field: 'buyer_tax_id', labels: ['统一社会信用代码/纳税人识别号', '纳税人识别号', '税号'], source: E_INVOICE },
  { type: 'invoice', field: 'seller_tax_id', labels: ['统一社会信用代码/纳税人识别号', '纳税人识别号', '税号'], source: E_INVOICE },
  { type: 'invoice', field: 'date', labels: ['开票时间'], source: E_INVOICE },
  { type: 'invoice', field: 'invoice_no', labels: ['号码'], source: E_INVOICE },
  { type: 'invoice', field: 'total', labels: ['(小写)¥', '小写'], source: E_INVOICE },
  {
    type: 'contract',
    field: 'party_a',
    labels: ['甲方(出卖人)', '甲方(买受人)', '甲方(供货方)', '甲方(需方)', '甲方(采购人)'],
    source: CIVIL_CODE,
  },
  {
    type: 'contract',
    field: 'party_b',
    labels: ['乙方(买受人)', '乙方(出卖人)', '乙方(购货方)', '乙方(供方)', '乙方(供货方)'],
    source: CIVIL_CODE,
  },
  // A party named by its role alone: the seller is 甲方 of a sales contract and 乙方 of a purchase contract (the catalogue's
  // 甲方(卖方) / 甲方(采购方)), so the role words name the field by the contract's side.
  { type: 'sales_contract', field: 'party_a', labels: SELLER_ROLES, source: CIVIL_CODE },
  { type: 'sales_contract', field: 'party_b', labels: BUYER_ROLES, source: CIVIL_CODE },
  { type: 'purchase_contract', field: 'party_a', labels: BUYER_ROLES, source: CIVIL_CODE },
  { type: 'purchase_contract', field: 'party_b', labels: SELLER_ROLES, source: CIVIL_CODE },
  { type: 'contract', field: 'amount', labels: ['合同价款', '总金额', '合同总价', '总价款', '合计金额'], source: CIVIL_CODE },
  { type: 'contract', field: 'signing_date', labels: ['签约日期', '签订时间', '签署日期'], source: CIVIL_CODE },
  { type: 'contract', field: 'contract_no', labels: ['合同号', '编号'], source: CIVIL_CODE },
  { type: 'contract', field: 'term', labels: ['有效期', '履行期限'], source: CIVIL_CODE },
  { type: 'purchase_order', field: 'order_no', labels: ['采购单号', '订单号码', 'PO号', '单号', '编号'], source: TRADE },
  { type: 'purchase_order', field: 'buyer', labels: ['买方', '需方', '采购单位', '订购单位'], source: TRADE },
  { type: 'purchase_order', field: 'seller', labels: ['卖方', '供方', '供应单位'], source: TRADE },
  { type: 'purchase_order', field: 'date', labels: ['下单日期', '采购日期', '日期'], source: TRADE },
  { type: 'purchase_order', field: 'amount', labels: ['总金额', '金额合计', '订单金额'], source: TRADE },
  { type: 'delivery_note', field: 'note_no', labels: ['编号', 'NO.'], source: TRADE },
  { type: 'delivery_note', field: 'consignor', labels: ['供货单位', '发货方', '供方'], source: TRADE },
  { type: 'delivery_note', field: 'consignee', labels: ['收货客户', '收货方', '客户', '购货单位'], source: TRADE },
  { type: 'delivery_note', field: 'date', labels: ['发货日期', '日期'], source: TRADE },
  { type: 'freight_waybill', field: 'waybill_no', labels: ['运单编号', '单号', '编号'], source: TRADE },
  { type: 'freight_waybill', field: 'shipper', labels: ['发货人', '托运单位', '发货单位', '托运方'], source: TRADE },
  { type: 'freight_waybill', field: 'consignee', labels: ['收货单位', '收货方'], source: TRADE },
  { type: 'freight_waybill', field: 'freight_charge', labels: ['运费金额', '运杂费', '运费合计'], source: TRADE },
  { type: 'freight_waybill', field: 'plate', labels: ['车牌号码', '承运车辆', '车号'], source: TRADE },
  { type: 'customs_declaration', field: 'declaration_no', labels: ['报关单号'], source: 'GACC 报关单 form (2018 integrated declaration)' },
  { type: 'customs_declaration', field: 'trade_mode', labels: ['贸易方式'], source: 'GACC 报关单 form (before 2018: 贸易方式)' },
  { type: 'customs_declaration', field: 'currency', labels: ['币种'], source: 'GACC 报关单 form' },
  { type: 'customs_declaration', field: 'consignor', labels: ['收发货人', '经营单位'], source: 'GACC 报关单 form (before 2018: 经营单位)' },
  { type: 'customs_declaration', field: 'total_value', labels: ['总价合计', '总价总计'], source: 'GACC 报关单 goods table totals line' },
  { type: 'bank_statement', field: 'account_name', labels: ['客户名称', '账户名', '户 名'], source: BANK },
  { type: 'bank_statement', field: 'account_no', labels: ['账户', '客户账号', '账户号码'], source: BANK },
  { type: 'bank_statement', field: 'period', labels: ['交易期间', '查询日期', '查询时间段', '起始日期'], source: BANK },
  { type: 'utility_bill', field: 'account_no', labels: ['用户编号', '客户编号', '用户号'], source: BANK },
  { type: 'utility_bill', field: 'account_holder', labels: ['用户名称', '客户名称', '户主', '账户名称', '缴费户名'], source: BANK },
  {
    type: 'utility_bill',
    field: 'amount',
    labels: [
      '本期应缴',
      '本期应缴金额',
      '应交金额',
      '本期应交',
      '本期应交金额',
      '应缴电费',
      '应缴水费',
      '本期电费',
      '本期水费',
      '缴费金额',
      '合计金额',
      '应付金额',
      '本期应付金额',
    ],
    source: BANK,
  },
  {
    type: 'utility_bill',
    field: 'usage',
    labels: [
      '本期电量',
      '用电量(千瓦时)',
      '用水量(立方米)',
      '抄见电量',
      '电量',
      '合计电量',
      '水量',
      '结算电量',
      '计费电量',
      '实用电量',
      '结算水量',
      '计费水量',
    ],
    source: BANK,
  },
  {
    type: 'utility_bill',
    field: 'period',
    labels: ['账单周期', '计费期间', '抄表周期', '抄表期间', '结算周期', '用电周期', '用水周期', '账单期间'],
    source: BANK,
  },
  { type: 'payroll_sheet', field: 'company', labels: ['公司名称', '编制单位'], source: 'payroll sheet practice' },
  { type: 'payroll_sheet', field: 'month', labels: ['月份', '发放月份'], source: 'payroll sheet practice' },
  { type: 'payroll_sheet', field: 'total', labels: ['实发工资合计', '实发金额合计'], source: 'payroll sheet practice' },
  { type: 'social_insurance_certificate', field: 'company', labels: ['参保单位', '缴费单位', '单位'], source: TAX },
  // The certificate's prose names the unit: 兹证明××有限公司（统一社会信用代码：…）在我中心参加社会保险…
  { type: 'social_insurance_certificate', field: 'company', labels: ['兹证明'], source: TAX },
  { type: 'social_insurance_certificate', field: 'insured_head_count', labels: ['参保职工人数', '在职参保人数', '缴费人数'], source: TAX },
  { type: 'social_insurance_certificate', field: 'months_paid', labels: ['累计缴费月数', '缴费月份数'], source: TAX },
  { type: 'tax_payment_certificate', field: 'taxpayer_name', labels: ['纳税人', '纳税人全称', '缴款单位', '付款人名称'], source: TAX },
  { type: 'tax_payment_certificate', field: 'taxpayer_id', labels: ['统一社会信用代码/纳税人识别号', '税号', '付款人账号'], source: TAX },
  // Certificates issued since the USCC reform print the code's label with the taxpayer number in brackets, or alone.
  {
    type: 'tax_payment_certificate',
    field: 'taxpayer_id',
    labels: ['统一社会信用代码(纳税人识别号)', '统一社会信用代码', '社会信用代码'],
    source: TAX,
  },
  { type: 'tax_payment_certificate', field: 'tax_period', labels: ['所属时期', '税款所属日期', '所属日期'], source: TAX },
  {
    type: 'tax_payment_certificate',
    field: 'amount_paid',
    labels: ['实缴(退)金额', '实缴金额合计', '缴款金额', '合计', '小写(合计)金额', '合计金额'],
    source: TAX,
  },
  { type: 'tax_payment_certificate', field: 'tax_type', labels: ['税(费)种', '税(费)种名称', '税种名称', '征收项目'], source: TAX },
  { type: 'patent_certificate', field: 'patentee', labels: ['专利权人(权利人)', '权利人'], source: 'CNIPA patent certificate template' },
  { type: 'patent_certificate', field: 'grant_date', labels: ['授权日', '公告日'], source: 'CNIPA patent certificate template' },
  { type: 'patent_certificate', field: 'title', labels: ['名称'], source: 'CNIPA patent certificate template' },
  {
    type: 'high_tech_enterprise_certificate',
    field: 'company',
    labels: ['企业(单位)名称', '单位名称', '名称'],
    source: 'MOST/MOF/STA 高新技术企业证书 template',
  },
  {
    type: 'high_tech_enterprise_certificate',
    field: 'issue_date',
    labels: ['颁发日期', '发证时间'],
    source: 'MOST/MOF/STA 高新技术企业证书 template',
  },
  {
    type: 'high_tech_enterprise_certificate',
    field: 'certificate_no',
    labels: ['编号', '证号'],
    source: 'MOST/MOF/STA 高新技术企业证书 template',
  },
];

/**
 * Words printed on documents that are not labels of any field but contain one (货物或应税劳务、服务名称
 * contains 名称); listed so that they end a value and never lend their inner word to a field.
 */
export const NON_FIELD_LABELS: readonly string[] = [
  '货物或应税劳务、服务名称',
  '货物或应税劳务名称',
  '项目名称',
  '商品名称',
  '规格型号',
  '开户行及账号',
  '开户银行',
  '地址、电话',
  '地址电话',
  '价税合计',
  '密码区',
  '税率',
  '税额',
  '单价',
  '数量',
  '金额',
  '备注',
  '开票人',
  '收款人',
  '复核',
  '类型',
  '电话',
  '日期',
  '销售方(章)',
  '(小写)',
  '(大写)',
  '签字',
  '盖章',
  '签章',
  '联系人',
  '联系电话',
  '传真',
  '邮编',
  '法定代表人签字',
  '委托代理人',
  '甲方代表',
  '乙方代表',
  '代表签字',
  '授权代表',
  '甲方(盖章)',
  '乙方(盖章)',
  '甲方(签章)',
  '乙方(签章)',
  '购买方信息',
  '销售方信息',
  '购买方',
  '销售方',
  // Areas printed beside the one a field reads (不动产权证书 面积 box and 权利其他状况).
  '共有宗地面积',
  '宗地面积',
  '分摊建筑面积',
  '专有建筑面积',
  '分摊土地面积',
  // The operator's operating-licence number on a 道路运输证 (GA road transport card): another document's number, whose
  // 证号 is not the card's own.
  '经营许可证号',
  // Identity lines printed beside a party's name on contracts and leases (张三 身份证号码：…).
  '身份证号码',
  '身份证号',
  '证件号码',
  '证件类型',
  '联系地址',
  '通讯地址',
  '发证机关',
  '登记机关',
  '签发机关',
  '核发机关',
  // Signature blocks of delivery notes, outbound notes and orders (printed stationery): the people who sign, never a party.
  '送货人',
  '收货人签字',
  '收货人签收',
  '制单人',
  '制单',
  '审核人',
  '经办人',
  '仓管员',
  // Legends of the seals a company stamps (the Ministry of Public Security's seal types): a seal names no party by its legend.
  '发货专用章',
  '合同专用章',
  '财务专用章',
  '发票专用章',
  '业务专用章',
];

/** Lexicon labels of a field of a voucher type. */
export function lexiconLabels(type: VoucherTypeId, field: string): string[] {
  const group =
    type === 'vat_special_invoice' || type === 'vat_ordinary_invoice'
      ? 'invoice'
      : type === 'sales_contract' || type === 'purchase_contract'
        ? 'contract'
        : null;
  return [...LABEL_LEXICON, ...PRINTED_VARIANTS]
    .filter((e) => (e.type === type || e.type === group || e.type === 'any') && e.field === field)
    .flatMap((e) => e.labels);
}
