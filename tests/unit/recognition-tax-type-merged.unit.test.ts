import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nearestTerm, TAX_TYPES, type OcrLine } from '@uplift/vision';
import { readFields as read } from '../support/ocr-lines';

const box = (text: string, x: number, y: number, w: number, h = 36): OcrLine => ({ text, confidence: 0.95, box: [x, y, w, h] });

// A tax payment certificate photographed at a tilt (dev split): OCR boxed the 原凭证号 and 税种 cells of the row as one
// (7459617827911城4审维护建设税), so no value starts under the 税种 heading.
test('given a tax type OCR merged with the voucher number on its left, when read, then the tax type is the one it spells', () => {
  const fields = read('tax_payment_certificate', [
    box('税收完税证明', 532, 91, 372, 58),
    box('纳税人识别号', 95, 189, 165),
    box('9132050084318694H7', 333, 199, 296, 33),
    box('原凭证号', 91, 312, 113),
    box('税种', 298, 319, 61),
    box('品目名称', 507, 322, 117),
    box('税款所属时期', 716, 332, 169),
    box('7459617827911城4审维护建设税', 91, 359, 404, 40),
    box('市区', 484, 372, 78, 29),
  ]);
  assert.equal(fields.tax_type, '城市维护建设税');
});

test('given a first row whose tax type OCR lost, when read, then the tax type of a later row is not taken', () => {
  const fields = read('tax_payment_certificate', [
    box('税收完税证明', 532, 91, 372, 58),
    box('原凭证号', 75, 362, 102),
    box('税（费）种', 263, 357, 97),
    box('品目名称', 454, 351, 107),
    box('8482458372610', 77, 400, 273),
    box('货物劳务', 458, 392, 101),
    box('6248759657792城电维护建设税', 80, 439, 368),
  ]);
  assert.equal(fields.tax_type, undefined);
});

test('nearestTerm allows one character in three and only one term', () => {
  assert.equal(nearestTerm('城电维护建设税', TAX_TYPES), '城市维护建设税');
  assert.equal(nearestTerm('业所得税', TAX_TYPES), '企业所得税');
  assert.equal(nearestTerm('所得税', TAX_TYPES), null);
  assert.equal(nearestTerm('增8康税', TAX_TYPES), null);
});
