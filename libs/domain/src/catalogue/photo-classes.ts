/** Asset photo class (first layer of the fine-grained classes in VOUCHERS.md). */
export interface PhotoClass {
  id: string;
  zh: string;
  en: string;
  tells: string;
}

/** The asset photo classes a merchant can declare for a photo. */
export const PHOTO_CLASSES = [
  { id: 'storefront', zh: '门头', en: 'storefront', tells: 'the business exists at the address' },
  { id: 'shop_interior', zh: '店内环境', en: 'shop interior', tells: 'capacity such as seats' },
  { id: 'shelf_goods', zh: '货架商品', en: 'shelf goods', tells: 'inventory value' },
  { id: 'warehouse_inventory', zh: '仓库库存', en: 'warehouse inventory', tells: 'inventory value' },
  { id: 'commercial_vehicle', zh: '营运车辆', en: 'commercial vehicle', tells: 'transport capacity' },
  { id: 'engineering_vehicle', zh: '工程车辆', en: 'engineering vehicle', tells: 'rental or contracting capacity' },
  { id: 'production_equipment', zh: '生产设备', en: 'production equipment', tells: 'production capacity' },
  { id: 'kitchen_equipment', zh: '厨房设备', en: 'kitchen equipment', tells: 'restaurant scale' },
  { id: 'agriculture', zh: '农业设施', en: 'agricultural assets', tells: 'farm scale' },
] as const satisfies readonly PhotoClass[];

/** Stable id of a photo class. */
export type PhotoClassId = (typeof PHOTO_CLASSES)[number]['id'];

const PHOTO_IDS: ReadonlySet<string> = new Set(PHOTO_CLASSES.map((p) => p.id));

/** True when `id` names a photo class. */
export function isPhotoClassId(id: string): id is PhotoClassId {
  return PHOTO_IDS.has(id);
}

/** The catalogue entry of a photo class. */
export function photoClass(id: PhotoClassId): PhotoClass {
  const found = PHOTO_CLASSES.find((p) => p.id === id);
  if (!found) throw new Error(`unknown photo class ${id}`);
  return found;
}
