import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseChineseDate, parsePeriod } from '@uplift/vision';
import { glyphsWidth as width, lineAt as at, readFields as read } from '../support/ocr-lines';

// Amounts that do not validate are not reported (never a part of a figure, a stray digit, or a cut amount in
// words); columns, totals rows and dates as OCR leaves them. Boxes follow the glyphs (Chinese 1 em, Latin ½ em).

test('given a total whose thousands group OCR cut short beside its cents box (★67,78 | 00), when read, then no total is reported', () => {
  const fields = read('payroll_sheet', [
    at('工资发放表', 430, 60, 48),
    at('合计', 75, 555),
    at('★67,78', 794, 514),
    at('00', 794 + Math.round(width('★67,78', 28)) + 4, 517, 20),
  ]);
  assert.equal(fields.total, undefined);
});

test('given an amount in words cut by a misread character or with 零 before a unit, when read alone, then no amount is reported', () => {
  for (const words of ['陆拾陆万搬仟伍佰柒拾元整', '玖万肆仟零拾肆元肆角肆分', '陆万肆仟肆4佰陆給员元伍角伍分']) {
    const fields = read('sales_contract', [at('产品销售合同', 400, 40, 48), at(`合同金额：${words}`, 60, 160)]);
    assert.equal(fields.amount, undefined, words);
  }
  const whole = read('sales_contract', [at('产品销售合同', 400, 40, 48), at('合同金额：陆拾陆万捌仟伍佰柒拾元整', 60, 160)]);
  assert.equal(whole.amount, '668570.00');
});

test('given a label above its value whose right-hand neighbour heading OCR lost, when read, then the value under the label is taken', () => {
  const fields = read('sales_contract', [
    at('产品销售合同', 415, 40, 48),
    at('合同编号', 70, 145, 20),
    at('供方', 383, 150, 20),
    at('买方', 698, 152, 20),
    at('HT54263761', 72, 170, 22),
    at('济南华瑞商贸有限公司', 386, 173, 22),
    at('无锡佳美商贸有限公司', 700, 176, 22),
    at('产品名称', 67, 200, 20),
    at('总金额', 382, 205, 20),
    at('建筑材料', 69, 226, 22),
    at('￥668,570.00', 384, 230, 20),
    at('陆拾陆万捌仟伍佰柒拾元整', 700, 229, 24),
  ]);
  assert.equal(fields.amount, '668570.00');
});

/** A tax payment certificate's table: 税种 | 实缴金额 headings, `rows` figures, a totals row with `total` beside it. */
function taxTable(rows: readonly string[], total: string, figure?: string): ReturnType<typeof at>[] {
  return [
    at('中华人民共和国税收完税证明', 380, 40, 48),
    at('原凭证号', 84, 340),
    at('税种', 290, 340),
    at('品目名称', 500, 340),
    at('实缴金额', 1126, 340),
    ...rows.flatMap((amount, i) => [
      at(`33874681015076${i}`, 86, 390 + i * 44),
      at('增值税', 290, 390 + i * 44),
      at(amount, 1126, 390 + i * 44),
    ]),
    at('金额合计', 87, 484),
    at(total, 312, 484),
    ...(figure ? [at(figure, 1126, 484)] : []),
  ];
}

test('given a tax table whose totals row has no figure and words that lost a digit, when read, then the sum the words still spell is the total, never a part', () => {
  // The words lost one digit (零肆拾 read 零拾) and do not parse; they still keep 6 of the 7 digits of the column's sum
  // (total-from-garbled-words), and of no single row: the sum is the total, never a part of it.
  assert.equal(
    read('tax_payment_certificate', taxTable(['87,892.00', '6,152.44'], '（大写）玖万肆仟零拾肆元肆角肆分')).amount_paid,
    '94044.44',
  );
  assert.equal(read('tax_payment_certificate', taxTable(['87,892.00', '6,152.44'], '（大写）叁万喜低别无角分')).amount_paid, undefined);
});

test('given a one-row tax table whose totals figure OCR lost, when read, then the row is the total', () => {
  assert.equal(read('tax_payment_certificate', taxTable(['25,846.63'], '（大写）贰万伍仟肆格临无陆角叁分')).amount_paid, '25846.63');
});

test('given a date whose 月 OCR lost between two-digit month and day, when parsed, then month and day are read', () => {
  assert.equal(parseChineseDate('有效期至2028年0510日'), '2028-05-10');
  assert.equal(parseChineseDate('2028年1340日'), null);
  assert.equal(parsePeriod('2025年01月01日至2028年0510日')?.until, '2028-05-10');
});

test('given a permit that words its validity as another permit does (有效截止日期), when read, then the date is its validity', () => {
  const fields = read('road_transport_operating_licence', [
    at('道路运输经营许可证', 400, 40, 48),
    at('许可证号', 78, 322, 20),
    at('有效截止日期', 684, 327, 20),
    at('浙交运管许可杭字434173743868号', 81, 350, 24),
    at('2031年12月21日', 684, 354, 24),
  ]);
  assert.equal(fields.licence_no, '浙交运管许可杭字434173743868号');
  assert.equal(fields.valid_until, '2031-12-21');
});

test('given the next label joined onto the end of a number with a character lost (…第4942907号权人), when read, then it introduces its value', () => {
  const fields = read('real_estate_certificate', [
    at('不动产权证书', 525, 60, 48),
    at('闽（2018）福州市不动产权第4942907号权人', 303, 176, 26),
    at('厦门恒达贸易有限公司', 853, 190, 26),
    at('房屋坐落', 640, 232, 26),
    at('长沙市五四路165号', 891, 244, 26),
  ]);
  assert.equal(fields.certificate_no, '闽(2018)福州市不动产权第4942907号');
  assert.equal(fields.right_holder, '厦门恒达贸易有限公司');
});

test('given printed wordings of other stationery (牌照号码, 实发工资总额), when read, then they introduce their fields', () => {
  const card = read('road_transport_certificate', [at('道路运输证', 400, 40, 48), at('牌照号码', 60, 160), at('闽A·5K321', 300, 160)]);
  assert.equal(card.plate, '闽A5K321');
  const sheet = read('payroll_sheet', [at('工资发放表', 400, 40, 48), at('实发工资总额', 60, 160), at('67,780.00', 300, 160)]);
  assert.equal(sheet.total, '67780.00');
});

test('given a totals figure that lost its leading digits (7,497.87 under 177,497.87), when read, then the rows it sums restore it', () => {
  assert.equal(read('tax_payment_certificate', taxTable(['177,497.87'], '', '7,497.87')).amount_paid, '177497.87');
  assert.equal(read('tax_payment_certificate', taxTable(['87,892.00', '6,152.44'], '', '4,044.44')).amount_paid, '94044.44');
  // A totals figure that merely disagrees with its rows is left as read (the validations flag it).
  assert.equal(read('tax_payment_certificate', taxTable(['87,892.00', '6,152.44'], '', '94,000.44')).amount_paid, '94000.44');
});

test('given a statement totals row whose debit lost its front (，552) and whose credit starts left of its heading, when read, then the credit is read and the debit is not reported', () => {
  const fields = read('bank_statement', [
    at('银行对账单', 434, 40, 48),
    at('交易日期', 89, 254),
    at('摘要', 274, 260),
    at('收入金额', 462, 266),
    at('支出金额', 650, 272),
    at('余额', 836, 278),
    at('2025-02-10', 89, 300),
    at('货款支出', 274, 304),
    at('22,503.54', 647, 316),
    at('37,033.00', 834, 323),
    at('合计', 76, 595),
    at('55,466.28', 449, 608),
    at('，552', 631, 605),
  ]);
  assert.equal(fields.total_credit, '55466.28');
  assert.equal(fields.total_debit, undefined);
});

test('given a number and the next column’s date OCR joined into one box, when read, then the cut falls where the script changes', () => {
  const fields = read('road_transport_operating_licence', [
    at('道路运输经营许可证', 350, 40, 48),
    at('许可证号', 373, 200, 20),
    at('经营范围', 61, 200, 20),
    at('有效截止日期', 684, 203, 17),
    // The box spans the gap between the two columns, as OCR boxes it.
    { ...at('川交运管许可蓉字786485978987号2028年02月06日', 380, 222, 22), box: [380, 222, 467, 28] },
    at('道路普通货物运输', 66, 225, 20),
  ]);
  assert.equal(fields.licence_no, '川交运管许可蓉字786485978987号');
});

test('given a tax table whose first-row tax type OCR lost, when read, then the amount in words below is not taken as the tax type', () => {
  const lines = taxTable(['87,892.00', '6,152.44'], '（大写）玖万肆仟零拾肆元肆角肆分').filter(
    (l) => !(l.text === '增值税' && l.box[1] === 390),
  );
  assert.equal(read('tax_payment_certificate', lines).tax_type, '增值税');
  const noRows = taxTable([], '（大写）玖万肆仟零拾肆元肆角肆分');
  assert.equal(read('tax_payment_certificate', noRows).tax_type, undefined);
});

test('given a period whose end OCR could not read (2025-07-01至20262908014), when parsed, then its start is no end date', () => {
  assert.deepEqual(parsePeriod('2025-07-01至20262908014'), { from: '2025-07-01', until: null, openEnded: false });
  assert.equal(parsePeriod('有效期至2025年12月31日')?.until, '2025-12-31');
});

test('given a lease term given as a duration from a start date (租赁期限为3年，自2024年1月1日起), when read, then the term ends the day before its anniversary', () => {
  const fields = read('lease_contract', [
    at('房屋租赁合同', 450, 40, 48),
    at('出租方（甲方）：福州恒达电子有限公司', 60, 120),
    at('第二条 租赁期限为3年，自2024年1月1日起。', 60, 170),
  ]);
  assert.equal(fields.term, '2024-01-01/2026-12-31');
  assert.deepEqual(parsePeriod('自2025年7月1日起，租期十八个月'), { from: '2025-07-01', until: '2026-12-31', openEnded: false });
});
