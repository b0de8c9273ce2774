// More printed wordings of the catalogue's fields, from the same kinds of source as label-lexicon.ts (general
// knowledge of the printed forms, never a benchmark's renderer): cards of the vehicle and transport bureaus,
// customs and waybill stationery, bank and utility print-outs, payroll and social-insurance forms. Data, not code.
import type { LexiconEntry } from './label-lexicon';

const VEHICLE = 'GA 37 vehicle licence and JT/T road transport certificate card fields';
const TRADE = 'order, delivery, waybill and customs stationery (GACC 报关单 2018 boxes)';
const BANK = 'bank statement exports and grid/water/gas bills';
const TAX = 'STA 税收完税证明 and 电子缴税付款凭证 templates; social insurance bureau certificates; payroll sheet practice';
const CARDS = 'SAMR licences and CNIPA patent certificates (field names printed on the cards)';

/** Further real-world label variants per field (sources in each entry). */
export const PRINTED_VARIANTS: readonly LexiconEntry[] = [
  // The paper invoice prints its number at the top right after a "No" in the form's own type.
  {
    type: 'invoice',
    field: 'invoice_no',
    labels: ['No', 'No.', 'NO', 'No:', 'N0'],
    source: 'paper VAT invoice layout (金税 system, GB/T 增值税专用发票 form)',
  },
  { type: 'road_transport_certificate', field: 'plate', labels: ['牌照号码', '车辆牌照号', '车辆号码'], source: VEHICLE },
  { type: 'road_transport_certificate', field: 'certificate_no', labels: ['运输证号', '道路运输证编号'], source: VEHICLE },
  { type: 'road_transport_certificate', field: 'vehicle_type', labels: ['车辆种类'], source: VEHICLE },
  { type: 'vehicle_licence', field: 'vin', labels: ['车辆识别代号/车架号', 'VIN码'], source: VEHICLE },
  { type: 'freight_waybill', field: 'freight_charge', labels: ['运费(元)', '运输费', '运费总额'], source: TRADE },
  { type: 'freight_waybill', field: 'waybill_no', labels: ['运单号码'], source: TRADE },
  // Printed stationery numbers its forms at the top right after a No (No.TY1273…, NO.:CG2025…), as the paper invoice does.
  { type: 'freight_waybill', field: 'waybill_no', labels: ['No', 'No.', 'NO', 'NO.'], source: TRADE },
  { type: 'purchase_order', field: 'order_no', labels: ['No', 'No.', 'NO', 'NO.'], source: TRADE },
  { type: 'delivery_note', field: 'note_no', labels: ['No', 'No.', 'NO'], source: TRADE },
  { type: 'freight_waybill', field: 'route', labels: ['起运地-到达地', '起运地至到达地', '起讫地点', '发站-到站'], source: TRADE },
  { type: 'freight_waybill', field: 'plate', labels: ['车辆号码', '车辆号牌'], source: TRADE },
  { type: 'customs_declaration', field: 'consignor', labels: ['境内收发货人'], source: TRADE },
  { type: 'customs_declaration', field: 'currency', labels: ['币别'], source: TRADE },
  { type: 'delivery_note', field: 'total', labels: ['总金额', '金额合计'], source: TRADE },
  { type: 'purchase_order', field: 'amount', labels: ['订单总额', '订单总金额'], source: TRADE },
  { type: 'contract', field: 'amount', labels: ['合同总价款', '合同总额'], source: TRADE },
  { type: 'bank_statement', field: 'account_name', labels: ['账户户名'], source: BANK },
  { type: 'bank_statement', field: 'account_no', labels: ['账户账号'], source: BANK },
  { type: 'bank_statement', field: 'period', labels: ['查询起止日期', '对账期间', '账单期间'], source: BANK },
  // The summary line under a statement's rows: 总收入：…  总支出：… / 贷方发生总额 … 借方发生总额 ….
  { type: 'bank_statement', field: 'total_credit', labels: ['总收入', '收入总额', '贷方发生总额', '贷方总额'], source: BANK },
  { type: 'bank_statement', field: 'total_debit', labels: ['总支出', '支出总额', '借方发生总额', '借方总额'], source: BANK },
  { type: 'utility_bill', field: 'period', labels: ['用电周期', '用水周期', '账务周期'], source: BANK },
  { type: 'utility_bill', field: 'amount', labels: ['应收金额', '本期应付', '应缴总额', '本期应缴总额'], source: BANK },
  { type: 'utility_bill', field: 'account_no', labels: ['缴费号', '客户号'], source: BANK },
  { type: 'payroll_sheet', field: 'company', labels: ['用人单位'], source: TAX },
  { type: 'payroll_sheet', field: 'month', labels: ['工资所属期', '所属期间'], source: TAX },
  { type: 'payroll_sheet', field: 'total', labels: ['实发工资总额', '实发总额'], source: TAX },
  { type: 'social_insurance_certificate', field: 'company', labels: ['参保单位名称', '缴费单位名称'], source: TAX },
  { type: 'social_insurance_certificate', field: 'months_paid', labels: ['实缴月数'], source: TAX },
  { type: 'tax_payment_certificate', field: 'amount_paid', labels: ['实缴税额', '合计(小写)', '小写金额'], source: TAX },
  { type: 'tax_payment_certificate', field: 'tax_period', labels: ['所属期'], source: TAX },
  { type: 'business_licence', field: 'address', labels: ['主要经营场所'], source: CARDS },
  { type: 'business_licence', field: 'established_date', labels: ['成立时间'], source: CARDS },
  { type: 'medical_device_business_licence', field: 'legal_representative', labels: ['企业负责人'], source: CARDS },
  { type: 'patent_certificate', field: 'title', labels: ['发明创造名称'], source: CARDS },
  { type: 'patent_certificate', field: 'filing_date', labels: ['申请日'], source: CARDS },
];
