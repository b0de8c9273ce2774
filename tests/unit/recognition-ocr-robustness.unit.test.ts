import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type OcrLine } from '@uplift/vision';
import { glyphsWidth as width, lineAt as at, readFields as read } from '../support/ocr-lines';

// What photos and OCR do to a page: tilt and shear, labels misread or clipped, cents boxed apart, figures cut at
// the front, specks and seals on heading rows. Boxes follow the glyphs (Chinese 1 em, Latin ½ em).

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

test('given a misread label inside an article (第二条租货期限：…), when read, then it is restored; an intact label before a colon is left alone', () => {
  const lease = read('lease_contract', [
    at('房屋租赁合同', 450, 40, 48),
    at('第二条租货期限：自2024年5月4日起至2026年5月4日止。', 60, 160),
  ]);
  assert.equal(lease.term, '2024-05-04/2026-05-04');
  const tax = read('tax_payment_certificate', [at('税收完税证明', 450, 40, 48), at('纳税人名称：郑州联创机械制造有限公司', 60, 160)]);
  assert.equal(tax.taxpayer_name, '郑州联创机械制造有限公司');
});

test('given a plate whose middle dot OCR read as a dash and whose 0 as O, when read, then the plate is restored', () => {
  const card = read('road_transport_certificate', [at('道路运输证', 400, 40, 48), at('车辆号牌', 60, 160), at('闽A-5KO21', 300, 160)]);
  assert.equal(card.plate, '闽A5K021');
});

test('given a certificate number one look-alike away from its printed format (CR2020… for GR2020…), when read, then the format decides', () => {
  const card = read('high_tech_enterprise_certificate', [at('高新技术企业证书', 400, 40, 48), at('证书编号：CR202034804112', 60, 160)]);
  assert.equal(card.certificate_no, 'GR202034804112');
});
