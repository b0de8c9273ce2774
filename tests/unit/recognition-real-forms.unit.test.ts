import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type OcrLine } from '@uplift/vision';
import { lineAt as at, readFields as read } from '../support/ocr-lines';

// Contracts, leases and bills as they are printed: parties with bracketed notes, values inside prose
// articles, meter tables whose headings carry the unit. Boxes follow the glyphs (Chinese 1 em, Latin ½ em).

test('given parties named 出卖人（甲方）/买受人（乙方）, when read, then the bracket names the party and the value starts after it', () => {
  const fields = read('purchase_contract', [
    at('物资采购合同', 400, 20),
    at('买受人（甲方）：杭州瑞丰电子有限公司', 60, 120),
    at('出卖人（乙方）：福州东升机械制造有限公司', 60, 170),
  ]);
  assert.equal(fields.party_a, '杭州瑞丰电子有限公司');
  assert.equal(fields.party_b, '福州东升机械制造有限公司');
});

test('given a lease whose parties carry 以下简称 notes and whose rent and term sit in articles, when read, then all four are found', () => {
  const fields = read('lease_contract', [
    at('房屋租赁合同', 400, 20),
    at('出租方（以下简称甲方）：刘洋', 60, 120),
    at('承租方（以下简称乙方）：厦门东升科技有限公司', 60, 170),
    at('第二条租赁期限：自2024年5月4日起至2026年5月4日止，共计24个月。', 60, 260),
    at('第三条租金：月租金为人民币壹万玖仟壹佰元整（¥19,100.00），按季度支付。', 60, 310),
  ]);
  assert.equal(fields.lessor, '刘洋');
  assert.equal(fields.lessee, '厦门东升科技有限公司');
  assert.equal(fields.term, '2024-05-04/2026-05-04');
  assert.equal(fields.rent, '19100.00');
});

test('given a meter table with a unit in its heading and a 合计 row, when read, then usage is the total with the unit', () => {
  const cols = [70, 160, 300, 440, 520, 720, 860];
  const row = (cells: string[], y: number): OcrLine[] => cells.flatMap((c, i) => (c === '' ? [] : [at(c, (cols[i] ?? 0) + 10, y)]));
  const fields = read('utility_bill', [
    at('电费账单', 500, 20, 48),
    at('户号', 80, 110, 20),
    at('户名', 700, 110, 20),
    at('2964706601', 84, 140),
    at('合肥顺丰科技有限公司', 716, 140),
    ...row(['时段', '上期示数', '本期示数', '倍率', '电量(千瓦时)', '单价(元)', '金额(元)'], 240),
    ...row(['峰', '53174', '54354', '1', '1180', '0.3120', '368.16'], 290),
    ...row(['平', '69937', '73820', '1', '3883', '0.4583', '1,779.58'], 340),
    ...row(['合计', '', '', '', '5063', '', '2,147.74'], 390),
    at('本期应交：¥2,147.74', 70, 450),
  ]);
  assert.equal(fields.account_no, '2964706601');
  assert.equal(fields.account_holder, '合肥顺丰科技有限公司');
  assert.equal(fields.usage, '5063千瓦时');
  assert.equal(fields.amount, '2147.74');
});

test('given an e-payment voucher whose tax rows are one line each, when read, then the first row is not joined to the next', () => {
  const fields = read('tax_payment_certificate', [
    at('电子缴税付款凭证', 500, 20, 48),
    at('纳税人识别号：9143010060256036A2', 90, 110),
    at('纳税人全称：杭州永盛餐饮管理有限公司', 90, 160),
    at('小写（合计）金额：¥85,138.05', 90, 210),
    at('税（费）种名称', 120, 300),
    at('所属日期', 340, 300),
    at('实缴金额', 620, 300),
    at('增值税', 120, 346),
    at('20230101-20230331', 340, 346),
    at('77,398.22', 620, 346),
    at('城市维护建设税', 120, 392),
    at('20230101-20230331', 340, 392),
    at('7,739.83', 620, 392),
    at('第1次打印 打印时间：20230412', 120, 450),
  ]);
  assert.equal(fields.taxpayer_id, '9143010060256036A2');
  assert.equal(fields.taxpayer_name, '杭州永盛餐饮管理有限公司');
  assert.equal(fields.tax_type, '增值税');
  assert.equal(fields.tax_period, '2023-01-01/2023-03-31');
  assert.equal(fields.amount_paid, '85138.05');
});

test('given a contract amount under a heading in 万元, when read, then it is scaled to yuan', () => {
  const fields = read('sales_contract', [at('销售合同', 400, 20, 48), at('合同金额（万元）：', 60, 120), at('120.5', 330, 120)]);
  assert.equal(fields.amount, '1205000.00');
});

test('given labels above values in two columns, when a value of the right column lines up with a left label, then the left label keeps its own', () => {
  const fields = read('lease_contract', [
    at('房屋租赁合同', 450, 40, 48),
    at('乙方（承租人）', 628, 175, 20),
    at('出租人', 71, 200, 20),
    at('苏州金穗商贸有限公司', 631, 197),
    at('何磊', 76, 228),
  ]);
  assert.equal(fields.lessor, '何磊');
  assert.equal(fields.lessee, '苏州金穗商贸有限公司');
});

test('given a borderless two-pair row (label, gap, value) above a long line, when read, then the labels are not taken for a header row', () => {
  const box = (text: string, x: number, y: number, w: number, h: number): OcrLine => ({ text, confidence: 0.97, box: [x, y, w, h] });
  const fields = read('lease_contract', [
    box('房屋租赁合同', 566, 99, 275, 54),
    box('无锡金穗电子有限公司', 955, 192, 272, 37),
    box('承租方（乙方）', 728, 201, 179, 34),
    box('周芳', 306, 213, 60, 35),
    box('出租方（甲方）', 81, 217, 174, 34),
    box('建筑面积198平方米', 727, 250, 276, 41),
    box('房屋坐落厦门市长江路201号', 80, 265, 379, 42),
  ]);
  assert.equal(fields.lessor, '周芳');
  assert.equal(fields.lessee, '无锡金穗电子有限公司');
});

test('given a table header whose neighbour heading is a known label, when the page is sheared, then the heading still reads down its column', () => {
  const box = (text: string, x: number, y: number, w: number, h: number): OcrLine => ({ text, confidence: 0.97, box: [x, y, w, h] });
  const fields = read('tax_payment_certificate', [
    box('电子缴税付款凭证', 482, 104, 355, 75),
    box('实缴金额', 547, 474, 99, 38),
    box('所属日期', 315, 498, 97, 35),
    box('税（费）种名称', 129, 510, 167, 42),
    box('12,736.83', 553, 518, 106, 37),
    box('20250701-20250930', 322, 532, 211, 43),
    box('增值税', 133, 560, 77, 37),
    box('第1次打印 打印时间：20251012', 133, 587, 344, 58),
  ]);
  assert.equal(fields.tax_type, '增值税');
  assert.equal(fields.tax_period, '2025-07-01/2025-09-30');
});

test('given a lease article in prose (房屋坐落于…，建筑面积…), when read, then the address starts after 于 and ends at the next label', () => {
  const fields = read('lease_contract', [
    at('房屋租赁合同', 450, 40, 48),
    at('第一条甲方出租的房屋坐落于宁波市工业路75号，建筑面积225平方米，用途为商业经营。', 60, 160),
    at('租赁面积：180平方米', 60, 220),
  ]);
  assert.equal(fields.address, '宁波市工业路75号');
  assert.equal(fields.area, '225平方米');
});
