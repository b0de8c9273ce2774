import type { EvidenceKind } from './evidence-kind';

/** A figure in the knowledge base and where it comes from (a source, or "assumption"). */
export interface SourcedNumber {
  value: number;
  source: string;
}

/** What the engine knows about an industry: what proves a merchant's strength and what is plausible. */
export interface Industry {
  id: string;
  zh: string;
  en: string;
  /** Words that suggest the merchant is in this industry (lower case; Chinese and English). */
  keywords: readonly string[];
  /** Everyday phrases that say it more surely (跑运输, "we run a salon"): they weigh double. */
  phrases: readonly string[];
  /** Evidence ordered from most to least informative for this trade. */
  evidence: readonly EvidenceKind[];
  /** Share of verified annual revenue a working-capital line may reach in this trade. */
  creditToRevenue: SourcedNumber;
  /** Plausible monthly revenue range (CNY) for a small merchant of this trade. */
  monthlyRevenue: { min: SourcedNumber; max: SourcedNumber };
}

const assumption = (value: number): SourcedNumber => ({ value, source: 'assumption' });

/** Version of the industry knowledge base; stored with every choice and decision that used it. */
export const INDUSTRY_KB_VERSION = '2026.11.0';

/** The industries the dialogue and decision draw on. */
export const INDUSTRIES = [
  {
    id: 'catering', zh: '餐饮', en: 'catering',
    keywords: ['餐饮', '餐厅', '饭店', '饭馆', '小吃', '火锅', '奶茶', '烧烤', '面馆', '酒楼', 'restaurant', 'catering', 'cafe', 'diner', 'noodle', 'bistro', 'food stall'],
    phrases: ['开饭店', '开餐馆', '饭馆', '餐馆', '小饭店', '快餐', '早餐店', '烧烤店', '火锅店', '奶茶店', '咖啡', 'restaurant', 'eatery', 'takeaway', 'noodle shop', 'hot pot', 'canteen'],
    evidence: [
      { kind: 'voucher', type: 'business_licence' }, { kind: 'voucher', type: 'food_business_permit' },
      { kind: 'voucher', type: 'lease_contract' }, { kind: 'voucher', type: 'bank_statement' },
      { kind: 'voucher', type: 'utility_bill' }, { kind: 'photo', class: 'shop_interior' },
      { kind: 'photo', class: 'kitchen_equipment' }, { kind: 'photo', class: 'storefront' },
    ],
    creditToRevenue: assumption(0.12),
    monthlyRevenue: { min: assumption(20_000), max: assumption(1_500_000) },
  },
  {
    id: 'retail', zh: '零售', en: 'retail',
    keywords: ['零售', '超市', '便利店', '小卖部', '杂货', '商店', '门店', 'shop', 'store', 'grocery', 'convenience', 'retail', 'supermarket'],
    phrases: ['便利店', '超市', '小超市', '杂货铺', '母婴店', '水果店', '烟酒店', '百货', 'corner shop', 'grocery store', 'convenience store', 'mini-mart', 'minimart', 'retail shop'],
    evidence: [
      { kind: 'voucher', type: 'business_licence' }, { kind: 'voucher', type: 'bank_statement' },
      { kind: 'voucher', type: 'vat_ordinary_invoice' }, { kind: 'voucher', type: 'lease_contract' },
      { kind: 'voucher', type: 'tobacco_retail_licence' }, { kind: 'photo', class: 'shelf_goods' },
      { kind: 'photo', class: 'storefront' },
    ],
    creditToRevenue: assumption(0.1),
    monthlyRevenue: { min: assumption(15_000), max: assumption(2_000_000) },
  },
  {
    id: 'logistics', zh: '物流运输', en: 'road freight logistics',
    keywords: ['物流', '运输', '货运', '货车', '卡车', '重卡', '车队', '快递', 'logistics', 'freight', 'truck', 'trucking', 'haulage', 'transport', 'lorry'],
    phrases: ['跑运输', '拉货', '跑车', '货运', '物流公司', '运输公司', '车队', '冷链', '专线', 'haulage', 'trucking company', 'freight company', 'fleet', 'delivery company', 'courier'],
    evidence: [
      { kind: 'voucher', type: 'road_transport_operating_licence' }, { kind: 'voucher', type: 'road_transport_certificate' },
      { kind: 'voucher', type: 'vehicle_licence' }, { kind: 'voucher', type: 'freight_waybill' },
      { kind: 'voucher', type: 'vat_special_invoice' }, { kind: 'voucher', type: 'sales_contract' },
      { kind: 'photo', class: 'commercial_vehicle' }, { kind: 'voucher', type: 'bank_statement' },
    ],
    creditToRevenue: assumption(0.15),
    monthlyRevenue: { min: assumption(30_000), max: assumption(3_000_000) },
  },
  {
    id: 'construction', zh: '建筑工程', en: 'construction and engineering machinery',
    keywords: ['建筑', '工程', '施工', '装修', '挖掘机', '挖机', '塔吊', '工地', 'construction', 'contractor', 'excavator', 'engineering', 'building'],
    phrases: ['工程队', '包工', '装修公司', '施工队', '土方', '挖机', '挖掘机', '装载机', '搅拌车', '泵车', '渣土', 'construction company', 'contractor', 'excavators', 'diggers', 'earthworks', 'renovation'],
    evidence: [
      { kind: 'voucher', type: 'construction_qualification_certificate' }, { kind: 'voucher', type: 'sales_contract' },
      { kind: 'voucher', type: 'vat_special_invoice' }, { kind: 'photo', class: 'engineering_vehicle' },
      { kind: 'voucher', type: 'bank_statement' }, { kind: 'voucher', type: 'business_licence' },
    ],
    creditToRevenue: assumption(0.15),
    monthlyRevenue: { min: assumption(50_000), max: assumption(5_000_000) },
  },
  {
    id: 'manufacturing', zh: '制造业', en: 'manufacturing',
    keywords: ['制造', '工厂', '加工', '生产', '车间', '厂', 'factory', 'manufacturing', 'manufacturer', 'workshop', 'production'],
    phrases: ['加工厂', '工厂', '生产线', '车间', '注塑', '五金加工', '服装加工', '模具', 'factory', 'plant', 'machining', 'cnc', 'injection moulding', 'garment factory', 'we manufacture', 'we make parts'],
    evidence: [
      { kind: 'voucher', type: 'industrial_production_licence' }, { kind: 'voucher', type: 'vat_special_invoice' },
      { kind: 'voucher', type: 'purchase_contract' }, { kind: 'voucher', type: 'sales_contract' },
      { kind: 'photo', class: 'production_equipment' }, { kind: 'voucher', type: 'patent_certificate' },
      { kind: 'voucher', type: 'high_tech_enterprise_certificate' }, { kind: 'voucher', type: 'payroll_sheet' },
    ],
    creditToRevenue: assumption(0.15),
    monthlyRevenue: { min: assumption(50_000), max: assumption(10_000_000) },
  },
  {
    id: 'wholesale', zh: '批发贸易', en: 'wholesale trade',
    keywords: ['批发', '贸易', '经销', '代理', '商贸', '进货', 'wholesale', 'trading', 'distributor', 'distribution', 'import', 'export'],
    phrases: ['批发', '贸易公司', '经销商', '代理商', '分销', '供应链', '进出口', 'wholesaler', 'wholesale', 'trading company', 'distributor', 'import', 'export'],
    evidence: [
      { kind: 'voucher', type: 'vat_special_invoice' }, { kind: 'voucher', type: 'purchase_contract' },
      { kind: 'voucher', type: 'sales_contract' }, { kind: 'voucher', type: 'delivery_note' },
      { kind: 'voucher', type: 'bank_statement' }, { kind: 'photo', class: 'warehouse_inventory' },
      { kind: 'voucher', type: 'customs_declaration' },
    ],
    creditToRevenue: assumption(0.1),
    monthlyRevenue: { min: assumption(50_000), max: assumption(10_000_000) },
  },
  {
    id: 'agriculture', zh: '农业', en: 'agriculture',
    keywords: ['农业', '种植', '养殖', '农场', '大棚', '果园', '合作社', 'farm', 'farming', 'agriculture', 'greenhouse', 'livestock', 'orchard'],
    phrases: ['种地', '种植', '养殖', '养猪', '养鸡', '养鱼', '果园', '大棚', '合作社', '茶园', '亩', 'farm', 'farmer', 'orchard', 'greenhouse', 'livestock', 'poultry', 'pig farm', 'fish farm', 'acres'],
    evidence: [
      { kind: 'voucher', type: 'lease_contract' }, { kind: 'voucher', type: 'sales_contract' },
      { kind: 'photo', class: 'agriculture' }, { kind: 'voucher', type: 'bank_statement' },
      { kind: 'voucher', type: 'vat_ordinary_invoice' },
    ],
    creditToRevenue: assumption(0.12),
    monthlyRevenue: { min: assumption(10_000), max: assumption(2_000_000) },
  },
  {
    id: 'personal_services', zh: '生活服务', en: 'personal services',
    keywords: ['美发', '理发', '美容', '美甲', '洗车', '维修', '家政', '洗衣', 'salon', 'barber', 'beauty', 'repair', 'laundry', 'car wash', 'spa'],
    phrases: ['理发店', '美发店', '美容院', '美甲店', '洗车店', '修车', '汽修', '家政', '洗衣店', '足疗', '按摩', 'hair salon', 'barbershop', 'beauty salon', 'nail salon', 'car wash', 'laundry', 'massage', 'repair shop'],
    evidence: [
      { kind: 'voucher', type: 'business_licence' }, { kind: 'voucher', type: 'lease_contract' },
      { kind: 'voucher', type: 'bank_statement' }, { kind: 'voucher', type: 'utility_bill' },
      { kind: 'photo', class: 'storefront' }, { kind: 'photo', class: 'shop_interior' },
    ],
    creditToRevenue: assumption(0.1),
    monthlyRevenue: { min: assumption(10_000), max: assumption(800_000) },
  },
] as const satisfies readonly Industry[];

/** Stable id of an industry. */
export type IndustryId = (typeof INDUSTRIES)[number]['id'];

const INDUSTRY_IDS: ReadonlySet<string> = new Set(INDUSTRIES.map((i) => i.id));

/** True when `id` names an industry in the knowledge base. */
export function isIndustryId(id: string): id is IndustryId {
  return INDUSTRY_IDS.has(id);
}

/** The knowledge-base entry of an industry. */
export function industry(id: IndustryId): Industry {
  const found = INDUSTRIES.find((i) => i.id === id);
  if (!found) throw new Error(`unknown industry ${id}`);
  return found;
}
