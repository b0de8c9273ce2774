import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { planarInput } from '@uplift/vision';

// The OCR package is ESM-only; this file compiles to CommonJS, where import() would become require().
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- a fixed string, as in libs/vision's OCR worker
const importEsm = new Function('s', 'return import(s)') as (s: string) => Promise<Record<string, unknown>>;

interface PackageModel {
  imageToInput(image: unknown, o: { mean?: number[]; std?: number[] }): { data: number[]; width: number; height: number };
}

async function packageImageToInput(): Promise<PackageModel['imageToInput']> {
  const file = join(dirname(require.resolve('@gutenye/ocr-common')), 'models', 'ModelBase.js');
  const { ModelBase } = (await importEsm(pathToFileURL(file).href)) as { ModelBase: new (o: object) => PackageModel };
  const model = new ModelBase({ model: null, options: {} });
  return (image, o) => model.imageToInput(image, o);
}

function raster(width: number, height: number, seed: number) {
  const data = new Uint8ClampedArray(width * height * 4);
  let s = seed;
  for (let i = 0; i < data.length; i += 1) data[i] = (s = (s * 1103515245 + 12345) % 2 ** 31) % 256;
  return { data, width, height };
}

test('the model input is the OCR package’s own, value for value as float32, for detection’s and recognition’s normalisations', async () => {
  const original = await packageImageToInput();
  const detection = { mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] };
  for (const [image, norm] of [
    [raster(37, 23, 7), detection],
    [raster(320, 48, 11), {}],
    [raster(1, 1, 3), detection],
  ] as const) {
    const expected = Float32Array.from(original(image, norm).data);
    const actual = planarInput(image, norm);
    assert.equal(actual.width, image.width);
    assert.equal(actual.height, image.height);
    assert.equal(actual.data.length, image.width * image.height * 3);
    assert.deepEqual(actual.data, expected);
  }
});
