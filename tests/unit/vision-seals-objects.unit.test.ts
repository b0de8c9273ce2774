import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countObjects, findSeals, inferPhotoClass } from '@uplift/vision';

/** White RGB image with a red ring (and optional filled star-like centre) drawn pixel by pixel. */
function ringImage(size: number, star: boolean): { data: Buffer; width: number; height: number } {
  const data = Buffer.alloc(size * size * 3, 255);
  const c = size / 2;
  const r = size * 0.3;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const d = Math.hypot(x - c, y - c);
      if ((d > r - 5 && d < r) || (star && d < r * 0.15)) {
        const p = (y * size + x) * 3;
        data[p] = 210;
        data[p + 1] = 30;
        data[p + 2] = 35;
      }
    }
  }
  return { data, width: size, height: size };
}

test('a red ring with a filled centre is found as a circular seal with a star', () => {
  const seals = findSeals(ringImage(400, true));
  assert.equal(seals.length, 1);
  assert.equal(seals[0]?.shape, 'circle');
  assert.equal(seals[0]?.hasStar, true);
});

test('a blank page has no seal', () => {
  assert.equal(findSeals({ data: Buffer.alloc(300 * 300 * 3, 255), width: 300, height: 300 }).length, 0);
});

test('detections are counted per label and mapped to asset classes', () => {
  const objects = countObjects([
    { label: 'truck', score: 0.8, box: [0, 0, 1, 1] },
    { label: 'truck', score: 0.6, box: [0, 0, 1, 1] },
    { label: 'person', score: 0.9, box: [0, 0, 1, 1] },
  ]);
  assert.deepEqual(objects[0], { label: 'truck', assetClass: 'commercial_vehicle', count: 2, confidence: 0.8 });
  assert.equal(objects[1]?.assetClass, null);
  assert.equal(inferPhotoClass(objects, false).class, 'commercial_vehicle');
  assert.equal(inferPhotoClass([], true).class, 'storefront');
});
