import type { EvidenceKind, IndustryId, VoucherTypeId } from '@uplift/domain';

// My own model of the eight trades of BACKGROUND.md / VOUCHERS.md, written without reading the policy's
// norms or the knowledge base's figures. Every number is an assumption of this split (README.md says why).

/** One piece of evidence a merchant of the trade may hold, and how often they do. */
export interface Habit {
  kind: EvidenceKind;
  /** Share of merchants of the trade who hold it and would upload it when asked. */
  share: number;
}

/** What this split assumes about one trade. */
export interface TradeModel {
  id: IndustryId;
  /** Range of true average monthly revenue (CNY), drawn log-uniformly. */
  monthlyRevenue: [number, number];
  /** Month (1-12) → that month's revenue relative to the yearly average (mean 1). */
  season: readonly number[];
  /** Days of revenue tied up in receivables and stock: the working capital the line must fund. */
  workingCapitalDays: number;
  /** Net margin: what is left to service the line. */
  netMargin: number;
  /** Share of takings that reaches the merchant's bank account (the rest is cash or another channel). */
  bankedShare: [number, number];
  /** Purchases as a share of revenue (cost of goods); documented purchases prove at least revenue ≥ purchases / share. */
  costShare: number;
  /** The trade's own permit, when it needs one. */
  permit: VoucherTypeId | null;
  /** Whether the merchant is usually an individual business (个体工商户) or a company. */
  individualShare: number;
  /** The trade's revenue driver and how much one unit earns per month (true, not the reviewer's credit). */
  driver: { fact: 'vehicles' | 'seats' | 'employees'; revenuePerUnit: [number, number] } | null;
  habits: readonly Habit[];
  /** Brand words for names and shop signs. */
  shopWords: readonly string[];
  /** Trade word in company names. */
  tradeWord: string;
}

const v = (type: VoucherTypeId, share: number): Habit => ({ kind: { kind: 'voucher', type }, share });
const p = (cls: Extract<EvidenceKind, { kind: 'photo' }>['class'], share: number): Habit => ({
  kind: { kind: 'photo', class: cls },
  share,
});

/** Normalises twelve relative month weights to a mean of 1. */
function season(weights: readonly number[]): number[] {
  const mean = weights.reduce((a, b) => a + b, 0) / weights.length;
  return weights.map((w) => w / mean);
}

/** The trades of this split. */
export const TRADES: readonly TradeModel[] = [
  {
    id: 'catering',
    monthlyRevenue: [35_000, 600_000],
    season: season([1.35, 1.3, 0.9, 0.95, 1.05, 0.95, 0.9, 0.9, 1.0, 1.2, 0.95, 1.15]),
    workingCapitalDays: 20,
    netMargin: 0.09,
    bankedShare: [0.5, 0.95],
    costShare: 0.4,
    permit: 'food_business_permit',
    individualShare: 0.6,
    driver: { fact: 'seats', revenuePerUnit: [1_800, 4_000] },
    habits: [
      v('business_licence', 0.95),
      v('food_business_permit', 0.85),
      v('lease_contract', 0.6),
      v('utility_bill', 0.55),
      v('bank_statement', 0.55),
      v('vat_ordinary_invoice', 0.35),
      v('payroll_sheet', 0.25),
      p('storefront', 0.9),
      p('shop_interior', 0.75),
      p('kitchen_equipment', 0.45),
    ],
    shopWords: ['面馆', '火锅', '小炒', '烧烤', '饺子馆', '酒家', '快餐'],
    tradeWord: '餐饮管理',
  },
  {
    id: 'retail',
    monthlyRevenue: [25_000, 400_000],
    season: season([1.3, 1.35, 0.9, 0.9, 0.95, 0.95, 0.9, 0.9, 1.0, 1.1, 1.0, 1.15]),
    workingCapitalDays: 35,
    netMargin: 0.05,
    bankedShare: [0.55, 0.95],
    costShare: 0.78,
    permit: 'tobacco_retail_licence',
    individualShare: 0.75,
    driver: null,
    habits: [
      v('business_licence', 0.95),
      v('tobacco_retail_licence', 0.5),
      v('bank_statement', 0.55),
      v('vat_ordinary_invoice', 0.45),
      v('tax_payment_certificate', 0.25),
      v('lease_contract', 0.5),
      v('utility_bill', 0.4),
      p('storefront', 0.9),
      p('shelf_goods', 0.8),
    ],
    shopWords: ['便利店', '超市', '副食店', '百货'],
    tradeWord: '商贸',
  },
  {
    id: 'logistics',
    monthlyRevenue: [70_000, 1_200_000],
    season: season([0.8, 0.6, 0.95, 1.0, 1.0, 1.0, 0.95, 1.0, 1.1, 1.15, 1.25, 1.2]),
    workingCapitalDays: 60,
    netMargin: 0.07,
    bankedShare: [0.8, 1.0],
    costShare: 0.55,
    permit: 'road_transport_operating_licence',
    individualShare: 0.45,
    driver: { fact: 'vehicles', revenuePerUnit: [28_000, 60_000] },
    habits: [
      v('business_licence', 0.95),
      v('road_transport_operating_licence', 0.85),
      v('vehicle_licence', 0.75),
      v('road_transport_certificate', 0.65),
      v('freight_waybill', 0.55),
      v('sales_contract', 0.45),
      v('vat_special_invoice', 0.55),
      v('bank_statement', 0.6),
      p('commercial_vehicle', 0.85),
    ],
    shopWords: ['运输', '物流', '货运'],
    tradeWord: '物流',
  },
  {
    id: 'construction',
    monthlyRevenue: [120_000, 2_000_000],
    season: season([0.6, 0.45, 1.0, 1.15, 1.15, 1.1, 1.0, 1.0, 1.15, 1.15, 1.1, 1.0]),
    workingCapitalDays: 120,
    netMargin: 0.07,
    bankedShare: [0.85, 1.0],
    costShare: 0.6,
    permit: 'construction_qualification_certificate',
    individualShare: 0.15,
    driver: { fact: 'vehicles', revenuePerUnit: [40_000, 120_000] },
    habits: [
      v('business_licence', 0.97),
      v('construction_qualification_certificate', 0.7),
      v('sales_contract', 0.75),
      v('vat_special_invoice', 0.6),
      v('vehicle_licence', 0.45),
      v('bank_statement', 0.5),
      v('tax_payment_certificate', 0.35),
      v('social_insurance_certificate', 0.3),
      p('engineering_vehicle', 0.7),
    ],
    shopWords: ['建设', '工程', '土石方'],
    tradeWord: '建筑工程',
  },
  {
    id: 'manufacturing',
    monthlyRevenue: [150_000, 3_000_000],
    season: season([0.85, 0.7, 1.0, 1.0, 1.0, 1.0, 0.95, 1.0, 1.1, 1.1, 1.15, 1.15]),
    workingCapitalDays: 90,
    netMargin: 0.08,
    bankedShare: [0.85, 1.0],
    costShare: 0.62,
    permit: 'industrial_production_licence',
    individualShare: 0.1,
    driver: { fact: 'employees', revenuePerUnit: [25_000, 60_000] },
    habits: [
      v('business_licence', 0.97),
      v('industrial_production_licence', 0.35),
      v('sales_contract', 0.6),
      v('vat_special_invoice', 0.7),
      v('bank_statement', 0.6),
      v('tax_payment_certificate', 0.45),
      v('payroll_sheet', 0.45),
      v('social_insurance_certificate', 0.45),
      v('patent_certificate', 0.25),
      v('high_tech_enterprise_certificate', 0.12),
      p('production_equipment', 0.75),
      p('warehouse_inventory', 0.35),
    ],
    shopWords: ['精密', '塑胶', '五金', '包装'],
    tradeWord: '制造',
  },
  {
    id: 'wholesale',
    monthlyRevenue: [120_000, 2_500_000],
    season: season([1.2, 1.0, 0.9, 0.95, 0.95, 0.95, 0.9, 0.95, 1.05, 1.05, 1.0, 1.1]),
    workingCapitalDays: 45,
    netMargin: 0.035,
    bankedShare: [0.8, 1.0],
    costShare: 0.88,
    permit: null,
    individualShare: 0.35,
    driver: null,
    habits: [
      v('business_licence', 0.95),
      v('vat_special_invoice', 0.75),
      v('purchase_contract', 0.45),
      v('delivery_note', 0.35),
      v('bank_statement', 0.7),
      v('tax_payment_certificate', 0.4),
      v('lease_contract', 0.4),
      p('warehouse_inventory', 0.7),
    ],
    shopWords: ['批发', '贸易', '供应链'],
    tradeWord: '贸易',
  },
  {
    id: 'agriculture',
    monthlyRevenue: [25_000, 500_000],
    season: season([0.4, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0, 1.9, 2.3, 1.9, 0.9, 0.6]),
    workingCapitalDays: 150,
    netMargin: 0.12,
    bankedShare: [0.6, 1.0],
    costShare: 0.5,
    permit: null,
    individualShare: 0.6,
    driver: null,
    habits: [
      v('business_licence', 0.8),
      v('lease_contract', 0.6),
      v('sales_contract', 0.4),
      v('bank_statement', 0.4),
      v('vehicle_licence', 0.25),
      v('vat_ordinary_invoice', 0.25),
      p('agriculture', 0.9),
    ],
    shopWords: ['种植', '养殖', '果蔬', '农场'],
    tradeWord: '农业开发',
  },
  {
    id: 'personal_services',
    monthlyRevenue: [20_000, 220_000],
    season: season([1.25, 1.2, 0.9, 0.95, 1.0, 0.95, 0.9, 0.95, 1.0, 1.05, 0.95, 1.15]),
    workingCapitalDays: 15,
    netMargin: 0.14,
    bankedShare: [0.5, 0.95],
    costShare: 0.3,
    permit: null,
    individualShare: 0.8,
    driver: { fact: 'employees', revenuePerUnit: [8_000, 16_000] },
    habits: [
      v('business_licence', 0.92),
      v('lease_contract', 0.65),
      v('bank_statement', 0.55),
      v('utility_bill', 0.45),
      v('payroll_sheet', 0.25),
      p('storefront', 0.9),
      p('shop_interior', 0.8),
    ],
    shopWords: ['美发', '美容', '洗衣', '养生馆', '摄影'],
    tradeWord: '生活服务',
  },
];

/** The model of one trade. */
export function trade(id: IndustryId): TradeModel {
  const found = TRADES.find((t) => t.id === id);
  if (!found) throw new Error(`no model of trade ${id}`);
  return found;
}
