import assert from 'node:assert/strict';
import { test } from 'node:test';
import { syntheticVoucherPhoto } from '@uplift/evidence-synth';
import { createRecogniser } from '@uplift/vision';

// onnxruntime-node's binding registers once per process; a thread started after the first OCR thread
// exited could not load it and the recogniser fell back to tesseract for good (ocr/onnx-runtime-pin.ts).
test('a recogniser created again in the same process still reads with PP-OCR', async () => {
  const licence = await syntheticVoucherPhoto('business_licence', 7);
  for (const round of [1, 2]) {
    const recogniser = await createRecogniser({ ocrThreads: 1, objectDetection: false });
    try {
      const result = await recogniser.recognise({
        bytes: licence.jpeg,
        declared: { kind: 'voucher', type: 'business_licence' },
        caseDate: '2026-01-15',
      });
      assert.equal(result.ocrEngine, 'pp-ocrv4', `round ${round} read with ${result.ocrEngine}`);
      assert.ok(result.text.length > 0, `round ${round} read some text`);
    } finally {
      await recogniser.close();
    }
  }
});
