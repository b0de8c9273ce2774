import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstRunningBalanceBreak, readStatementRows, type OcrLine } from '@uplift/vision';
import { glyphsWidth as width, lineAt as at, readFields as read } from '../support/ocr-lines';

/** The column x positions of a 税收完税证明 table: 原凭证号 | 税种 | 品目名称 | 税款所属时期 | 入(退)库日期 | 实缴(退)金额. */
const COLS = [80, 330, 470, 590, 900, 1060];

test('given a tax payment certificate whose figures sit in a column table, when read, then each header takes the value under it and the amount is the 合计 row', () => {
  const fields = read('tax_payment_certificate', [
    at('中华人民共和国税收完税证明', 300, 30, 50),
    at('纳税人识别号：91350100M000100Y43', 70, 150),
    at('纳税人名称：福州好味道餐饮有限公司', 70, 200),
    // Body text 24 px wide per character: every value fits its column, as in a ruled table.
    ...['原凭证号', '税种', '品目名称', '税款所属时期', '入(退)库日期', '实缴(退)金额'].map((h, i) => at(h, COLS[i] ?? 0, 300, 24)),
    ...['335011250000123456', '增值税', '商业', '2025-01-01至2025-03-31', '2025-04-15', '12,000.00'].map((v, i) =>
      at(v, COLS[i] ?? 0, 352, 24),
    ),
    ...['335011250000123457', '教育费附加', '增值税教育费附加', '2025-01-01至2025-03-31', '2025-04-15', '360.00'].map((v, i) =>
      at(v, COLS[i] ?? 0, 404, 24),
    ),
    at('金额合计', 80, 456, 24),
    at('（大写）壹万贰仟叁佰陆拾元整', 330, 456, 24),
    at('¥12,360.00', 1060, 456, 24),
  ]);
  assert.equal(fields.taxpayer_id, '91350100M000100Y43');
  assert.equal(fields.taxpayer_name, '福州好味道餐饮有限公司');
  assert.equal(fields.tax_type, '增值税');
  assert.equal(fields.tax_period, '2025-01-01/2025-03-31');
  assert.equal(fields.amount_paid, '12360.00');
});

test('given a narrow column table, when a header and a value wrap inside their cells, then the pieces are joined', () => {
  const fields = read('tax_payment_certificate', [
    at('税收完税证明', 400, 30, 50),
    at('纳税人识别号：91350100M000100Y43', 70, 150),
    ...['原凭证号', '税种', '品目名称', '税款所属时期', '入(退)库日', '实缴(退)金'].map((h, i) => at(h, COLS[i] ?? 0, 300)),
    at('期', 900, 334),
    at('额', 1060, 334),
    at('城市维', 330, 390),
    at('护建设', 330, 424),
    at('税', 330, 458),
    at('2025-01-01至', 590, 390),
    at('2025-03-31', 590, 424),
    at('840.00', 1060, 390),
  ]);
  assert.equal(fields.tax_type, '城市维护建设税');
  assert.equal(fields.tax_period, '2025-01-01/2025-03-31');
  assert.equal(fields.amount_paid, '840.00');
});

test('given a customs declaration of boxed cells with small labels above the values, when read, then no box label is taken for a value', () => {
  // Four boxes per row; labels 18 px, values 26 px; 出境关别 and 出口日期 are not fields of the reader.
  const label = (text: string, x: number, y: number): OcrLine => at(text, x, y, 18);
  const value = (text: string, x: number, y: number): OcrLine => at(text, x + 4, y + 28, 26);
  const fields = read('customs_declaration', [
    at('中华人民共和国海关出口货物报关单', 200, 30, 46),
    at('预录入编号：350120250001234000', 70, 120),
    at('海关编号：350120250001234567', 640, 120),
    label('境内发货人', 70, 180),
    label('出境关别', 350, 180),
    label('出口日期', 630, 180),
    label('申报日期', 910, 180),
    value('厦门海润贸易有限公司', 70, 180),
    value('厦门海关', 350, 180),
    value('2025-03-02', 630, 180),
    value('2025-03-01', 910, 180),
    label('监管方式', 70, 260),
    label('征免性质', 350, 260),
    label('合同协议号', 630, 260),
    label('成交方式', 910, 260),
    value('进料对口', 70, 260),
    value('一般征税', 350, 260),
    value('HT20250301', 630, 260),
    value('FOB', 910, 260),
    ...['项号', '商品名称', '数量及单位', '单价', '总价', '币制'].map((h, i) => at(h, 80 + i * 180, 360)),
    ...['1', '不锈钢保温杯', '1200个', '3.50', '4,200.00', '美元'].map((v, i) => at(v, 80 + i * 180, 412)),
  ]);
  assert.equal(fields.declaration_no, '350120250001234567');
  assert.equal(fields.consignor, '厦门海润贸易有限公司');
  assert.equal(fields.trade_mode, '进料对口');
  assert.equal(fields.currency, '美元');
  assert.equal(fields.total_value, '4200.00');
});

test('given a label：value line whose value wraps onto the next line under its start, when read, then both lines make the value', () => {
  const head = '经营范围：';
  const fields = read('business_licence', [
    at('营业执照', 500, 30, 50),
    at('名称：福州好味道餐饮有限公司', 70, 150),
    at(`${head}一般项目：餐饮管理；食品销售；日用百货销售`, 70, 202),
    at('；信息咨询服务（不含许可类信息咨询服务）', 70 + width(head, 28), 237),
    at('住所：福州市鼓楼区五四路128号恒力大厦15层1503室', 70, 289),
  ]);
  assert.equal(fields.business_scope, '一般项目:餐饮管理;食品销售;日用百货销售;信息咨询服务(不含许可类信息咨询服务)');
  assert.equal(fields.address, '福州市鼓楼区五四路128号恒力大厦15层1503室');
  assert.equal(fields.name, '福州好味道餐饮有限公司');
});

test('given a ruled grid, when a company name wraps inside its value cell, then it is joined, and the next row of the grid is not', () => {
  const fields = read('business_licence', [
    at('营业执照', 500, 30, 50),
    at('名称', 75, 170),
    at('福州好味道餐饮管理服务', 380, 150),
    at('有限公司', 380, 185),
    at('法定代表人', 75, 245),
    at('王建国', 380, 245),
    at('住所', 75, 303),
    at('福州市鼓楼区五四路128号', 380, 303),
  ]);
  assert.equal(fields.name, '福州好味道餐饮管理服务有限公司');
  assert.equal(fields.legal_representative, '王建国');
  assert.equal(fields.address, '福州市鼓楼区五四路128号');
});

test('given label：value rows set close together, when the next row starts at the margin, then it is never taken as a wrapped value', () => {
  const fields = read('utility_bill', [
    at('电费缴费通知单', 400, 30, 50),
    at('户名：长沙东升餐饮管理有限公司', 74, 198),
    at('户号：1681719487', 74, 236),
    at('用电地址：长沙市解放路17号', 74, 274),
  ]);
  assert.equal(fields.account_no, '1681719487');
  assert.equal(fields.account_holder, '长沙东升餐饮管理有限公司');
});

test('given a dense goods table whose neighbouring headings and values OCR read as one box, when read, then each column keeps its own part', () => {
  const fields = read('customs_declaration', [
    at('中华人民共和国海关进口货物报关单', 200, 30, 46),
    at('海关编号：350120250001234567', 70, 120),
    at('项号', 80, 200),
    at('商品名称', 170, 200),
    at('单价总价', 420, 200),
    at('币制', 700, 200),
    at('征免', 820, 200),
    at('1', 80, 252),
    at('陶瓷餐具', 170, 252),
    at('3.50', 420, 252),
    at('4,200.00', 476, 252),
    // 欧元 under 币制 and 照章征税 under 征免, read as one box across both columns.
    { text: '欧元 照章征税', confidence: 0.95, box: [700, 252, 232, 31] },
  ]);
  assert.equal(fields.total_value, '4200.00');
  assert.equal(fields.currency, '欧元');
});

test('given small box labels, when OCR loses a first or last character or the value box overlaps the label, then the label still reads its value', () => {
  const fields = read('tax_payment_certificate', [
    at('税收完税证明', 400, 30, 50),
    // 纳税人识别号 read without 号, 纳税人名称 without 纳; each value box starts above its label's lower edge.
    at('纳税人识别', 70, 170, 16),
    at('913205002943662449', 70, 182, 30),
    at('税人名称', 520, 170, 16),
    at('郑州东升餐饮管理有限公司', 520, 182, 30),
  ]);
  assert.equal(fields.taxpayer_id, '913205002943662449');
  assert.equal(fields.taxpayer_name, '郑州东升餐饮管理有限公司');
});

test('given a row of boxes where OCR joined a label with its value (参保人数18人), when read, then that row is not taken for a row of labels', () => {
  const fields = read('social_insurance_certificate', [
    at('参保缴费证明', 400, 30, 50),
    at('单位名称', 70, 150, 18),
    at('长沙万通建筑工程有限公司', 74, 176),
    at('参保人数18人', 470, 230),
    at('缴费月数14个月', 870, 230),
    at('经办机构', 470, 300, 18),
    at('社会保险经办机构', 474, 326),
  ]);
  assert.equal(fields.company, '长沙万通建筑工程有限公司');
  assert.equal(fields.insured_head_count, '18');
  assert.equal(fields.months_paid, '14');
});

test('given a column total whose leading digits a seal hides, or a figure that lost a decimal, when read, then no amount is ever cut', () => {
  const lines = (total: string): OcrLine[] => [
    at('工资发放表', 400, 30, 50),
    at('单位名称：福州好味道餐饮有限公司', 70, 150),
    ...['序号', '姓名', '应发工资', '实发工资'].map((h, i) => at(h, 80 + i * 250, 250)),
    ...['1', '王伟', '11,499.00', '10,999.00'].map((v, i) => at(v, 80 + i * 250, 302)),
    at('合计', 80, 354),
    at(total, 830, 354),
  ];
  assert.equal(read('payroll_sheet', lines('★，779.00')).total, undefined);
  assert.equal(read('payroll_sheet', lines('74,779.0')).total, '74779.00');
  assert.equal(read('payroll_sheet', lines('74,779.00')).total, '74779.00');
});

test('given the 2018 declaration form stacking 单价/总价/币制 in one cell, when read, then the total price and the currency are its second and third lines', () => {
  const small = (text: string, x: number, y: number): OcrLine => at(text, x, y, 22);
  const fields = read('customs_declaration', [
    at('中华人民共和国海关出口货物报关单', 200, 30, 46),
    small('项号', 80, 300),
    small('商品名称及规格型号', 200, 300),
    small('数量及单位', 430, 300),
    // The heading wraps in its narrow column: 单价/总价/币 over 制.
    small('单价/总价/币', 580, 300),
    small('制', 580, 327),
    small('原产国(地区)', 740, 300),
    small('征免', 920, 300),
    small('1', 80, 370),
    small('陶瓷餐具', 200, 370),
    small('4399个', 430, 370),
    small('35.44', 580, 370),
    small('155,888.76', 580, 397),
    small('欧元', 580, 424),
    small('中国', 740, 370),
    small('照章征税', 920, 370),
  ]);
  assert.equal(fields.total_value, '155888.76');
  assert.equal(fields.currency, '欧元');
});

test('given a totals row whose figure a seal made unreadable, when read, then the amount in capital numerals on that row stands in', () => {
  const lines = (figure: string): OcrLine[] => [
    at('税收完税证明', 400, 30, 50),
    ...['原凭证号', '税种', '品目名称', '税款所属时期', '入(退)库日期', '实缴(退)金额'].map((h, i) => at(h, COLS[i] ?? 0, 300, 24)),
    ...['335011250000123456', '增值税', '商业', '2025-01-01至2025-03-31', '2025-04-15', '102,025.87'].map((v, i) =>
      at(v, COLS[i] ?? 0, 352, 24),
    ),
    at('金额合计', 80, 404, 24),
    at('（大写）壹拾万贰仟零贰拾伍元捌角柒分', 330, 404, 24),
    { text: figure, confidence: 0.5, box: [1040, 380, 190, 110] },
  ];
  assert.equal(read('tax_payment_certificate', lines('0258')).amount_paid, '102025.87');
  assert.equal(read('tax_payment_certificate', lines('¥102,025.87')).amount_paid, '102025.87');
});

test('given a tilted page where the last row ends level with the 合计 label, when read, then the figure above the total is not joined to it', () => {
  // The page drops 5 px per 100 px to the right; the last row's figure lost its cents.
  const tilted = (text: string, x: number, y: number): OcrLine => at(text, x, Math.round(y + x * 0.05));
  const fields = read('payroll_sheet', [
    at('工资发放表', 400, 30, 50),
    tilted('单位名称：福州好味道餐饮有限公司', 70, 150),
    ...['序号', '姓名', '应发工资', '实发工资'].map((h, i) => tilted(h, 80 + i * 310, 650)),
    ...['1', '王伟', '12,029.00', '11,529.00'].map((v, i) => tilted(v, 80 + i * 310, 700)),
    ...['2', '李娜', '9,029.00', '8,529'].map((v, i) => tilted(v, 80 + i * 310, 750)),
    tilted('合计', 80, 800),
    tilted('58,328.00', 1010, 800),
  ]);
  assert.equal(fields.total, '58328.00');
});

test('given a label|value grid set tight, when a taller value sits under a label row, then values are read on the right and never joined across rows', () => {
  const fields = read('high_tech_enterprise_certificate', [
    at('高新技术企业证书', 350, 30, 50),
    at('企业名称', 57, 177, 24),
    at('宁波永盛商贸有限公司', 251, 170, 26),
    at('证书编号', 560, 170, 24),
    at('GR202061576881', 748, 166, 26),
    at('发证时间', 59, 215, 24),
    at('2024年02月20日', 251, 210, 24),
    at('有效期', 562, 208, 24),
    at('批准机关', 57, 250, 24),
    at('科学技术厅财政厅税务局', 251, 245, 28),
  ]);
  assert.equal(fields.issue_date, '2024-02-20');
  assert.equal(fields.company, '宁波永盛商贸有限公司');
  assert.equal(fields.certificate_no, 'GR202061576881');
});

test('given a statement with separate 收入金额 | 支出金额 columns and a 合计 row, when read, then the totals are read and outflows keep the balance running', () => {
  const rows = [
    ['2025-02-10', '货款支出', '', '22,947.19', '104,616.53'],
    ['2025-03-11', '转账收入', '8,960.24', '', '113,576.77'],
    ['2025-03-12', '货款支出', '', '4,724.00', '108,852.77'],
  ];
  const cols = [80, 300, 520, 740, 960];
  const lines = [
    at('账户交易明细', 450, 30, 50),
    at('户名：福州鑫源电子有限公司', 70, 150),
    ...['交易日期', '摘要', '收入金额', '支出金额', '余额'].map((h, i) => at(h, cols[i] ?? 0, 250)),
    ...rows.flatMap((row, r) => row.flatMap((v, i) => (v === '' ? [] : [at(v, cols[i] ?? 0, 302 + r * 52)]))),
    at('合计', 80, 458),
    at('8,960.24', 520, 458),
    at('27,671.19', 740, 458),
  ];
  const fields = read('bank_statement', lines);
  assert.equal(fields.total_credit, '8960.24');
  assert.equal(fields.total_debit, '27671.19');
  const statement = readStatementRows(
    rows.map((row, r) => ({ text: row.filter((v) => v !== '').join(' '), confidence: 0.9, box: [80, 302 + r * 52, 1000, 30] })),
  );
  // The first row has no balance before it; from the second on, the falling balance marks an outflow.
  assert.deepEqual(statement[2], { creditFen: 0, debitFen: 472400, balanceFen: 10885277 });
  assert.equal(firstRunningBalanceBreak(statement), -1);
});
