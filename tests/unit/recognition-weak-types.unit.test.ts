import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { OcrLine } from '@uplift/vision';
import { lineAt as at, readFields as read } from '../support/ocr-lines';

// Failure kinds of layout-pairs-7 on the types it read worst, each from the OCR boxes of a dev or dev-b photo: contract
// parties named by role alone, figures cut at a column's edge or boxed apart from their cents, capital numerals cut by a
// misread character, a currency's lost 元, statement summaries, and tax certificates whose labels OCR lost or misread.

const box = (text: string, x: number, y: number, w: number, h: number): OcrLine => ({ text, confidence: 0.97, box: [x, y, w, h] });

test('given a purchase contract naming its parties 需方 and 供应商 above their names, when read, then the buyer is party A', () => {
  const fields = read('purchase_contract', [
    box('采购合同', 494, 63, 236, 53),
    box('合同编号', 70, 161, 68, 22),
    box('需方', 622, 162, 37, 24),
    box('HT21839449', 75, 189, 130, 21),
    box('苏州华瑞电子有限公司', 629, 190, 213, 21),
    box('供应商', 72, 223, 53, 22),
    box('产品名称', 625, 225, 69, 22),
    box('福州鑫源建筑工程有限公司', 78, 250, 257, 24),
    box('办公家具', 628, 250, 91, 28),
    box('合同金额', 75, 287, 68, 22),
    box('人民币（大写）', 628, 289, 105, 20),
    box('￥624,016.00', 78, 314, 132, 21),
    box('陆拾贰万肆仟零壹拾陆元整', 631, 314, 259, 24),
  ]);
  assert.equal(fields.party_a, '苏州华瑞电子有限公司');
  assert.equal(fields.party_b, '福州鑫源建筑工程有限公司');
});

test('given a sales contract naming its parties 供方 and 需方, when read, then the seller is party A', () => {
  const fields = read('sales_contract', [
    at('产品销售合同', 500, 60, 40),
    at('供方：杭州宏图物流有限公司', 80, 160),
    at('需方：成都恒达商贸有限公司', 80, 220),
  ]);
  assert.equal(fields.party_a, '杭州宏图物流有限公司');
  assert.equal(fields.party_b, '成都恒达商贸有限公司');
});

test('given a declaration whose total under 单价/总价/币制 overhangs the next heading, when read, then the figure is not cut', () => {
  const fields = read('customs_declaration', [
    box('中华人民共和国海关出口货物报关单', 262, 59, 590, 48),
    box('项号', 70, 561, 48, 27),
    box('商品编号', 196, 557, 88, 29),
    box('商品名称及规格型号', 324, 554, 109, 27),
    box('数量及单位', 443, 552, 116, 27),
    box('单价/总价/币制', 556, 551, 121, 25),
    box('原产国（地区', 687, 543, 115, 38),
    box('最终目的国（地区）征免', 812, 542, 173, 28),
    box('照章征税', 936, 575, 94, 32),
    box('美国', 817, 580, 45, 27),
    box('225.23', 568, 587, 70, 25),
    box('1986个', 445, 589, 69, 26),
    box('9617001900陶瓷餐具', 195, 591, 214, 30),
    box('1', 73, 606, 11, 12),
    box('447,308.04', 567, 618, 114, 28),
    box('人民币', 571, 650, 66, 29),
  ]);
  assert.equal(fields.total_value, '447308.04');
  assert.equal(fields.currency, '人民币');
});

test('given a declaration whose total OCR boxed apart from its cents and whose 美元 lost its 元, when read, then both are whole', () => {
  const fields = read('customs_declaration', [
    box('中华人民共和国海关进口货物报关单', 250, 67, 802, 54),
    box('征免', 1048, 606, 48, 28),
    box('币制', 888, 608, 44, 28),
    box('总价', 724, 611, 39, 29),
    box('单价', 563, 613, 51, 31),
    box('数量及单位', 403, 615, 113, 31),
    box('商品名称', 240, 618, 95, 32),
    box('项号', 78, 623, 50, 29),
    box('美', 888, 650, 24, 25),
    box('9,179', 722, 653, 52, 26),
    box('5.87', 560, 654, 52, 30),
    box('53', 787, 655, 25, 21),
    box('1563个', 401, 656, 74, 29),
    box('陶瓷餐具', 238, 661, 93, 28),
  ]);
  assert.equal(fields.total_value, '9179.53');
  assert.equal(fields.currency, '美元');
});

test('given a currency whose 元 OCR read as 无, when read, then it is 美元; a country beside it stays a country', () => {
  const title = box('中华人民共和国海关进口货物报关单', 300, 76, 821, 69);
  assert.equal(read('customs_declaration', [title, at('币制：美无', 100, 300)]).currency, '美元');
  assert.equal(read('customs_declaration', [title, at('币制：美国', 100, 300)]).currency, '美国');
});

test('given capital numerals cut by a misread character, when read, then their yuan are not taken for the amount', () => {
  const fields = read('tax_payment_certificate', [
    at('税收完税证明', 400, 60, 40),
    at('金额合计', 77, 415),
    at('（大写）壹万伍仟柒佰壹拾元烧角掘', 272, 408),
  ]);
  assert.equal(fields.amount_paid, undefined);
});

test('given an invoice whose capital total is garbled and whose 金额/税额 headings were lost, when read, then the pair adding up is read', () => {
  const fields = read('vat_special_invoice', [
    box('广东增值税专用发票', 696, 240, 311, 41),
    box('税率', 1152, 473, 30, 19),
    box('单价', 907, 482, 35, 20),
    box('数量', 796, 486, 40, 22),
    box('23022.54', 1373, 488, 60, 23),
    box('177096.48 1396', 1066, 498, 114, 25),
    box('货物或应税劳务、服务名称', 322, 499, 183, 28),
    box('4024.92', 929, 506, 58, 23),
    box('￥23022.54', 1363, 675, 71, 24),
    box('￥177096.48', 1059, 691, 86, 25),
    box('￥200119.02', 1136, 720, 94, 25),
    box('（小写）', 1083, 732, 45, 19),
    box('贰拾万零壹佰壹拾玖圆雾贰分', 499, 747, 244, 34),
    box('价税合计（大写）', 297, 768, 127, 30),
  ]);
  assert.equal(fields.total, '200119.02');
  assert.equal(fields.amount, '177096.48');
  assert.equal(fields.tax, '23022.54');
});

test('given a statement summed up as 总收入 and 总支出 under its rows, when read, then the totals are those figures', () => {
  const fields = read('bank_statement', [
    at('账户交易明细清单', 300, 60, 40),
    at('交易日期', 120, 280),
    at('借方发生额', 670, 280),
    at('贷方发生额', 810, 280),
    at('余额', 990, 280),
    at('2023-04-02', 120, 330),
    at('1,244.70', 820, 330),
    at('73,816.33', 960, 330),
    at('总收入：97，152.78', 76, 1068),
    at('总支出：101,568.35', 520, 1068),
  ]);
  assert.equal(fields.total_credit, '97152.78');
  assert.equal(fields.total_debit, '101568.35');
});

test('given a tax certificate whose 纳税人识别号 label was lost and whose 税种 heading was misread, when read, then code and tax are read', () => {
  const fields = read('tax_payment_certificate', [
    box('中华人民共和国', 692, 146, 224, 41),
    box('税收完税证明', 689, 192, 229, 38),
    box('9247762892302', 1255, 223, 116, 14),
    box('913101151188936929', 452, 290, 159, 23),
    box('纳税人名称', 783, 293, 83, 30),
    box('上海海之蓝汽车运输股份有限公司', 941, 301, 244, 28),
    box('凭证号', 216, 329, 65, 27),
    box('脱种', 434, 338, 32, 19),
    box('品目名称', 582, 339, 64, 25),
    box('税款所属时期', 825, 343, 103, 28),
    box('742201638324066536', 216, 378, 159, 26),
    box('房产税', 431, 386, 49, 19),
    box('销售货物', 579, 388, 64, 22),
    box('2023-07-01至2023-07-31', 785, 390, 180, 27),
  ]);
  assert.equal(fields.taxpayer_id, '913101151188936929');
  assert.equal(fields.tax_type, '房产税');
});

test('given a page with two valid codes and no label, when read, then neither is taken for the taxpayer', () => {
  const fields = read('tax_payment_certificate', [
    at('税收完税证明', 400, 60, 40),
    at('913101151188936929', 100, 200),
    at('91440300893610139A', 100, 300),
  ]);
  assert.equal(fields.taxpayer_id, undefined);
});

test('given a period wider than its heading and centred under it, when read, then it is the heading column value', () => {
  const fields = read('tax_payment_certificate', [
    box('税收完税证明', 711, 232, 219, 51),
    box('税种', 396, 391, 47, 28),
    box('品目名称', 567, 400, 79, 28),
    box('税款所属时期', 847, 416, 111, 26),
    box('入（退）库日期', 1101, 427, 128, 30),
    box('614031569242714694', 146, 437, 192, 28),
    box('实缴（退）金额', 1325, 437, 127, 30),
    box('房产税', 396, 447, 63, 28),
    box('工资薪金所得', 565, 455, 116, 29),
    box('2026年07月01日至2026年07月31日', 757, 464, 285, 35),
    box('2026年08月07日', 1096, 479, 132, 29),
    box('271.90', 1392, 493, 60, 26),
  ]);
  assert.equal(fields.tax_period, '2026-07-01/2026-07-31');
});

test('given an e-invoice whose seller side word was not read and whose name starts inside its small label box, when read, then it is the seller', () => {
  const fields = read('vat_special_invoice', [
    box('电子发票（增值税专用发票）', 641, 257, 395, 41),
    box('名称：', 905, 354, 51, 18),
    box('购买方信', 247, 357, 23, 87),
    box('杭州市众诚农业发展有限公司', 946, 344, 240, 27),
    box('名称：广东华泰塑胶制品有限公司', 294, 359, 283, 32),
  ]);
  assert.equal(fields.buyer, '广东华泰塑胶制品有限公司');
  assert.equal(fields.seller, '杭州市众诚农业发展有限公司');
});

test('given a road transport card whose 道路运输证号 label was misread, when read, then the number under 经营许可证号 is not taken', () => {
  const fields = read('road_transport_certificate', [
    box('道路运输证', 432, 61, 210, 53),
    box('业户名称', 83, 129, 76, 31),
    box('长沙鑫源科技有限公司', 88, 157, 204, 30),
    box('车辆号牌', 691, 160, 70, 22),
    box('鲁BD48363', 692, 182, 106, 27),
    box('经营许可证号', 82, 192, 106, 27),
    box('608021158346', 84, 217, 135, 27),
    box('路遗输证', 698, 276, 98, 28),
    box('道', 686, 280, 23, 22),
    box('434247473354', 683, 295, 141, 41),
  ]);
  assert.equal(fields.certificate_no, '434247473354');
});

test('given a contract whose 签订日期 lost an inner character and whose date OCR boxed apart at a gap, when read, then the date is whole', () => {
  const fields = read('purchase_contract', [
    box('物资采购合同', 487, 60, 334, 56),
    box('合同期限', 79, 330, 86, 25),
    box('付款方式', 469, 332, 88, 25),
    box('签日期', 860, 331, 92, 32),
    box('2024年01月01日至2026年12', 81, 362, 348, 27),
    box('货到验收后30日内付款', 475, 362, 273, 31),
    box('月16日', 985, 361, 84, 38),
    box('2025年12', 863, 364, 124, 31),
    box('月31日', 82, 393, 85, 33),
  ]);
  assert.equal(fields.signing_date, '2025-12-16');
});

test('given a date whose year lost its leading 2, when read, then it is this century; a year of a decade (202年) stays unread', () => {
  const page = (date: string): OcrLine[] => [
    box('销售合同', 421, 60, 191, 61),
    box('合同期限', 73, 253, 71, 27),
    box('付款方式', 370, 272, 69, 24),
    box('订日期', 682, 290, 56, 24),
    box('2024年01月01日至2026年', 75, 279, 257, 37),
    box('货到验收后30日内付款', 373, 295, 220, 37),
    box('12月31日', 75, 306, 95, 31),
    box(date, 665, 312, 166, 34),
  ];
  assert.equal(read('sales_contract', page('024年02月24日')).signing_date, '2024-02-24');
  assert.equal(read('sales_contract', page('202年02月24日')).signing_date, undefined);
});

test('given a tax column figure that lost its leading digits under a seal, when read, then the 金额合计 row in words gives the amount', () => {
  const fields = read('tax_payment_certificate', [
    box('中华人民共和国税收完税证明', 280, 73, 471, 51),
    box('实缴（退）金额', 854, 232, 90, 26),
    box('入（退）库日期', 686, 236, 105, 28),
    box('税款所属时期', 530, 243, 110, 25),
    box('品目名称', 374, 248, 75, 27),
    box('税种', 217, 256, 41, 24),
    box('原凭证号', 60, 260, 77, 26),
    box('405.00', 870, 266, 64, 25),
    box('1101★', 741, 266, 79, 28),
    box('2025-', 687, 272, 56, 24),
    box('2023-07-01至2023-09-30', 534, 276, 145, 25),
    box('应纳税所得额', 378, 281, 106, 27),
    box('076271275994954499|企业所得税', 62, 287, 251, 32),
    box('￥67,405.00', 377, 317, 100, 24),
    box('（大写）陆万柒仟肆佰零伍元整', 230, 320, 138, 27),
    box('金额合计', 64, 327, 76, 28),
  ]);
  assert.equal(fields.amount_paid, '67405.00');
});

test('given a column figure read after a separator (.568.00 of 53,568.00), when read, then it is no amount and the totals row is', () => {
  const fields = read('tax_payment_certificate', [
    box('税收完税证明', 353, 57, 334, 49),
    box('实缴金额', 854, 253, 59, 18),
    box('所属时期', 534, 261, 71, 22),
    box('品目名称', 378, 264, 74, 25),
    box('税（费）种', 222, 269, 75, 25),
    box('原凭证号', 69, 275, 70, 22),
    box('.568.00', 861, 288, 60, 14),
    box('应纳税所得额', 381, 296, 106, 29),
    box('企业所得税', 224, 302, 90, 26),
    box('700904405415906569', 67, 306, 147, 26),
    box('￥53,568.00', 382, 332, 89, 23),
    box('金额合计', 72, 341, 70, 25),
    box('烤', 238, 342, 21, 14),
  ]);
  assert.equal(fields.amount_paid, '53568.00');
});

test('given a slash heading that lost its last part (单价/总价/), when read, then the unit price is not taken for the total', () => {
  const fields = read('customs_declaration', [
    box('中华人民共和国海关出口货物报关单', 142, 64, 787, 62),
    box('最终目的国（地', 818, 600, 121, 24),
    box('原产国（地区', 694, 602, 101, 25),
    box('单价/总价/', 557, 607, 94, 24),
    box('数量及单位', 443, 609, 96, 24),
    box('商品名称及规格', 280, 612, 132, 26),
    box('商品编号', 165, 614, 77, 27),
    box('项号', 105, 617, 42, 24),
    box('照章征', 967, 657, 62, 25),
    box('67.65', 560, 667, 51, 23),
    box('216,961.0', 560, 689, 91, 25),
    box('人民币', 562, 712, 61, 25),
  ]);
  assert.notEqual(fields.total_value, '67.65');
  assert.equal(fields.currency, '人民币');
});

test('given a tax type read with the voucher number and the rule between them (…499|企业所得税), when read, then it is the tax type', () => {
  const fields = read('tax_payment_certificate', [
    box('中华人民共和国税收完税证明', 280, 73, 471, 51),
    box('税种', 217, 256, 41, 24),
    box('原凭证号', 60, 260, 77, 26),
    box('076271275994954499|企业所得税', 62, 287, 251, 32),
  ]);
  assert.equal(fields.tax_type, '企业所得税');
});

test('given a totals figure OCR boxed apart at its thousands separator (49 | 173.93), when read, then it is whole', () => {
  const fields = read('bank_statement', [
    box('账户交易明细', 611, 92, 299, 51),
    box('交易日期', 84, 390, 121, 36),
    box('收入金额', 637, 396, 121, 37),
    box('支出金额', 913, 399, 122, 38),
    box('余额', 1189, 403, 64, 35),
    box('合计', 92, 785, 64, 39),
    box('53,153.10', 645, 797, 132, 31),
    box('49', 922, 801, 29, 25),
    box('173.93', 958, 799, 98, 33),
  ]);
  assert.equal(fields.total_credit, '53153.10');
  assert.equal(fields.total_debit, '49173.93');
});
