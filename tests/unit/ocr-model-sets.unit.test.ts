import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { modelFiles, planarInput } from '@uplift/vision';

test('v4 and v5 model sets are fed as before: value / 255, the package threshold', () => {
  for (const set of ['pp-ocrv4-mobile', 'pp-ocrv5-mobile'] as const) {
    const files = modelFiles(set, '/m');
    assert.equal(files.detectionInput, undefined);
    assert.equal(files.recognitionInput, undefined);
    assert.equal(files.detectionThreshold, undefined);
  }
  assert.equal(modelFiles('pp-ocrv5-mobile', '/m').dictionaryPath, join('/m', 'ppocrv5_dict.txt'));
});

test('pp-ocrv6-small reads det/, rec/ and the v6 dictionary with PaddleOCR input and threshold', () => {
  const files = modelFiles('pp-ocrv6-small', '/m');
  assert.equal(files.detectionPath, join('/m', 'det', 'det.onnx'));
  assert.equal(files.recognitionPath, join('/m', 'rec', 'rec.onnx'));
  assert.equal(files.dictionaryPath, join('/m', 'ppocrv6_dict.txt'));
  assert.equal(files.detectionThreshold, 0.3);
  // Recognition input (value / 255 - 0.5) / 0.5: black -1, white 1, on every plane.
  const input = planarInput({ data: [0, 0, 0, 255, 255, 255, 255, 255], width: 2, height: 1 }, files.recognitionInput ?? {});
  assert.deepEqual([...input.data], [-1, 1, -1, 1, -1, 1]);
});

test('pp-ocrv6-small-rec keeps the packaged v4 detection and reads only the v6 recognition from the folder', () => {
  const files = modelFiles('pp-ocrv6-small-rec', '/m');
  assert.ok(files.detectionPath.endsWith(join('@gutenye', 'ocr-models', 'assets', 'ch_PP-OCRv4_det_infer.onnx')));
  assert.ok(existsSync(files.detectionPath));
  assert.equal(files.recognitionPath, join('/m', 'rec', 'rec.onnx'));
  assert.equal(files.dictionaryPath, join('/m', 'ppocrv6_dict.txt'));
  assert.equal(files.detectionInput, undefined);
  assert.equal(files.detectionThreshold, undefined);
});
