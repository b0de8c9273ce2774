import { industry as domainIndustry, type EvidenceKind, type IndustryId, type PhotoClassId, type VoucherTypeId } from '../catalogue';
import type { ClaimGroup, IndustryKnowledge, Sourced, SourcedRange } from './types';

const A = 'assumption';
const r = (min: number, max: number, unit: string, source = A): SourcedRange => ({ min, max, unit, source });
const s = (value: number, source = A): Sourced => ({ value, source });
const V = (type: VoucherTypeId): EvidenceKind => ({ kind: 'voucher', type });
const P = (cls: PhotoClassId): EvidenceKind => ({ kind: 'photo', class: cls });
const weights = (w: Record<ClaimGroup, number>): Record<ClaimGroup, Sourced> => ({
  existence: s(w.existence),
  revenue: s(w.revenue),
  capacity: s(w.capacity),
  cycle: s(w.cycle),
  tenure: s(w.tenure),
});

/** Public sources cited below (by short name). */
export const SOURCES = {
  nbsWage2023:
    'National Bureau of Statistics of China, average annual wage of urban private-sector employees in 2023: CNY 68,340 (release of May 2024)',
  smePayment2020:
    'Regulations on Ensuring Payments to Small and Medium-sized Enterprises (State Council Decree No. 728, 2020): large enterprises pay SMEs within 60 days of delivery unless agreed otherwise',
  bailing2022:
    'Public reporting on MYbank "Bailing" interactive risk control (18 July 2022): truck-fleet owner raised from about CNY 100k to CNY 200k after uploading trucks, road transport permits, freight contracts and invoices',
  domainKb: 'libs/domain INDUSTRIES (assumption, shared with the limit decision)',
} as const;

/** Average monthly wage used to cross-check payroll (CNY 68,340 / 12). */
export const AVERAGE_MONTHLY_WAGE: Sourced = s(5_695, SOURCES.nbsWage2023);

function revenueOf(id: IndustryId): SourcedRange {
  const entry = domainIndustry(id);
  return r(entry.monthlyRevenue.min.value, entry.monthlyRevenue.max.value, 'CNY/month', SOURCES.domainKb);
}
const ratioOf = (id: IndustryId): Sourced => s(domainIndustry(id).creditToRevenue.value, SOURCES.domainKb);
const staffProof = [V('payroll_sheet'), V('social_insurance_certificate')] as const;

/** The trade knowledge the dialogue draws on, one entry per industry of the domain catalogue. */
export const INDUSTRY_KNOWLEDGE: readonly IndustryKnowledge[] = [
  {
    id: 'catering',
    monthlyRevenue: revenueOf('catering'),
    creditToRevenue: ratioOf('catering'),
    drivers: [
      {
        fact: 'seats',
        zh: '座位',
        en: 'seats',
        revenuePerUnitMonthly: r(1_000, 6_000, 'CNY/seat/month'),
        typicalCount: r(20, 200, 'seats'),
        provenBy: [P('shop_interior')],
      },
      {
        fact: 'employees',
        zh: '员工',
        en: 'staff',
        revenuePerUnitMonthly: r(10_000, 80_000, 'CNY/employee/month'),
        typicalCount: r(3, 40, 'people'),
        provenBy: staffProof,
      },
    ],
    otherDrivers: [],
    staff: r(3, 40, 'people'),
    rentShareOfRevenue: r(0.08, 0.2, 'share'),
    paymentCycleDays: r(0, 7, 'days', 'assumption: cash and mobile payments settle within days; delivery platforms settle weekly'),
    upstream: [{ zh: '食材供应商、农贸批发市场', en: 'food suppliers and wholesale markets' }],
    downstream: [{ zh: '堂食顾客、外卖平台', en: 'dine-in customers and delivery platforms' }],
    seasonality: {
      peakMonths: [1, 2, 10, 12],
      peakToAverage: s(1.3),
      zh: '春节、国庆前后是旺季',
      en: 'peaks around Spring Festival and National Day',
    },
    evidence: [
      V('business_licence'),
      V('food_business_permit'),
      V('bank_statement'),
      V('lease_contract'),
      V('utility_bill'),
      P('shop_interior'),
      P('kitchen_equipment'),
      P('storefront'),
      V('payroll_sheet'),
    ],
    claimWeights: weights({ existence: 0.2, revenue: 0.35, capacity: 0.12, cycle: 0.01, tenure: 0.03 }),
  },
  {
    id: 'retail',
    monthlyRevenue: revenueOf('retail'),
    creditToRevenue: ratioOf('retail'),
    drivers: [
      {
        fact: 'employees',
        zh: '店员',
        en: 'staff',
        revenuePerUnitMonthly: r(20_000, 80_000, 'CNY/employee/month'),
        typicalCount: r(1, 15, 'people'),
        provenBy: staffProof,
      },
    ],
    otherDrivers: [
      {
        id: 'shelf_metres',
        zh: '货架米数',
        en: 'shelf metres',
        revenuePerUnitMonthly: r(1_000, 6_000, 'CNY/shelf metre/month'),
        typicalCount: r(10, 200, 'metres'),
        provenBy: [P('shelf_goods')],
      },
    ],
    staff: r(1, 15, 'people'),
    rentShareOfRevenue: r(0.05, 0.15, 'share'),
    paymentCycleDays: r(0, 3, 'days', 'assumption: sales are paid at the till'),
    upstream: [{ zh: '批发商、品牌经销商、烟草公司', en: 'wholesalers, brand distributors, the tobacco company' }],
    downstream: [{ zh: '周边居民、社区团购', en: 'neighbourhood shoppers and community group-buying' }],
    seasonality: { peakMonths: [1, 2], peakToAverage: s(1.4), zh: '春节前备货和销售最旺', en: 'busiest before Spring Festival' },
    evidence: [
      V('business_licence'),
      V('bank_statement'),
      V('tobacco_retail_licence'),
      V('vat_ordinary_invoice'),
      V('lease_contract'),
      P('shelf_goods'),
      P('storefront'),
      V('purchase_order'),
    ],
    claimWeights: weights({ existence: 0.2, revenue: 0.35, capacity: 0.1, cycle: 0.01, tenure: 0.03 }),
  },
  {
    id: 'logistics',
    monthlyRevenue: revenueOf('logistics'),
    creditToRevenue: ratioOf('logistics'),
    drivers: [
      {
        fact: 'vehicles',
        zh: '营运车辆',
        en: 'vehicles',
        revenuePerUnitMonthly: r(25_000, 90_000, 'CNY/vehicle/month', 'assumption (consistent with ' + SOURCES.bailing2022 + ')'),
        typicalCount: r(1, 30, 'vehicles'),
        provenBy: [V('road_transport_certificate'), V('vehicle_licence'), P('commercial_vehicle')],
      },
      {
        fact: 'employees',
        zh: '司机和员工',
        en: 'drivers and staff',
        revenuePerUnitMonthly: r(15_000, 90_000, 'CNY/employee/month'),
        typicalCount: r(1, 40, 'people'),
        provenBy: staffProof,
      },
    ],
    otherDrivers: [],
    staff: r(1, 40, 'people'),
    rentShareOfRevenue: r(0.01, 0.05, 'share'),
    paymentCycleDays: r(30, 120, 'days', 'assumption: shippers and freight platforms settle monthly to quarterly'),
    upstream: [{ zh: '加油站、车辆租赁/按揭、维修厂', en: 'fuel stations, truck leasing and repair shops' }],
    downstream: [{ zh: '货主工厂、物流公司、货运平台', en: 'shippers, 3PL companies and freight platforms' }],
    seasonality: {
      peakMonths: [10, 11, 12],
      peakToAverage: s(1.3),
      zh: '四季度是旺季，春节前后是淡季',
      en: 'Q4 is peak season; Spring Festival is slack',
    },
    evidence: [
      V('road_transport_operating_licence'),
      V('road_transport_certificate'),
      V('vehicle_licence'),
      P('commercial_vehicle'),
      V('freight_waybill'),
      V('vat_special_invoice'),
      V('sales_contract'),
      V('bank_statement'),
      V('business_licence'),
    ],
    claimWeights: weights({ existence: 0.2, revenue: 0.35, capacity: 0.3, cycle: 0.06, tenure: 0.03 }),
  },
  {
    id: 'construction',
    monthlyRevenue: revenueOf('construction'),
    creditToRevenue: ratioOf('construction'),
    drivers: [
      {
        fact: 'vehicles',
        zh: '工程机械（挖机、装载机等）',
        en: 'machines such as excavators and loaders',
        revenuePerUnitMonthly: r(20_000, 80_000, 'CNY/machine/month'),
        typicalCount: r(1, 20, 'machines'),
        provenBy: [P('engineering_vehicle'), V('vehicle_licence')],
      },
      {
        fact: 'employees',
        zh: '工人',
        en: 'workers',
        revenuePerUnitMonthly: r(10_000, 40_000, 'CNY/worker/month'),
        typicalCount: r(5, 100, 'people'),
        provenBy: staffProof,
      },
    ],
    otherDrivers: [],
    staff: r(5, 100, 'people'),
    rentShareOfRevenue: r(0.01, 0.05, 'share'),
    paymentCycleDays: r(
      60,
      270,
      'days',
      'assumption: progress payments with retention; ' + SOURCES.smePayment2020 + ' sets the 60-day floor for large buyers',
    ),
    upstream: [{ zh: '建材供应商、设备租赁', en: 'building-material suppliers and equipment rental' }],
    downstream: [{ zh: '总包单位、开发商、政府项目', en: 'general contractors, developers and public projects' }],
    seasonality: {
      peakMonths: [3, 4, 5, 9, 10, 11],
      peakToAverage: s(1.3),
      zh: '春秋施工旺季，冬季和雨季较淡',
      en: 'spring and autumn are busy; winter and the rainy season are slack',
    },
    evidence: [
      V('construction_qualification_certificate'),
      V('sales_contract'),
      P('engineering_vehicle'),
      V('vat_special_invoice'),
      V('bank_statement'),
      V('business_licence'),
      V('vehicle_licence'),
      V('payroll_sheet'),
    ],
    claimWeights: weights({ existence: 0.2, revenue: 0.35, capacity: 0.3, cycle: 0.12, tenure: 0.03 }),
  },
  {
    id: 'manufacturing',
    monthlyRevenue: revenueOf('manufacturing'),
    creditToRevenue: ratioOf('manufacturing'),
    drivers: [
      {
        fact: 'employees',
        zh: '工人',
        en: 'workers',
        revenuePerUnitMonthly: r(15_000, 60_000, 'CNY/worker/month'),
        typicalCount: r(5, 200, 'people'),
        provenBy: staffProof,
      },
    ],
    otherDrivers: [
      {
        id: 'machines',
        zh: '生产设备台数',
        en: 'production machines',
        revenuePerUnitMonthly: r(10_000, 100_000, 'CNY/machine/month'),
        typicalCount: r(2, 100, 'machines'),
        provenBy: [P('production_equipment')],
      },
    ],
    staff: r(5, 200, 'people'),
    rentShareOfRevenue: r(0.02, 0.08, 'share'),
    paymentCycleDays: r(30, 120, 'days', 'assumption; ' + SOURCES.smePayment2020),
    upstream: [{ zh: '原材料供应商', en: 'raw-material suppliers' }],
    downstream: [{ zh: '整机厂、品牌商、经销商', en: 'OEMs, brand owners and distributors' }],
    seasonality: {
      peakMonths: [9, 10, 11, 12],
      peakToAverage: s(1.2),
      zh: '下半年订单较多，春节前后停工',
      en: 'orders peak in the second half; plants pause over Spring Festival',
    },
    evidence: [
      V('vat_special_invoice'),
      V('industrial_production_licence'),
      V('sales_contract'),
      V('purchase_contract'),
      P('production_equipment'),
      V('bank_statement'),
      V('payroll_sheet'),
      V('patent_certificate'),
      V('high_tech_enterprise_certificate'),
      V('tax_payment_certificate'),
    ],
    claimWeights: weights({ existence: 0.2, revenue: 0.35, capacity: 0.25, cycle: 0.1, tenure: 0.03 }),
  },
  {
    id: 'wholesale',
    monthlyRevenue: revenueOf('wholesale'),
    creditToRevenue: ratioOf('wholesale'),
    drivers: [
      {
        fact: 'employees',
        zh: '员工',
        en: 'staff',
        revenuePerUnitMonthly: r(50_000, 300_000, 'CNY/employee/month'),
        typicalCount: r(2, 30, 'people'),
        provenBy: staffProof,
      },
    ],
    otherDrivers: [
      {
        id: 'storage_m2',
        zh: '仓库面积（平方米）',
        en: 'warehouse area (m2)',
        revenuePerUnitMonthly: r(300, 3_000, 'CNY/m2/month'),
        typicalCount: r(50, 3_000, 'm2'),
        provenBy: [P('warehouse_inventory'), V('lease_contract')],
      },
    ],
    staff: r(2, 30, 'people'),
    rentShareOfRevenue: r(0.01, 0.05, 'share'),
    paymentCycleDays: r(15, 90, 'days', 'assumption: downstream retailers and restaurants buy on monthly account'),
    upstream: [{ zh: '厂家、品牌方、进口商', en: 'manufacturers, brand owners and importers' }],
    downstream: [{ zh: '零售店、餐馆、电商卖家', en: 'shops, restaurants and online sellers' }],
    seasonality: { peakMonths: [9, 12, 1], peakToAverage: s(1.3), zh: '节前备货期最忙', en: 'busiest when shops stock up before holidays' },
    evidence: [
      V('vat_special_invoice'),
      V('purchase_contract'),
      V('sales_contract'),
      V('bank_statement'),
      V('delivery_note'),
      P('warehouse_inventory'),
      V('customs_declaration'),
      V('business_licence'),
    ],
    claimWeights: weights({ existence: 0.2, revenue: 0.35, capacity: 0.08, cycle: 0.1, tenure: 0.03 }),
  },
  {
    id: 'agriculture',
    monthlyRevenue: revenueOf('agriculture'),
    creditToRevenue: ratioOf('agriculture'),
    drivers: [
      {
        fact: 'employees',
        zh: '长期工人',
        en: 'permanent workers',
        revenuePerUnitMonthly: r(5_000, 30_000, 'CNY/worker/month'),
        typicalCount: r(1, 30, 'people'),
        provenBy: staffProof,
      },
    ],
    otherDrivers: [
      {
        id: 'land_mu',
        zh: '经营面积（亩）',
        en: 'land (mu)',
        revenuePerUnitMonthly: r(100, 2_000, 'CNY/mu/month'),
        typicalCount: r(10, 1_000, 'mu'),
        provenBy: [P('agriculture'), V('lease_contract')],
      },
    ],
    staff: r(1, 30, 'people'),
    rentShareOfRevenue: r(0.05, 0.2, 'share'),
    paymentCycleDays: r(0, 60, 'days'),
    upstream: [{ zh: '种子、化肥、饲料供应商', en: 'seed, fertiliser and feed suppliers' }],
    downstream: [{ zh: '批发市场、合作社、加工厂、超市', en: 'wholesale markets, cooperatives, processors and supermarkets' }],
    seasonality: { peakMonths: [9, 10, 11], peakToAverage: s(2.0), zh: '收获季集中回款', en: 'most income arrives at harvest' },
    evidence: [
      V('lease_contract'),
      P('agriculture'),
      V('sales_contract'),
      V('bank_statement'),
      V('vat_ordinary_invoice'),
      V('business_licence'),
    ],
    claimWeights: weights({ existence: 0.2, revenue: 0.35, capacity: 0.2, cycle: 0.05, tenure: 0.05 }),
  },
  {
    id: 'personal_services',
    monthlyRevenue: revenueOf('personal_services'),
    creditToRevenue: ratioOf('personal_services'),
    drivers: [
      {
        fact: 'employees',
        zh: '员工',
        en: 'staff',
        revenuePerUnitMonthly: r(8_000, 30_000, 'CNY/employee/month'),
        typicalCount: r(1, 20, 'people'),
        provenBy: staffProof,
      },
    ],
    otherDrivers: [
      {
        id: 'stations',
        zh: '工位（座椅、洗车位）',
        en: 'stations (chairs, bays)',
        revenuePerUnitMonthly: r(5_000, 25_000, 'CNY/station/month'),
        typicalCount: r(1, 20, 'stations'),
        provenBy: [P('shop_interior')],
      },
    ],
    staff: r(1, 20, 'people'),
    rentShareOfRevenue: r(0.1, 0.25, 'share'),
    paymentCycleDays: r(0, 3, 'days', 'assumption: paid at the counter or by prepaid card'),
    upstream: [{ zh: '产品和耗材供应商', en: 'product and consumables suppliers' }],
    downstream: [{ zh: '周边居民、会员', en: 'local residents and members' }],
    seasonality: { peakMonths: [1, 2], peakToAverage: s(1.5), zh: '春节前最忙', en: 'busiest before Spring Festival' },
    evidence: [
      V('business_licence'),
      V('bank_statement'),
      V('lease_contract'),
      P('storefront'),
      P('shop_interior'),
      V('utility_bill'),
      V('payroll_sheet'),
    ],
    claimWeights: weights({ existence: 0.2, revenue: 0.35, capacity: 0.08, cycle: 0.01, tenure: 0.03 }),
  },
];
