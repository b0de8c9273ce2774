import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { OcrLine } from '@uplift/vision';
import { lineAt as at, readFields as read } from '../support/ocr-lines';

// Failure kinds seen on a renderer the reader was not built against (layout-pairs-6): names printed as a sheet's
// heading or inside certificate prose, totals lines beside column headings of the same words, a box holding two areas.

test('given a payroll sheet headed by the company name with 单位：元 and 制表日期 on its first rows, when read, then the company is the heading', () => {
  const fields = read('payroll_sheet', [
    at('深圳市永盛塑胶制品股份有限公司', 580, 72, 30),
    at('2023年4月工资明细表', 656, 122),
    at('制表日期：2023-05-06', 1186, 163, 16),
    at('所属月份：2023年4月', 262, 207, 16),
    at('单位：元', 435, 205, 16),
    at('序号', 277, 261, 18),
    at('姓名', 326, 259, 18),
    at('岗位', 455, 253, 18),
    at('基本工资', 660, 243, 18),
    at('实发合计：¥94,948.62', 400, 856, 16),
    at('制表：方凤英', 290, 896, 16),
  ]);
  assert.equal(fields.company, '深圳市永盛塑胶制品股份有限公司');
  assert.equal(fields.total, '94948.62');
});

test('given a social insurance certificate whose title holds 参保单位 and whose prose names the unit, when read, then the unit ends before its identity note', () => {
  const fields = read('social_insurance_certificate', [
    at('参保单位缴费情况证明', 401, 205, 30),
    at('证明编号：9482980139972252', 742, 260, 18),
    at('兹证明长沙市广汇食品有限责任公司（统一社会信用代码：91430104L21067055W）在', 202, 316, 20),
    at('我中心参加社会保险，2024年01月至2025年03月共缴费15个月，截至2025年03月参保人数', 165, 354, 20),
  ]);
  assert.equal(fields.company, '长沙市广汇食品有限责任公司');
});

test('given a statement with a 贷方发生额 column and a 贷方发生额合计 line, when read, then the total credit is the totals line', () => {
  const fields = read('bank_statement', [
    at('账户交易明细', 378, 157, 30),
    at('客户名称：长沙市明辉服装有限公司', 67, 234, 18),
    at('交易日期', 78, 402, 16),
    at('摘要', 202, 399, 16),
    at('借方发生额', 685, 388, 16),
    at('贷方发生额', 847, 384, 16),
    at('余额', 1057, 382, 16),
    at('2025-01-03', 78, 440, 16),
    at('货款', 206, 440, 16),
    at('216.29', 860, 436, 16),
    at('13,216.29', 1040, 436, 16),
    at('贷方发生额合计：80,130.86', 128, 1346, 16),
    at('借方发生额合计：90,748.03', 348, 1349, 16),
  ]);
  assert.equal(fields.total_credit, '80130.86');
  assert.equal(fields.total_debit, '90748.03');
});

test('given a customs declaration with a 总价合计 line under the goods table, when read, then the total value is read from it', () => {
  const fields = read('customs_declaration', [
    at('中华人民共和国海关出口货物报关单', 553, 175, 26),
    at('单价/总价/币制', 742, 519, 16),
    at('总价合计：1830.65', 189, 596, 16),
    at('币制：JPY', 346, 600, 16),
  ]);
  assert.equal(fields.total_value, '1830.65');
});

test('given a property certificate whose 面积 box holds the parcel and the building area, when read, then the area is the building one with ㎡', () => {
  const fields = read('real_estate_certificate', [
    at('不动产权证书', 319, 203, 40),
    at('用途：城镇住宅用地/住宅', 195, 656, 22),
    at('面积：共有宗地面积52788.20m/房屋建筑面积61.37m', 197, 686, 22),
    at('权利其他状况：专有建筑面积：61.37m，分摊建筑面积：19.32m', 203, 779, 22),
  ]);
  assert.equal(fields.area, '61.37㎡');
});

test('given a licence with spaced labels whose last characters OCR boxed with the value, when read, then the label and value are split', () => {
  const fields = read('industrial_production_licence', [
    at('全国工业产品生产许可证', 397, 231, 60),
    at('证书编号：（苏）XK25-748-80484', 1099, 350, 26),
    at('企业名称南京市金诚五金制品股份有限公司', 281, 376, 26),
    at('产', 280, 525, 30),
    at('品名称水泥', 306, 528, 30),
    at('有效', 278, 622, 32),
    at('期2021年8月15日至2026年8月14日', 428, 630, 24),
  ]);
  assert.equal(fields.licence_no, '(苏)XK25-748-80484');
  assert.equal(fields.product, '水泥');
  assert.equal(fields.valid_until, '2026-08-14');
});

test('given a vehicle licence whose 注册日期 label lost an inner character, when read, then the date beside it is the registration date', () => {
  const fields = read('vehicle_licence', [
    at('中华人民共和国机动车行驶证', 199, 401, 26),
    at('发动机号码', 88, 779, 22),
    at('55900427', 239, 765, 22),
    at('注册期', 91, 819, 30),
    at('2013-04-19', 195, 821, 30),
  ]);
  assert.equal(fields.registration_date, '2013-04-19');
});

test('given a delivery note headed by the sender with a 送货单位（盖 seal slot and a No. serial, when read, then the consignor is the heading', () => {
  const fields = read('delivery_note', [
    at('隆昌（苏州）装饰工程有限公司', 567, 233, 27),
    at('NO.2881493', 1242, 260, 22),
    at('送货单', 694, 285, 40),
    at('购货单位：武汉市广汇服装有限公司', 158, 373, 20),
    at('送货人：郭英兰', 616, 797, 20),
    at('送货单位', 210, 828, 18),
    at('（盖', 288, 828, 12),
  ]);
  assert.equal(fields.consignor, '隆昌(苏州)装饰工程有限公司');
  assert.equal(fields.consignee, '武汉市广汇服装有限公司');
  assert.equal(fields.note_no, '2881493');
});

test('given a waybill numbered No.… and a route under 起运地-到达地, when read, then both are found', () => {
  const fields = read('freight_waybill', [
    at('蜀香阁（广州）供应链管理股份有限公司', 512, 189, 30),
    at('货运单', 691, 237, 40),
    at('No.6155565474', 1232, 266, 28),
    at('泉州-杭州', 321, 568, 22),
    at('起运地-到达地', 143, 574, 20),
  ]);
  assert.equal(fields.waybill_no, '6155565474');
  assert.equal(fields.route, '泉州-杭州');
});

test('given a two-column licence whose right-hand address wraps under a justified 住所 label, when read, then the second line is kept', () => {
  const fields = read('business_licence', [
    at('营业执照', 602, 310, 90),
    at('成立日期', 910, 528, 30),
    at('2010年07月06日', 1056, 520, 30),
    at('营业期限', 912, 577, 30),
    at('长期', 1027, 573, 30),
    at('法定代表人余勇', 225, 601, 30),
    at('住所湖南省长沙市开福区芙蓉中路36号1', 909, 608, 27),
    at('一般项目：技术服务、技术开发、技术咨询、', 371, 630, 20),
    at('经营范围', 225, 642, 30),
    at('栋1802室', 1069, 645, 27),
  ]);
  assert.equal(fields.address, '湖南省长沙市开福区芙蓉中路36号1栋1802室');
});

test('given a name beside a table rule that OCR read as 丨, when read, then the rule is not part of the name', () => {
  const fields = read('tobacco_retail_licence', [
    at('烟草专卖零售许可证', 300, 100, 40),
    at('企业名称', 100, 300, 26),
    at('丨临沂市河东区卓越五金店', 260, 300, 26),
  ]);
  assert.equal(fields.name, '临沂市河东区卓越五金店');
});

test('given a lease whose first article locates the premises (将位于…的房屋), when read, then the address ends before 的房屋', () => {
  const fields = read('lease_contract', [
    at('房屋租赁合同', 506, 254, 40),
    at('第一条出租方将位于广东省东莞市塘厦镇太平大道946号的房屋（以下简称“该房屋”）', 292, 657, 24),
  ]);
  assert.equal(fields.address, '广东省东莞市塘厦镇太平大道946号');
});

test('given a long label on a photo tilted by 4°, when read, then its box grown by the tilt still has a row and the value beside it is read', () => {
  // Rising to the right by 0.067 per pixel: each box's top is its right end's, its height grows with its width.
  // OCR's boxes stand taller than 1.1 em (a 16 px label in a 23 px box before the tilt).
  const tilt = (line: OcrLine): OcrLine => {
    const [x, y, w, h] = line.box;
    return { ...line, box: [x, Math.round(y - 0.067 * (x + w)), w, Math.round(Math.max(h, 23) + 0.067 * w)] };
  };
  const fields = read(
    'tax_payment_certificate',
    [
      at('税收完税证明', 617, 262, 40),
      at('纳税人名称', 713, 389, 22),
      at('上海汇通五金制品股份有限公司', 897, 389, 22),
      at('实缴（退）金额', 1183, 403, 22),
      at('统一社会信用代码（纳税人识别号）', 93, 430, 16),
      at('91310115MJ6880351D', 341, 430, 22),
      at('税款所属时期', 772, 441, 22),
      at('品目名称', 493, 463, 22),
      at('税种', 328, 477, 22),
      at('原凭证号', 99, 491, 22),
    ].map(tilt),
  );
  assert.equal(fields.taxpayer_id, '91310115MJ6880351D');
});

test('given a social insurance certificate with its table of insurances, when read, then months paid is read down the 缴费月数 column', () => {
  const fields = read('social_insurance_certificate', [
    at('单位参保缴费证明', 432, 249, 30),
    at('险种', 177, 510, 22),
    at('参保人数', 411, 510, 22),
    at('缴费起始年月', 514, 510, 22),
    at('缴费截止年月', 644, 510, 22),
    at('缴费月数', 765, 510, 22),
    at('缴费状态', 858, 510, 22),
    at('企业职工基本养老保险', 183, 550, 22),
    at('34', 438, 550, 22),
    at('2022年11月', 519, 550, 18),
    at('2024年07月', 648, 550, 18),
    at('21', 789, 550, 22),
    at('正常缴费', 860, 550, 22),
  ]);
  assert.equal(fields.months_paid, '21');
  assert.equal(fields.insured_head_count, '34');
});

test('given a vehicle licence whose owner sits beside 所有人 and the address below it ends in a room number, when read, then the owner is the person', () => {
  const fields = read('vehicle_licence', [
    at('中华人民共和国机动车行驶证', 199, 401, 26),
    at('所有人', 73, 579, 24),
    // Offset print: the owner's name and the address under it overlap (boxes as OCR read them on a tilted card).
    { text: '龙志晓', confidence: 0.97, box: [193, 566, 64, 35] },
    { text: '湖北省武汉市武昌区解放大道103号6栋908室', confidence: 0.97, box: [198, 575, 377, 74] },
    at('住址', 76, 640, 24),
  ]);
  assert.equal(fields.owner, '龙志晓');
});

test('given a paper invoice whose spaced 名 称 label lost its second half into the taller value box, when read, then the buyer is read', () => {
  const fields = read('vat_special_invoice', [
    at('浙江增值税专用发票', 617, 201, 34),
    at('购', 173, 303, 17),
    { text: '名', confidence: 0.97, box: [210, 307, 18, 20] },
    { text: '称：福建凯达电子科技有限公司', confidence: 0.97, box: [283, 308, 259, 43] },
    at('买', 174, 336, 17),
    at('纳税人识别号：91350503KK4366497G', 205, 333, 18),
  ]);
  assert.equal(fields.buyer, '福建凯达电子科技有限公司');
});

test('given a customs goods cell stacking 单价/总价/币制 with loose leading, when read, then the total value is its second line', () => {
  const fields = read('customs_declaration', [
    at('中华人民共和国海关出口货物报关单', 333, 77, 40),
    at('商品编号', 260, 670, 24),
    at('商品名称及规格型号', 424, 669, 17),
    at('数量及单位', 581, 669, 24),
    at('单价/总价/币制', 749, 667, 24),
    at('原产国（地区）', 907, 667, 20),
    at('9617001900锂离子蓄电池3417个', 260, 716, 20),
    at('140.21', 744, 714, 26),
    at('479,094.11', 744, 759, 24),
    at('人民币', 741, 797, 26),
  ]);
  assert.equal(fields.total_value, '479094.11');
});
