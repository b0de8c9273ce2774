import type { PhotoClassId } from '@uplift/domain';
import type { DocContext } from './context';
import { proofOf, type Built } from './proof';
import { authenticity, evidenceItem, field, photoRecognition } from './recognition-shapes';

// Asset photos as the recogniser reports them: a class, objects counted by a COCO detector, the sign text and
// plates read. Only counted seats carry a revenue figure (a reviewer credits a modest take per seat).

/** Monthly revenue a reviewer credits per seat counted in a restaurant photo. */
const CREDIT_PER_SEAT = 1_200;

/** One asset photo of a declared class; `plate` for vehicle photos. */
export function assetPhoto(c: DocContext, cls: PhotoClassId, plate?: string): Built {
  const { d, m } = c;
  const objects: { label: string; count: number }[] = [];
  const fields = [];
  let revenue: { route: 'seats'; annual: number } | null = null;
  switch (cls) {
    case 'storefront':
      fields.push(field(d, 'sign_text', m.identity.sign));
      break;
    case 'shop_interior': {
      // One photo shows part of the room: the detector counts the chairs in view, not every seat.
      const chairs = Math.max(2, Math.round((m.trade.driver?.fact === 'seats' ? m.driverUnits : m.employees * 2) * d.between(0.35, 0.9)));
      objects.push({ label: 'chair', count: chairs }, { label: 'dining table', count: Math.max(1, Math.round(chairs / 4)) });
      if (m.trade.id === 'catering') revenue = { route: 'seats', annual: chairs * CREDIT_PER_SEAT * 12 };
      break;
    }
    case 'kitchen_equipment':
      objects.push({ label: 'oven', count: d.int(1, 4) }, { label: 'refrigerator', count: d.int(1, 3) });
      break;
    case 'shelf_goods':
      objects.push({ label: 'bottle', count: d.int(20, 200) });
      break;
    case 'commercial_vehicle':
    case 'engineering_vehicle':
      objects.push({ label: 'truck', count: 1 });
      if (plate) fields.push(field(d, 'plate', plate));
      break;
    case 'warehouse_inventory':
    case 'production_equipment':
    case 'agriculture':
      // Pallets, machines and greenhouses are not COCO objects: the photo shows the class, nothing counted.
      break;
  }
  // A detector sometimes sees another class than the one declared (a dark shop, a cropped truck).
  const seenAs = d.chance(0.1) ? 'unknown' : cls;
  const item = evidenceItem(
    d,
    c.id,
    { kind: 'photo', class: cls },
    c.at,
    photoRecognition(d, cls, objects, fields, seenAs),
    authenticity(d, [], true),
  );
  return { item, proof: proofOf(item, { revenue }) };
}
