import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyDocument, type OcrLine } from '@uplift/vision';
import { lineAt as at, readFields as read } from '../support/ocr-lines';

// Failure kinds of layout-pairs-7, each from the OCR boxes of a page the reader was not built against: labels whose
// spaced glyph OCR misread, invoice rows whose label was lost, contracts whose title names neither side.

test('given a paper invoice whose spaced 名  称 label has its 称 read unsure as 东 or 你, when read, then both parties are read', () => {
  const fields = read('vat_ordinary_invoice', [
    at('福建增值税普通发票', 627, 232, 30),
    at('发票号码：94567130', 1141, 277, 14),
    at('泉州市嘉和信息技术有限责任公司', 342, 368, 18),
    { text: '东', confidence: 0.6, box: [307, 376, 16, 13] },
    { text: '名', confidence: 0.98, box: [233, 377, 13, 15] },
    at('913505035J3599341X', 341, 401, 14),
    at('纳税人识别号', 230, 402, 14),
    at('泉州市卓越物流有限公司', 339, 811, 18),
    { text: '你', confidence: 0.51, box: [296, 811, 19, 17] },
    { text: '名', confidence: 0.97, box: [226, 812, 14, 15] },
    at('纳税人识别号', 222, 839, 14),
    at('913505033M1058564L', 336, 843, 14),
  ]);
  assert.equal(fields.buyer, '泉州市嘉和信息技术有限责任公司');
  assert.equal(fields.seller, '泉州市卓越物流有限公司');
});

test('given a spaced label whose second glyph is read with confidence as another character, when read, then it is no label', () => {
  const fields = read('vat_ordinary_invoice', [
    at('福建增值税普通发票', 627, 232, 30),
    { text: '名', confidence: 0.98, box: [233, 377, 13, 15] },
    { text: '东', confidence: 0.95, box: [290, 376, 16, 13] },
    at('泉州市嘉和信息技术有限责任公司', 342, 368, 18),
  ]);
  assert.equal(fields.buyer, undefined);
});

test('given an invoice whose 合计 row lost its label under a seal, when read, then the one pair adding up to the total is amount and tax', () => {
  const fields = read('vat_ordinary_invoice', [
    at('福建增值税普通发票', 627, 232, 30),
    at('单价', 830, 482, 16),
    at('1168.27', 845, 517, 16),
    at('70.10', 1364, 508, 16),
    at('106929.00', 827, 583, 16),
    at('6415.74', 1348, 572, 16),
    at('Y108249.55', 982, 724, 16),
    at('Y6494.98', 1340, 721, 16),
    at('价税合计（大写', 207, 764, 16),
    at('壹拾壹万肆仟柒佰肆拾肆圆伍角叁分', 390, 764, 16),
    at('（小写）￥114744.53', 1019, 755, 16),
  ]);
  assert.equal(fields.amount, '108249.55');
  assert.equal(fields.tax, '6494.98');
  assert.equal(fields.total, '114744.53');
});

test('given an invoice where two pairs of figures add up to the total, when read, then neither is taken', () => {
  const fields = read('vat_ordinary_invoice', [
    at('100.00', 800, 500, 16),
    at('6.00', 1300, 500, 16),
    at('90.00', 800, 560, 16),
    at('16.00', 1300, 560, 16),
    at('（小写）￥106.00', 1019, 755, 16),
  ]);
  assert.equal(fields.amount, undefined);
  assert.equal(fields.tax, undefined);
});

const contract = (title: string, partyA: string, partyB: string): OcrLine[] => [
  at(title, 596, 142, 40),
  at('编号：20245343', 933, 234, 18),
  at(`${partyA}：北京广汇电子科技有限公司`, 256, 246, 20),
  at(`${partyB}：北京众诚医疗器械有限公司`, 248, 404, 20),
  at('第一条乙方向甲方供应以下货物：尼龙66切片，数量22吨', 277, 562, 20),
  at('第四条付款方式：甲方于合同签订后十日内支付合同总额的30%', 268, 702, 20),
  at('第七条违约责任：任何一方违约的，应按合同总金额的百分之五', 258, 880, 20),
  at('签订日期：2024年01月26日', 633, 1303, 20),
];

test('given a 购销合同 whose 甲方 is the buyer (需方), when classified, then it is a purchase contract', () => {
  const c = classifyDocument(contract('购销合同', '甲方（需方）', '乙方（供方）'), { sealCount: 2, tableRows: 0 });
  assert.equal(c.type, 'purchase_contract');
});

test('given a 购销合同 whose 甲方 is the seller (供方), when classified, then it is a sales contract', () => {
  const lines = contract('购销合同', '甲方（供方）', '乙方（需方）').filter((l) => !l.text.includes('乙方向甲方'));
  assert.equal(classifyDocument(lines, { sealCount: 2, tableRows: 0 }).type, 'sales_contract');
});

test('given a 销售合同 whose 甲方 is the buyer, when classified, then its title decides', () => {
  const c = classifyDocument(contract('产品销售合同', '甲方（需方）', '乙方（供方）'), { sealCount: 2, tableRows: 0 });
  assert.equal(c.type, 'sales_contract');
});
