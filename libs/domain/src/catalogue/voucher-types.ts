/** Group of the evidence catalogue a voucher type belongs to (../shared/domain/VOUCHERS.md). */
export type VoucherGroup = 'registration' | 'vehicles_premises' | 'trade' | 'cash_flow' | 'intangibles';

/** One of the 26 voucher types a merchant can submit. */
export interface VoucherType {
  id: string;
  zh: string;
  en: string;
  group: VoucherGroup;
  keyFields: readonly string[];
}

/** The 26 voucher types, in catalogue order. Ids are stable and stored in events. */
export const VOUCHER_TYPES = [
  {
    id: 'business_licence',
    zh: '营业执照',
    en: 'business licence',
    group: 'registration',
    keyFields: ['name', 'uscc', 'legal_representative', 'established_date', 'address', 'business_scope'],
  },
  {
    id: 'food_business_permit',
    zh: '食品经营许可证',
    en: 'food business permit',
    group: 'registration',
    keyFields: ['permit_no', 'operator_name', 'uscc', 'premises', 'valid_until'],
  },
  {
    id: 'road_transport_operating_licence',
    zh: '道路运输经营许可证',
    en: 'road transport operating licence',
    group: 'registration',
    keyFields: ['licence_no', 'operator_name', 'business_scope', 'valid_until'],
  },
  {
    id: 'tobacco_retail_licence',
    zh: '烟草专卖零售许可证',
    en: 'tobacco retail licence',
    group: 'registration',
    keyFields: ['licence_no', 'name', 'address', 'valid_until'],
  },
  {
    id: 'medical_device_business_licence',
    zh: '医疗器械经营许可证',
    en: 'medical device business licence',
    group: 'registration',
    keyFields: ['licence_no', 'company', 'scope', 'valid_until'],
  },
  {
    id: 'construction_qualification_certificate',
    zh: '建筑业企业资质证书',
    en: 'construction qualification certificate',
    group: 'registration',
    keyFields: ['certificate_no', 'company', 'uscc', 'qualification', 'valid_until'],
  },
  {
    id: 'industrial_production_licence',
    zh: '工业产品生产许可证',
    en: 'industrial production licence',
    group: 'registration',
    keyFields: ['licence_no', 'company', 'product', 'valid_until'],
  },
  {
    id: 'road_transport_certificate',
    zh: '道路运输证',
    en: 'road transport certificate',
    group: 'vehicles_premises',
    keyFields: ['certificate_no', 'operator', 'plate', 'vehicle_type', 'tonnage', 'valid_until'],
  },
  {
    id: 'vehicle_licence',
    zh: '机动车行驶证',
    en: 'vehicle licence',
    group: 'vehicles_premises',
    keyFields: ['plate', 'vehicle_type', 'owner', 'vin', 'registration_date', 'rated_load'],
  },
  {
    id: 'real_estate_certificate',
    zh: '不动产权证书',
    en: 'real estate certificate',
    group: 'vehicles_premises',
    keyFields: ['certificate_no', 'right_holder', 'location', 'area', 'use'],
  },
  {
    id: 'lease_contract',
    zh: '房屋租赁合同',
    en: 'lease contract',
    group: 'vehicles_premises',
    keyFields: ['lessor', 'lessee', 'address', 'area', 'rent', 'term'],
  },
  {
    id: 'vat_special_invoice',
    zh: '增值税专用发票',
    en: 'VAT special invoice',
    group: 'trade',
    keyFields: ['invoice_no', 'date', 'buyer', 'seller', 'amount', 'tax', 'total'],
  },
  {
    id: 'vat_ordinary_invoice',
    zh: '增值税普通发票',
    en: 'VAT ordinary invoice',
    group: 'trade',
    keyFields: ['invoice_no', 'date', 'buyer', 'seller', 'amount', 'tax', 'total'],
  },
  {
    id: 'sales_contract',
    zh: '销售合同',
    en: 'sales contract',
    group: 'trade',
    keyFields: ['contract_no', 'party_a', 'party_b', 'amount', 'signing_date', 'term'],
  },
  {
    id: 'purchase_contract',
    zh: '采购合同',
    en: 'purchase contract',
    group: 'trade',
    keyFields: ['contract_no', 'party_a', 'party_b', 'amount', 'signing_date', 'term'],
  },
  {
    id: 'purchase_order',
    zh: '订货单',
    en: 'purchase order',
    group: 'trade',
    keyFields: ['order_no', 'buyer', 'seller', 'amount', 'date'],
  },
  { id: 'delivery_note', zh: '送货单', en: 'delivery note', group: 'trade', keyFields: ['note_no', 'consignor', 'consignee', 'date'] },
  {
    id: 'freight_waybill',
    zh: '货运单',
    en: 'freight waybill',
    group: 'trade',
    keyFields: ['waybill_no', 'shipper', 'consignee', 'route', 'freight_charge', 'plate'],
  },
  {
    id: 'customs_declaration',
    zh: '报关单',
    en: 'customs declaration',
    group: 'trade',
    keyFields: ['declaration_no', 'consignor', 'trade_mode', 'total_value', 'currency'],
  },
  {
    id: 'bank_statement',
    zh: '银行流水',
    en: 'bank statement',
    group: 'cash_flow',
    keyFields: ['account_name', 'account_no', 'period', 'total_credit', 'total_debit'],
  },
  {
    id: 'utility_bill',
    zh: '水电费缴费单',
    en: 'utility bill',
    group: 'cash_flow',
    keyFields: ['account_holder', 'account_no', 'address', 'period', 'usage', 'amount'],
  },
  { id: 'payroll_sheet', zh: '工资表', en: 'payroll sheet', group: 'cash_flow', keyFields: ['company', 'month', 'head_count', 'total'] },
  {
    id: 'social_insurance_certificate',
    zh: '社保缴费证明',
    en: 'social insurance certificate',
    group: 'cash_flow',
    keyFields: ['company', 'insured_head_count', 'months_paid'],
  },
  {
    id: 'tax_payment_certificate',
    zh: '完税证明',
    en: 'tax payment certificate',
    group: 'cash_flow',
    keyFields: ['taxpayer_id', 'tax_period', 'tax_type', 'amount_paid'],
  },
  {
    id: 'patent_certificate',
    zh: '专利证书',
    en: 'patent certificate',
    group: 'intangibles',
    keyFields: ['patent_no', 'title', 'patentee', 'grant_date'],
  },
  {
    id: 'high_tech_enterprise_certificate',
    zh: '高新技术企业证书',
    en: 'high-tech enterprise certificate',
    group: 'intangibles',
    keyFields: ['certificate_no', 'company', 'issue_date'],
  },
] as const satisfies readonly VoucherType[];

/** Stable id of a voucher type. */
export type VoucherTypeId = (typeof VOUCHER_TYPES)[number]['id'];

const VOUCHER_IDS: ReadonlySet<string> = new Set(VOUCHER_TYPES.map((v) => v.id));

/** True when `id` names one of the 26 voucher types. */
export function isVoucherTypeId(id: string): id is VoucherTypeId {
  return VOUCHER_IDS.has(id);
}

/** The catalogue entry of a voucher type. */
export function voucherType(id: VoucherTypeId): VoucherType {
  const found = VOUCHER_TYPES.find((v) => v.id === id);
  if (!found) throw new Error(`unknown voucher type ${id}`);
  return found;
}
