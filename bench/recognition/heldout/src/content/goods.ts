/** Goods and services that appear on invoices, orders and contracts. */
import type { Random } from '../random';

export interface GoodsItem {
  /** Tax classification prefix as e-invoices print it, e.g. *钢材*. */
  category: string;
  name: string;
  spec: string;
  unit: string;
  unitPriceYuan: [number, number];
  quantity: [number, number];
  taxRate: number;
}

export const GOODS: readonly GoodsItem[] = [
  { category: '钢材', name: '热轧带肋钢筋', spec: 'HRB400 Φ16', unit: '吨', unitPriceYuan: [3400, 4300], quantity: [5, 60], taxRate: 13 },
  { category: '水泥', name: '普通硅酸盐水泥', spec: 'P.O 42.5', unit: '吨', unitPriceYuan: [320, 480], quantity: [20, 300], taxRate: 13 },
  { category: '塑料制品', name: 'PE缠绕膜', spec: '50cm*2.5kg', unit: '卷', unitPriceYuan: [18, 35], quantity: [50, 800], taxRate: 13 },
  { category: '纸制品', name: '瓦楞纸箱', spec: '五层 60*40*40', unit: '个', unitPriceYuan: [3.2, 9.8], quantity: [200, 5000], taxRate: 13 },
  { category: '食用植物油', name: '一级大豆油', spec: '20L/桶', unit: '桶', unitPriceYuan: [160, 240], quantity: [10, 200], taxRate: 9 },
  { category: '谷物', name: '东北大米', spec: '25kg/袋', unit: '袋', unitPriceYuan: [95, 160], quantity: [20, 400], taxRate: 9 },
  { category: '金属制品', name: '不锈钢法兰', spec: 'DN100 PN16', unit: '片', unitPriceYuan: [45, 180], quantity: [20, 500], taxRate: 13 },
  { category: '电线电缆', name: '铜芯聚氯乙烯绝缘电缆', spec: 'YJV-3*95+1*50', unit: '米', unitPriceYuan: [120, 260], quantity: [100, 2000], taxRate: 13 },
  { category: '运输服务', name: '国内道路货物运输服务', spec: '', unit: '次', unitPriceYuan: [800, 6800], quantity: [1, 30], taxRate: 9 },
  { category: '信息技术服务', name: '软件技术服务费', spec: '', unit: '项', unitPriceYuan: [5000, 90000], quantity: [1, 3], taxRate: 6 },
  { category: '餐饮服务', name: '餐饮服务', spec: '', unit: '次', unitPriceYuan: [300, 5000], quantity: [1, 4], taxRate: 6 },
  { category: '机械设备', name: '挖掘机配件', spec: 'PC200-8', unit: '套', unitPriceYuan: [1200, 15000], quantity: [1, 20], taxRate: 13 },
  { category: '润滑油', name: '柴油机油', spec: 'CI-4 15W-40 18L', unit: '桶', unitPriceYuan: [380, 620], quantity: [5, 120], taxRate: 13 },
  { category: '日用杂品', name: '清洁用品', spec: '套装', unit: '箱', unitPriceYuan: [60, 220], quantity: [5, 150], taxRate: 13 },
  { category: '服装', name: '工作服', spec: '涤棉 L/XL', unit: '套', unitPriceYuan: [75, 260], quantity: [20, 400], taxRate: 13 },
  { category: '电子元件', name: '贴片电容', spec: '0805 10uF', unit: '千只', unitPriceYuan: [25, 90], quantity: [10, 500], taxRate: 13 },
];

export interface Line {
  item: GoodsItem;
  quantity: number;
  unitPriceCents: number;
  amountCents: number;
}

/** Lines whose amount is quantity x unit price rounded to a cent. */
export function goodsLines(rng: Random, count: number, pool: readonly GoodsItem[] = GOODS): Line[] {
  return rng.sample(pool, count).map((item) => {
    const quantity = rng.int(item.quantity[0], item.quantity[1]);
    const unitPriceCents = Math.round(rng.range(item.unitPriceYuan[0], item.unitPriceYuan[1]) * 100);
    return { item, quantity, unitPriceCents, amountCents: quantity * unitPriceCents };
  });
}

export function sumCents(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
