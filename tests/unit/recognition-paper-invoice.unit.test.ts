import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type OcrLine } from '@uplift/vision';
import { lineAt as at, readFields as read } from '../support/ocr-lines';

// The paper VAT invoice as the 金税 system prints it: No before the number at the top right, the buyer's and the
// seller's blocks with their role printed vertically, the goods table with its 合计 row, photographed at a tilt.

/**
 * The invoice's lines on a photo turned by atan(`tilt`): each line's axis-aligned box, as OCR reports it, is as
 * tall as the glyphs plus the rise over its width, and its top is the higher of its two ends.
 */
function paperInvoice(tilt: number): OcrLine[] {
  const tilted = (text: string, x: number, y: number, em = 28): OcrLine => {
    const line = at(text, x, y, em);
    const [, , w, h] = line.box;
    const top = Math.round(y + Math.min(tilt * x, tilt * (x + w)));
    return { ...line, box: [x, top, w, Math.round(h + Math.abs(tilt) * w)] };
  };
  return [
    tilted('福建增值税专用发票', 460, 40, 48),
    tilted('4852472679', 90, 110),
    tilted('No35861849', 1030, 110),
    tilted('开票日期：2025年04月06日', 900, 160),
    tilted('购', 70, 200),
    tilted('名称：济南东升食品有限公司', 110, 200),
    tilted('6227>2+85>*90-40>-32011>73', 800, 200, 22),
    tilted('纳税人识别号：9151010000187145AH', 110, 240),
    tilted('地址、电话：福州市五四路110号0185-10343741', 110, 280),
    tilted('货物或应税劳务、服务名称', 70, 340, 20),
    tilted('数量', 600, 340, 20),
    tilted('金额', 830, 340, 20),
    tilted('税率', 990, 340, 20),
    tilted('税额', 1070, 340, 20),
    tilted('*钢材*钢材', 70, 380),
    tilted('88', 640, 380),
    tilted('16,400.31', 880, 380),
    tilted('6%', 1010, 380),
    tilted('984.02', 1150, 380),
    tilted('合计', 70, 420),
    tilted('￥16,400.31', 865, 420),
    tilted('￥984.02', 1138, 420),
    tilted('价税合计（大写）壹万柒仟叁佰捌拾肆元叁角叁分', 70, 470),
    tilted('（小写）￥17,384.33', 910, 470),
    tilted('名称：合肥佳美科技有限公司', 110, 530),
    tilted('纳税人识别号：9135010056492172FM', 110, 570),
  ];
}

test('given a paper VAT invoice, when read, then the number after No and the totals row are read', () => {
  const fields = read('vat_special_invoice', paperInvoice(0));
  assert.equal(fields.invoice_no, '35861849');
  assert.equal(fields.amount, '16400.31');
  assert.equal(fields.tax, '984.02');
  assert.equal(fields.total, '17384.33');
  assert.equal(fields.seller, '合肥佳美科技有限公司');
});

test('given a paper VAT invoice photographed at a tilt of about 4.5°, when read, then the 合计 row still holds amount and tax', () => {
  const fields = read('vat_special_invoice', paperInvoice(-0.078));
  assert.equal(fields.amount, '16400.31');
  assert.equal(fields.tax, '984.02');
  assert.equal(fields.total, '17384.33');
});
