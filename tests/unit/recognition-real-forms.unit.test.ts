import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFields, voucherSpec, type OcrLine } from '@uplift/vision';
import type { VoucherTypeId } from '@uplift/domain';

// Contracts, leases and bills as they are printed: parties with bracketed notes, values inside prose
// articles, meter tables whose headings carry the unit. Boxes follow the glyphs (Chinese 1 em, Latin ½ em).
const width = (text: string, em: number): number => [...text].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? em * 0.55 : em), 0);
const at = (text: string, x: number, y: number, em = 28): OcrLine => ({
  text,
  confidence: 0.97,
  box: [x, y, Math.round(width(text, em)), Math.round(em * 1.1)],
});
const read = (type: VoucherTypeId, lines: OcrLine[]): Record<string, string> =>
  Object.fromEntries(extractFields(lines, voucherSpec(type)).map((f) => [f.name, f.value]));

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

test('given a totals row whose cents OCR boxed apart (￥267,584 | 94), when read, then amount and tax keep every digit', () => {
  const fields = read('vat_ordinary_invoice', [
    at('增值税普通发票', 400, 20, 48),
    at('合计', 90, 500),
    at('￥267,584', 550, 500),
    at('94', 550 + Math.round(width('￥267,584', 28)) + 6, 500),
    at('￥8,027.55', 850, 500),
  ]);
  assert.equal(fields.amount, '267584.94');
  assert.equal(fields.tax, '8027.55');
});

test('given a small four-character label that lost its first character (效期至), when read, then its value below is found', () => {
  const fields = read('industrial_production_licence', [
    at('全国工业产品生产许可证', 300, 20, 48),
    at('效期至', 708, 212, 20),
    at('2027年12月16日', 712, 240),
  ]);
  assert.equal(fields.valid_until, '2027-12-16');
});

test('given a contract amount under a heading in 万元, when read, then it is scaled to yuan', () => {
  const fields = read('sales_contract', [at('销售合同', 400, 20, 48), at('合同金额（万元）：', 60, 120), at('120.5', 330, 120)]);
  assert.equal(fields.amount, '1205000.00');
});

test('given a photo tilted by about 7°, when a meter table is read, then each heading keeps its own column', () => {
  const tilt = -0.12;
  const cols = [70, 170, 310, 450, 540, 760, 900];
  const row = (cells: string[], y: number): OcrLine[] =>
    cells.flatMap((c, i) => (c === '' ? [] : [at(c, (cols[i] ?? 0) + 10, Math.round(y + tilt * (cols[i] ?? 0)))]));
  const fields = read('utility_bill', [
    at('电费账单', 500, 20, 48),
    ...row(['时段', '上期示数', '本期示数', '倍率', '用电量(千瓦时)', '单价(元)', '金额(元)'], 300),
    ...row(['总', '31817', '35611', '1', '3794', '0.4583', '1,738.79'], 356),
  ]);
  assert.equal(fields.usage, '3794千瓦时');
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

test('given a label OCR misread by one character (租货期), when read, then it still introduces its value', () => {
  const fields = read('lease_contract', [
    at('房屋租赁合同', 450, 40, 48),
    at('承租方：福州恒达电子有限公司', 60, 120),
    at('租货期：2024年01月01日至2027年12月31日', 60, 170),
  ]);
  assert.equal(fields.term, '2024-01-01/2027-12-31');
  assert.equal(fields.lessee, '福州恒达电子有限公司');
});

test('given a value one character away from a title (货物运输, 货物运单), when read, then it stays a value and the date split beside it is whole', () => {
  const fields = read('road_transport_operating_licence', [
    at('道路运输经营许可证', 400, 40, 48),
    at('经营范围', 566, 202),
    at('货物运输', 833, 218),
    at('有效期限至', 565, 250),
    at('2029年01', 749, 259),
    at('月01日', 831, 258),
  ]);
  assert.equal(fields.valid_until, '2029-01-01');
});

test('given a label|value row whose value starts well right of the label above it, when read, then the value stays with the label on its left', () => {
  const fields = read('construction_qualification_certificate', [
    at('建筑业企业资质证书', 450, 40, 48),
    at('资质类别及等级', 110, 324),
    at('地基基础工程专业承包叁级', 330, 324),
    at('有效期', 80, 373),
    at('2031年05月28日', 150, 370),
  ]);
  assert.equal(fields.valid_until, '2031-05-28');
});

test('given an invoice tax OCR cut at the front (6441.44 of 16,441.44), when amount + tax = total proves the lost digits, then it is restored', () => {
  const fields = read('vat_special_invoice', [
    at('增值税专用发票', 400, 20, 48),
    at('合计', 88, 457),
    at('￥126,472.58', 661, 457),
    at('6441.44', 1075, 457),
    at('价税合计（大写）壹拾肆万贰仟玖佰壹拾肆元零贰分', 96, 503),
    at('（小写）￥142,914.02', 109, 558),
  ]);
  assert.equal(fields.amount, '126472.58');
  assert.equal(fields.tax, '16441.44');
  assert.equal(fields.total, '142914.02');
});

test('given invoice figures that disagree without a lost-digit explanation, when read, then they are left as read for the validations to flag', () => {
  const fields = read('vat_special_invoice', [
    at('增值税专用发票', 400, 20, 48),
    at('合计', 88, 457),
    at('￥126,472.58', 661, 457),
    at('￥16,000.00', 1040, 457),
    at('（小写）￥142,914.02', 109, 558),
  ]);
  assert.equal(fields.tax, '16000.00');
});

test('given a company name whose place OCR misread (厦內), when read, then the place is repaired; a brand name one character from a place is not', () => {
  const sales = read('sales_contract', [
    at('销售合同', 400, 20, 48),
    at('甲方：中兴通讯有限公司', 60, 120),
    at('乙方：厦內永盛科技有限公司', 60, 170),
  ]);
  assert.equal(sales.party_b, '厦门永盛科技有限公司');
  assert.equal(sales.party_a, '中兴通讯有限公司');
});

test('given a sheared photo of a two-pair invoice grid, when a shared tax-id label is claimed, then its own row decides buyer or seller', () => {
  // Boxes as OCR returned them from such a photo: each row's right half sits higher than its left half.
  const box = (text: string, x: number, y: number, w: number, h: number): OcrLine => ({ text, confidence: 0.97, box: [x, y, w, h] });
  const fields = read('vat_special_invoice', [
    box('电子发票（增值税专用发票）', 350, 74, 495, 74),
    box('发票号码', 86, 149, 87, 35),
    box('38724729102051798203', 288, 165, 224, 35),
    box('开票日期', 615, 183, 87, 31),
    box('购买方名称', 86, 191, 110, 32),
    box('2024年05月19日', 816, 195, 150, 34),
    box('苏州顺丰食品有限公司', 288, 204, 200, 35),
    box('纳税人识别号', 614, 221, 126, 36),
    box('销售方名称', 86, 230, 109, 34),
    box('91510100851609383W', 817, 237, 208, 33),
    box('郑州金穗建筑工程有限公司', 287, 244, 241, 37),
    box('纳税人识别号', 614, 261, 124, 35),
    box('91430100188877083C', 816, 276, 202, 34),
  ]);
  assert.equal(fields.buyer_tax_id, '91510100851609383W');
  assert.equal(fields.seller_tax_id, '91430100188877083C');
});

test('given a speck beside a small label above its value, when the column is read, then the value is not cut at the speck', () => {
  const box = (text: string, x: number, y: number, w: number, h: number): OcrLine => ({ text, confidence: 0.97, box: [x, y, w, h] });
  const fields = read('medical_device_business_licence', [
    box('医疗器械经营许可证', 400, 60, 400, 48),
    box('经营范围', 480, 324, 73, 25),
    box('有效期限', 881, 338, 69, 21),
    box('桌', 995, 345, 20, 17),
    box('第三类医疗器械', 484, 351, 159, 30),
    box('至2029年01月27日', 881, 362, 190, 32),
  ]);
  assert.equal(fields.valid_until, '2029-01-27');
});

test('given a six-character label with two characters misread (有交载止日期), when read, then its value is found', () => {
  const fields = read('food_business_permit', [
    at('食品经营许可证', 300, 20, 48),
    at('有交载止日期', 984, 286),
    at('2030年05月13日', 988, 321),
  ]);
  assert.equal(fields.valid_until, '2030-05-13');
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

test('given a long tilted article line whose box is far taller than its glyphs, when its amount is read, then figures of other rows beside it are not joined in', () => {
  const box = (text: string, x: number, y: number, w: number, h: number): OcrLine => ({ text, confidence: 0.97, box: [x, y, w, h] });
  const fields = read('purchase_contract', [
    box('物资采购合同', 500, 60, 300, 60),
    box('合计人民币（大写）', 132, 688, 184, 50),
    box('贰佰叁拾陆万伍仟陆佰叁拾壹元整', 420, 700, 330, 40),
    box('3,124.00', 990, 720, 100, 38),
    box('第二条合同总金额为人民币贰佰叁拾陆万伍仟陆佰叁拾壹元整（￥2.365，631.00），含税', 160, 739, 829, 140),
    box('2,365,631.00', 1018, 772, 133, 41),
  ]);
  assert.equal(fields.amount, '2365631.00');
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

test('given a misread label inside an article (第二条租货期限：…), when read, then it is restored; an intact label before a colon is left alone', () => {
  const lease = read('lease_contract', [
    at('房屋租赁合同', 450, 40, 48),
    at('第二条租货期限：自2024年5月4日起至2026年5月4日止。', 60, 160),
  ]);
  assert.equal(lease.term, '2024-05-04/2026-05-04');
  const tax = read('tax_payment_certificate', [at('税收完税证明', 450, 40, 48), at('纳税人名称：郑州联创机械制造有限公司', 60, 160)]);
  assert.equal(tax.taxpayer_name, '郑州联创机械制造有限公司');
});
