import type { PhotoClassId } from '@uplift/domain';
import type { DetectedObjects } from '../types';
import type { RawDetection } from '../ocr/ocr-protocol';

/** COCO labels the shipped CenterNet model knows, mapped to the asset photo classes they are evidence of. */
export const COCO_TO_ASSET: Readonly<Record<string, PhotoClassId>> = {
  truck: 'commercial_vehicle',
  bus: 'commercial_vehicle',
  car: 'commercial_vehicle',
  motorcycle: 'commercial_vehicle',
  'dining table': 'shop_interior',
  chair: 'shop_interior',
  couch: 'shop_interior',
  bench: 'shop_interior',
  tv: 'shop_interior',
  refrigerator: 'kitchen_equipment',
  oven: 'kitchen_equipment',
  microwave: 'kitchen_equipment',
  sink: 'kitchen_equipment',
  toaster: 'kitchen_equipment',
  bottle: 'shelf_goods',
  cup: 'shelf_goods',
  bowl: 'shelf_goods',
  'wine glass': 'shelf_goods',
  book: 'shelf_goods',
  suitcase: 'warehouse_inventory',
  cow: 'agriculture',
  sheep: 'agriculture',
  horse: 'agriculture',
  bird: 'agriculture',
  'potted plant': 'agriculture',
};

/** Asset classes no shipped model covers; an external model server can add them. */
export const UNCOVERED_ASSET_CLASSES: readonly PhotoClassId[] = [
  'storefront',
  'engineering_vehicle',
  'production_equipment',
  'warehouse_inventory',
];

/** Counts detections per label, maps them to asset classes, and keeps the best score per label. Pure. */
export function countObjects(detections: readonly RawDetection[]): DetectedObjects[] {
  const byLabel = new Map<string, DetectedObjects>();
  for (const d of detections) {
    const entry = byLabel.get(d.label) ?? { label: d.label, assetClass: COCO_TO_ASSET[d.label] ?? null, count: 0, confidence: 0 };
    entry.count += 1;
    entry.confidence = Math.max(entry.confidence, Math.round(d.score * 1000) / 1000);
    byLabel.set(d.label, entry);
  }
  return [...byLabel.values()].sort((a, b) => b.count - a.count);
}

/** The asset class the objects (and sign text) most support, with a confidence. Pure. */
export function inferPhotoClass(
  objects: readonly DetectedObjects[],
  signText: boolean,
): { class: PhotoClassId | 'unknown'; confidence: number } {
  const votes = new Map<PhotoClassId, number>();
  for (const o of objects) if (o.assetClass) votes.set(o.assetClass, (votes.get(o.assetClass) ?? 0) + o.count * o.confidence);
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  if (best && best[1] >= 0.5) return { class: best[0], confidence: Math.round(Math.min(0.95, 0.5 + best[1] / 4) * 1000) / 1000 };
  if (signText) return { class: 'storefront', confidence: 0.5 };
  return { class: 'unknown', confidence: 0 };
}
