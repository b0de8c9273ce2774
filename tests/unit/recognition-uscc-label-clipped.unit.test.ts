import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { OcrLine } from '@uplift/vision';
import { readFields as read } from '../support/ocr-lines';

const box = (text: string, x: number, y: number, w: number, h = 24): OcrLine => ({ text, confidence: 0.99, box: [x, y, w, h] });

// A business licence photographed (dev split): OCR read the USCC label without its 统一, the code printed under it.
test('given a business licence whose USCC label OCR read as 社会信用代码, when read, then the code under it is the USCC', () => {
  const fields = read('business_licence', [
    box('营业执照', 446, 50, 165, 45),
    box('社会信用代码', 53, 131, 98),
    box('名称', 376, 136, 65, 22),
    box('91330100612742322L', 58, 159, 209),
    box('苏州锦程运输有限公司', 379, 161, 210),
  ]);
  assert.equal(fields.uscc, '91330100612742322L');
  assert.equal(fields.name, '苏州锦程运输有限公司');
});
