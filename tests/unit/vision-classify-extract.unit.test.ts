import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyDocument, extractFields, runValidations, voucherSpec, type OcrLine } from '@uplift/vision';

const lines = (...texts: string[]): OcrLine[] => texts.map((text, i) => ({ text, confidence: 0.98, box: [10, 40 * i, 600, 30] as const }));

test('a business licence is classified and its fields read and validated', () => {
  const ocr = lines(
    '营业执照',
    '统一社会信用代码91350100M000100Y43',
    '名称 福州好味道餐饮有限公司 类型 有限责任公司',
    '法定代表人张三',
    '成立日期2019年03月15日',
    '经营范围 餐饮服务',
  );
  const c = classifyDocument(ocr, { sealCount: 1, tableRows: 0 });
  assert.equal(c.type, 'business_licence');
  assert.ok(c.confidence >= 0.8);
  const fields = extractFields(ocr, voucherSpec('business_licence'));
  const value = (n: string): string | undefined => fields.find((f) => f.name === n)?.value;
  assert.equal(value('uscc'), '91350100M000100Y43');
  assert.equal(value('name'), '福州好味道餐饮有限公司');
  assert.equal(value('legal_representative'), '张三');
  assert.equal(value('established_date'), '2019-03-15');
  const v = runValidations('business_licence', fields, { caseDate: '2026-01-01', lines: ocr, seals: [], signatures: [] });
  assert.equal(v.find((x) => x.rule === 'uscc_check_digit')?.passed, true);
  assert.equal(v.find((x) => x.rule === 'red_seal_present')?.passed, false);
});

test('longer titles win: 道路运输经营许可证 is not 道路运输证, 专用 is not 普通', () => {
  assert.equal(
    classifyDocument(lines('道路运输经营许可证', '业户名称 某公司', '经营范围 道路普通货物运输'), { sealCount: 0, tableRows: 0 }).type,
    'road_transport_operating_licence',
  );
  assert.equal(
    classifyDocument(lines('道路运输证', '业户名称 某公司', '车辆号牌 闽A12345'), { sealCount: 0, tableRows: 0 }).type,
    'road_transport_certificate',
  );
  assert.equal(
    classifyDocument(lines('电子发票（增值税专用发票）', '发票号码 12345678', '价税合计'), { sealCount: 0, tableRows: 0 }).type,
    'vat_special_invoice',
  );
  assert.equal(classifyDocument(lines('今天天气很好'), { sealCount: 0, tableRows: 0 }).type, 'unknown');
});

test('an invoice: buyer and seller by occurrence, amount and tax on the 合计 row, capital total checked', () => {
  const ocr = lines(
    '增值税专用发票',
    '发票号码 24350000000012345678',
    '开票日期 2025年01月02日',
    '购买方 名称 甲公司',
    '纳税人识别号 91350100M000100Y43',
    '销售方 名称 乙公司',
    '纳税人识别号 91110000600037341L',
    '合计 ¥10,000.00 ¥1,300.00',
    '价税合计（大写） 壹万壹仟叁佰元整 （小写）¥11,300.00',
  );
  const fields = extractFields(ocr, voucherSpec('vat_special_invoice'));
  const value = (n: string): string | undefined => fields.find((f) => f.name === n)?.value;
  assert.equal(value('buyer'), '甲公司');
  assert.equal(value('seller'), '乙公司');
  assert.equal(value('amount'), '10000.00');
  assert.equal(value('tax'), '1300.00');
  assert.equal(value('total'), '11300.00');
  const v = runValidations('vat_special_invoice', fields, { caseDate: '2026-01-01', lines: ocr, seals: [], signatures: [] });
  assert.equal(v.find((x) => x.rule === 'amount_plus_tax_equals_total')?.passed, true);
  assert.equal(v.find((x) => x.rule === 'capital_numerals_match_figures')?.passed, true);
  assert.equal(
    v.filter((x) => x.rule === 'uscc_check_digit').every((x) => x.passed),
    true,
  );
});

test('a bank statement with a broken running balance fails the check', () => {
  const ocr = lines(
    '账户交易明细',
    '户名 某公司',
    '2025-01-10 转账收入 1,000.00 11,000.00',
    '2025-01-11 货款支出 -500.00 10,500.00',
    '2025-01-12 转账收入 200.00 10,800.00',
  );
  const fields = extractFields(ocr, voucherSpec('bank_statement'));
  const v = runValidations('bank_statement', fields, { caseDate: '2026-01-01', lines: ocr, seals: [], signatures: [] });
  const rule = v.find((x) => x.rule === 'running_balance');
  assert.equal(rule?.passed, false);
  assert.match(rule?.detail ?? '', /row 3/);
});
