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
  /**
   * Words that suggest the merchant is in this industry (lower case, simplified Chinese and English;
   * English ones match whole words). Only the dialogue's understanding reads keywords and phrases, so
   * changing them is versioned by its UNDERSTANDING_VERSION, not by INDUSTRY_KB_VERSION.
   */
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
    keywords: ['餐饮', '餐厅', '饭店', '饭馆', '餐馆', '小吃', '火锅', '奶茶', '烧烤', '面馆', '酒楼', '酒家', '快餐', '早餐', '早点', '小炒', '湘菜', '川菜', '粤菜', '私房菜', '农家乐', '食堂', '茶饮', '饮品', '甜品', '烘焙', '面包店', '蛋糕店', '麻辣烫', '串串', '冒菜', '米粉', '米线', '卤味', '熟食', '夜宵', '大排档', '咖啡', '堂食', '后厨', 'restaurant', 'catering', 'cafe', 'café', 'coffee', 'diner', 'noodle', 'bistro', 'eatery', 'canteen', 'bakery', 'hawker', 'kitchen', 'dim sum', 'bbq', 'barbecue', 'pub', 'dessert', 'dhaba', 'mamak', 'kopitiam', 'takeaway', 'food court'],
    phrases: ['开饭店', '开餐馆', '饭馆', '餐馆', '小饭店', '快餐店', '早餐店', '烧烤店', '火锅店', '奶茶店', '茶餐厅', '咖啡店', '咖啡馆', '饮品店', '面馆', '包子铺', '饺子馆', '做餐饮', '开餐厅', 'restaurant', 'eatery', 'takeaway shop', 'noodle shop', 'hot pot', 'hotpot', 'coffee shop', 'bubble tea', 'milk tea', 'boba', 'tea shop', 'juice bar', 'food stall', 'hawker stall', 'food truck', 'fast food', 'cake shop', 'sandwich shop', 'fish and chips', 'zi char', 'tze char'],
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
    keywords: ['零售', '超市', '便利店', '小卖部', '杂货', '百货', '商店', '门市', '专卖店', '母婴店', '水果店', '烟酒店', '服装店', '鞋店', '文具店', '药店', '药房', '手机店', '五金店', '花店', '眼镜店', '化妆品店', '网店', '淘宝店', '电商', '菜摊', '摊位', '菜市场', '士多', '粮油店', '精品店', '玩具店', '书店', 'retail', 'retailer', 'supermarket', 'grocery', 'groceries', 'grocer', 'minimart', 'mini-mart', 'boutique', 'pharmacy', 'chemist', 'drugstore', 'stationery', 'florist', 'bookshop', 'bookstore', 'newsagent', 'kirana', 'e-commerce', 'ecommerce', 'taobao', 'shopee', 'lazada'],
    phrases: ['便利店', '超市', '小超市', '杂货铺', '母婴店', '水果店', '烟酒店', '百货', '卖菜', '开网店', '网上开店', '卖衣服', '卖手机', '药店', 'corner shop', 'grocery store', 'convenience store', 'retail shop', 'online shop', 'online store', 'clothing shop', 'clothes shop', 'phone shop', 'mobile shop', 'hardware store', 'market stall', 'provision shop', 'mama shop', 'toy shop', 'shoe shop'],
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
    keywords: ['物流', '运输', '货运', '快递', '车队', '冷链', '专线', '配送', '仓储', '货代', '驿站', '搬家公司', '拉货', 'logistics', 'freight', 'trucking', 'haulage', 'haulier', 'transport', 'transportation', 'courier', 'shipping', 'forwarder', 'warehousing', 'cargo', 'removals', '3pl'],
    phrases: ['跑运输', '跑货运', '拉货', '跑车', '跑长途', '货运', '物流公司', '运输公司', '车队', '冷链', '专线', '快递站', '快递点', '菜鸟驿站', '帮人送货', '给人送货', '替人送货', '帮人拉货', '同城配送', 'haulage', 'trucking company', 'freight company', 'freight forwarder', 'delivery company', 'delivery business', 'delivery service', 'courier company', 'moving company', 'logistics company', 'transport company', 'road freight', 'last-mile'],
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
    keywords: ['建筑', '工程', '施工', '装修', '挖掘机', '挖机', '塔吊', '工地', '装饰', '钢结构', '防水', '脚手架', '路桥', '市政', '基建', 'construction', 'contractor', 'builder', 'excavator', 'earthworks', 'renovation', 'fit-out', 'scaffolding', 'roofing', 'plumbing', 'tiling'],
    phrases: ['工程队', '包工', '包工头', '装修公司', '施工队', '土方', '挖机', '挖掘机', '装载机', '搅拌车', '泵车', '渣土', '盖房', '建房', '水电安装', 'construction company', 'building contractor', 'contractor', 'excavators', 'diggers', 'earthworks', 'renovation', 'renovations', 'civil works', 'interior design'],
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
    keywords: ['制造', '工厂', '加工', '生产', '车间', '厂', '作坊', '模具', '注塑', '制衣', '纺织', '印刷', '家具', '零件', '配件', '铸造', '锻造', '代工', 'factory', 'manufacturing', 'manufacturer', 'workshop', 'production', 'machining', 'cnc', 'oem', 'garment', 'textile', 'textiles', 'foundry', 'printing', 'packaging', 'fabrication', 'brewery', 'mill'],
    phrases: ['加工厂', '工厂', '生产线', '车间', '注塑', '五金加工', '服装加工', '服装厂', '模具', '家具厂', '做家具', '豆腐坊', '豆腐作坊', '底料', '食品厂', '纸箱', '包装厂', '印刷厂', '电子厂', '机加工', 'factory', 'plant', 'machining', 'cnc', 'injection moulding', 'injection molding', 'garment factory', 'we manufacture', 'we make parts', 'assembly line', 'cardboard', 'furniture maker', 'processing plant'],
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
    keywords: ['批发', '贸易', '经销', '代理', '商贸', '分销', '供应链', '进出口', '外贸', '供货', '铺货', 'wholesale', 'wholesaler', 'trading', 'distributor', 'distribution', 'import', 'export', 'stockist'],
    phrases: ['批发', '贸易公司', '经销商', '代理商', '分销', '供应链', '进出口', '批发商', '批发部', '一级代理', '总代理', 'wholesaler', 'wholesale', 'trading company', 'distributor', 'import', 'export', 'we distribute', 'we supply'],
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
    keywords: ['农业', '种植', '养殖', '农场', '大棚', '果园', '合作社', '种地', '茶园', '苗圃', '鱼塘', '农产品', '农民', 'farm', 'farming', 'farmer', 'agriculture', 'greenhouse', 'livestock', 'orchard', 'plantation', 'poultry', 'dairy', 'cattle', 'ranch', 'vineyard', 'crops', 'harvest', 'aquaculture', 'fishery', 'mushrooms'],
    phrases: ['种地', '种植', '养殖', '养猪', '养鸡', '养鱼', '果园', '大棚', '合作社', '茶园', '亩', 'farm', 'farmer', 'orchard', 'greenhouse', 'livestock', 'poultry', 'pig farm', 'fish farm', 'acres', 'hectares', 'we grow'],
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
    keywords: ['美发', '理发', '美容', '美甲', '美睫', '洗车', '维修', '家政', '洗衣', '干洗', '足疗', '按摩', '推拿', '汽修', '修车', '保洁', '月嫂', '保姆', '健身', '瑜伽', '澡堂', '浴室', '洗浴', '桑拿', '摄影', '婚纱', '裁缝', '开锁', '纹身', '采耳', '养生馆', '宠物美容', '保养', 'salon', 'barber', 'beauty', 'repair', 'repairs', 'laundry', 'launderette', 'laundromat', 'car wash', 'spa', 'massage', 'gym', 'fitness', 'yoga', 'pilates', 'grooming', 'nail', 'nails', 'manicure', 'housekeeping', 'tailor', 'locksmith', 'tattoo', 'mechanic', 'garage', 'bathhouse', 'sauna', 'dry cleaning', 'dry cleaner'],
    phrases: ['理发店', '美发店', '美容院', '美甲店', '洗车店', '修车', '汽修', '家政', '洗衣店', '足疗', '按摩', '健身房', '宠物美容', '修手机', '修电脑', '家电维修', '手机维修', 'hair salon', 'barbershop', 'barber shop', 'beauty salon', 'nail salon', 'car wash', 'laundry', 'launderette', 'massage', 'repair shop', 'pet grooming', 'cleaning service', 'cleaning company', 'maid agency', 'dry cleaning', 'photo studio'],
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
