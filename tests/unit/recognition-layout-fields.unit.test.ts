import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type OcrLine } from '@uplift/vision';
import { readFields as read } from '../support/ocr-lines';

/** An OCR line at x, y with a width proportional to its text (28 px per character, 30 px high). */
const at = (text: string, x: number, y: number): OcrLine => ({ text, confidence: 0.97, box: [x, y, [...text].length * 28, 30] });

test('given a boxed grid with two label/value pairs per row, when read, then each label takes its own value cell', () => {
  const fields = read('food_business_permit', [
    at('食品经营许可证', 400, 20),
    at('经营者名称', 40, 100),
    at('福州好味道餐饮有限公司', 220, 100),
    at('许可证编号', 720, 100),
    at('JY13501000012345', 900, 100),
    at('社会信用代码', 40, 160),
    at('91350100M000100Y43', 220, 160),
    at('有效期至', 720, 160),
    at('2028年05月31日', 900, 160),
  ]);
  assert.equal(fields.operator_name, '福州好味道餐饮有限公司');
  assert.equal(fields.permit_no, 'JY13501000012345');
  assert.equal(fields.uscc, '91350100M000100Y43');
  assert.equal(fields.valid_until, '2028-05-31');
});

test('given labels printed above their values, when read, then the value is the cell below, not the next label', () => {
  const fields = read('customs_declaration', [
    at('出口货物报关单', 400, 20),
    at('境内发货人', 40, 100),
    at('监管方式', 500, 100),
    at('币制', 900, 100),
    at('厦门海润贸易有限公司', 40, 140),
    at('一般贸易', 500, 140),
    at('美元', 900, 140),
    at('海关编号', 40, 200),
    at('350120250001234567', 40, 240),
  ]);
  assert.equal(fields.consignor, '厦门海润贸易有限公司');
  assert.equal(fields.trade_mode, '一般贸易');
  assert.equal(fields.currency, '美元');
  assert.equal(fields.declaration_no, '350120250001234567');
});

test('given real-world contract wording 甲方（出卖人）/乙方（买受人）, when read, then the parties are found', () => {
  const fields = read('sales_contract', [
    at('产品销售合同', 400, 20),
    at('合同编号：HT20250312', 40, 80),
    at('甲方（出卖人）：福建闽兴钢材有限公司', 40, 130),
    at('乙方（买受人）：泉州宏达建筑工程有限公司', 40, 180),
    at('签约日期：2025年03月12日', 40, 230),
  ]);
  assert.equal(fields.party_a, '福建闽兴钢材有限公司');
  assert.equal(fields.party_b, '泉州宏达建筑工程有限公司');
  assert.equal(fields.signing_date, '2025-03-12');
  assert.equal(fields.contract_no, 'HT20250312');
});

test('given the other spellings of a field, when read, then the lexicon maps them (经营业户, 统一社会信用代码/纳税人识别号, 户 名)', () => {
  assert.equal(
    read('road_transport_operating_licence', [
      at('道路运输经营许可证', 300, 20),
      at('经营业户', 40, 100),
      at('漳州顺通物流有限公司', 240, 100),
    ]).operator_name,
    '漳州顺通物流有限公司',
  );
  assert.equal(
    read('bank_statement', [at('账户交易明细', 300, 20), at('户 名：漳州顺通物流有限公司', 40, 100)]).account_name,
    '漳州顺通物流有限公司',
  );
  const invoice = read('vat_special_invoice', [
    at('电子发票（增值税专用发票）', 300, 20),
    // The side headers are printed vertically, one tall box each, left of their half of the grid.
    { text: '购买方信息', confidence: 0.9, box: [10, 90, 30, 150] },
    at('名称：甲方贸易有限公司', 60, 100),
    { text: '销售方信息', confidence: 0.9, box: [610, 90, 30, 150] },
    at('名称：乙方实业有限公司', 660, 100),
    at('统一社会信用代码/纳税人识别号：91350100M000100Y43', 60, 150),
    at('统一社会信用代码/纳税人识别号：91110000600037341L', 660, 150),
  ]);
  assert.equal(invoice.buyer, '甲方贸易有限公司');
  assert.equal(invoice.seller, '乙方实业有限公司');
  assert.equal(invoice.buyer_tax_id, '91350100M000100Y43');
  assert.equal(invoice.seller_tax_id, '91110000600037341L');
});

test('given a paper invoice, when its goods column header contains 名称, then it is not taken for the seller', () => {
  const fields = read('vat_special_invoice', [
    at('增值税专用发票', 300, 20),
    { text: '购买方', confidence: 0.9, box: [10, 90, 30, 90] },
    at('名称：甲方贸易有限公司', 60, 100),
    at('货物或应税劳务、服务名称', 40, 200),
    at('规格型号', 500, 200),
    at('税率', 800, 200),
    { text: '销售方', confidence: 0.9, box: [10, 290, 30, 90] },
    at('名称：乙方实业有限公司', 60, 300),
  ]);
  assert.equal(fields.buyer, '甲方贸易有限公司');
  assert.equal(fields.seller, '乙方实业有限公司');
});

test('given amounts whose thousands commas were read as dots, when read, then no leading digits are lost', () => {
  const lease = read('lease_contract', [at('房屋租赁合同', 300, 20), at('月租金：¥219.514.00', 40, 100)]);
  assert.equal(lease.rent, '219514.00');
  const invoice = read('vat_ordinary_invoice', [
    at('增值税普通发票', 300, 20),
    at('合计', 40, 100),
    at('¥3,200,000.00', 400, 100),
    at('¥96.000.00', 800, 100),
  ]);
  assert.equal(invoice.amount, '3200000.00');
  assert.equal(invoice.tax, '96000.00');
});

test('given a USCC with one OCR confusion, when read, then the check character picks the one valid reading', () => {
  // 91350100M000100Y43 is valid; OCR read the second 1 as an I (never in a USCC) and a 0 as a D.
  const fields = read('business_licence', [at('营业执照', 300, 20), at('统一社会信用代码', 40, 100), at('9I3501D0M000100Y43', 300, 100)]);
  assert.equal(fields.uscc, '91350100M000100Y43');
});

test('given a label printed with wide letter spacing, when OCR reads each character as a box, then the label is still found', () => {
  const fields = read('business_licence', [
    at('营业执照', 300, 20),
    at('名', 40, 100),
    at('称', 130, 100),
    at('福州好味道餐饮有限公司', 300, 100),
    at('法', 40, 160),
    at('定', 80, 160),
    at('代', 120, 160),
    at('表', 160, 160),
    at('人', 200, 160),
    at('张三', 300, 160),
  ]);
  assert.equal(fields.name, '福州好味道餐饮有限公司');
  assert.equal(fields.legal_representative, '张三');
});

test('given an address whose city lost or changed one character, when read, then the known place name is restored; an unknown one is kept', () => {
  const read1 = read('real_estate_certificate', [at('不动产权证书', 300, 20), at('坐落', 40, 100), at('厦内市和平路250号', 200, 100)]);
  assert.equal(read1.location, '厦门市和平路250号');
  const read2 = read('real_estate_certificate', [at('不动产权证书', 300, 20), at('坐落', 40, 100), at('厦市和平路250号', 200, 100)]);
  assert.equal(read2.location, '厦门市和平路250号');
  const read3 = read('real_estate_certificate', [at('不动产权证书', 300, 20), at('坐落', 40, 100), at('花园路8号', 200, 100)]);
  assert.equal(read3.location, '花园路8号');
});

test('given a tilted grid, when a value cell sits lower than its label, then the skew is allowed for and the neighbour row is not read', () => {
  // Rows drift down 8 px per 100 px to the right; the second row starts 45 px lower.
  const lines = [at('道路运输经营许可证', 300, 0)];
  const rows: Array<[string, string, string, string]> = [
    ['业户名称', '漳州顺通物流有限公司', '许可证号', '350600123456'],
    ['经营范围', '道路普通货物运输', '有效期至', '2029年01月31日'],
    ['地址', '漳州市胜利路1号', '经济类型', '有限责任公司'],
  ];
  rows.forEach(([l1, v1, l2, v2], r) => {
    const y = 100 + r * 45;
    lines.push(at(l1, 40, y + 3), at(v1, 260, y + 20), at(l2, 700, y + 55), at(v2, 900, y + 70));
  });
  const fields = read('road_transport_operating_licence', lines);
  assert.equal(fields.operator_name, '漳州顺通物流有限公司');
  assert.equal(fields.licence_no, '350600123456');
  assert.equal(fields.valid_until, '2029-01-31');
  assert.equal(fields.address, '漳州市胜利路1号');
});
