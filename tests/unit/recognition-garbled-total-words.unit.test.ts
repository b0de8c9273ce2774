import { test } from 'node:test';
import assert from 'node:assert/strict';
import { digitsKept, type OcrLine } from '@uplift/vision';
import { readFields as read } from '../support/ocr-lines';

// A tax payment certificate photographed at a tilt (dev split): the 实缴金额 column holds one figure a row, the 金额合计 row
// prints the total only in words, and OCR garbled some of the words (壹佰捌拾 read 喜低别搬, 元 read 无).
const box = (text: string, x: number, y: number, w: number, h = 26): OcrLine => ({ text, confidence: 0.95, box: [x, y, w, h] });
const header = [
  box('中华人民共和国税收完税证明', 285, 54, 497, 46),
  box('纳税人识别号 9135010062643175T5', 62, 130, 350),
  box('纳税人名称 福州锦程物流有限公司', 548, 138, 325),
  box('原凭证号', 59, 231, 86),
  box('税（费）种', 217, 232, 82),
  box('品目名称', 376, 235, 91),
  box('所属时期', 537, 239, 86),
  box('入（退）库日期', 696, 243, 121),
  box('实缴金额', 855, 245, 86),
];
const rows = [
  box('42660685672612增8康税', 60, 265, 222),
  box('18,026.14', 854, 280, 95),
  box('11413652545035域6维护建设税', 60, 301, 307),
  box('1,261.83', 853, 313, 85),
  box('70274916834100教0商费附加', 59, 335, 263),
  box('540.78', 853, 348, 67),
  box('76185899271104地坊教育附加', 58, 368, 285),
  box('360.52', 851, 381, 68),
];

test('given a totals row whose amount in words is garbled, when read, then the column sum those words still spell is the total', () => {
  const fields = read('tax_payment_certificate', [
    ...header,
    ...rows,
    box('金额合计', 57, 403, 85),
    box('（大写）贰万零喜低别搬玖无贰角柒分', 230, 404, 341, 34),
  ]);
  assert.equal(fields.amount_paid, '20189.27');
});

test("given garbled words that keep no more than half of any candidate's digits, when read, then no total is taken", () => {
  const fields = read('tax_payment_certificate', [
    ...header,
    ...rows,
    box('金额合计', 57, 403, 85),
    box('（大写）叁万喜低别搬无角分', 230, 404, 300, 34),
  ]);
  assert.equal(fields.amount_paid, undefined);
});

test('given no amount in words on the totals row, when read, then the figures are not summed', () => {
  const fields = read('tax_payment_certificate', [...header, ...rows, box('金额合计', 57, 403, 85)]);
  assert.equal(fields.amount_paid, undefined);
});

test('digitsKept counts only the digits of the words that the read text keeps in order', () => {
  assert.equal(digitsKept('贰万零壹佰捌拾玖元贰角柒分', '贰万零喜低别搬玖无贰角柒分'), 5);
  assert.equal(digitsKept('陆万肆仟肆佰陆拾贰元伍角伍分', '陆万肆仟肆4佰陆給员元伍角伍分'), 6);
  assert.equal(digitsKept('壹万捌仟零贰拾陆元壹角肆分', '贰万零喜低别搬玖无贰角柒分'), 2);
});
