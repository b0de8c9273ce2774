import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import sharp from 'sharp';
import { ErrorCode } from '@uplift/domain';
import { createRecogniser, type Recogniser } from '@uplift/vision';

let recogniser: Recogniser;

/** Renders text lines (first one as a title) with the Noto CJK font shipped by @embedpdf/fonts-sc. */
function render(lines: string[], seal: boolean): Buffer {
  GlobalFonts.registerFromPath(join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', 'NotoSansHans-Regular.otf'), 'TestCJK');
  const c = createCanvas(1200, 120 + lines.length * 56);
  const g = c.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, c.width, c.height);
  g.fillStyle = '#111';
  lines.forEach((line, i) => {
    g.font = i === 0 ? '52px TestCJK' : '28px TestCJK';
    g.fillText(line, i === 0 ? 420 : 70, 80 + i * 56);
  });
  if (seal) {
    g.strokeStyle = 'rgb(215,30,35)';
    g.lineWidth = 7;
    g.beginPath();
    g.arc(950, c.height - 160, 100, 0, Math.PI * 2);
    g.stroke();
    g.fillStyle = 'rgb(215,30,35)';
    g.fillRect(935, c.height - 175, 30, 30);
  }
  return c.toBuffer('image/png');
}

before(async () => {
  recogniser = await createRecogniser({ ocrThreads: 1 });
});
after(async () => {
  await recogniser.close();
});

test('a photographed business licence is classified, read and validated by the real OCR pool', async () => {
  const png = render(
    [
      '营业执照',
      '统一社会信用代码：91350100M000100Y43',
      '名称：福州好味道餐饮有限公司',
      '法定代表人：张三',
      '注册资本：壹拾万元整',
      '成立日期：2019年03月15日',
      '住所：福建省福州市鼓楼区五四路88号',
      '',
      '',
      '',
    ],
    true,
  );
  const photo = await sharp(png).rotate(2, { background: '#777' }).blur(0.6).jpeg({ quality: 70 }).toBuffer();
  const stages: string[] = [];
  const result = await recogniser.recognise(
    { bytes: photo, declared: { kind: 'voucher', type: 'business_licence' }, caseDate: '2026-03-01' },
    (s) => stages.push(s),
  );
  assert.equal(result.documentType, 'business_licence');
  const value = (n: string): string | undefined => result.fields.find((f) => f.name === n)?.value;
  assert.equal(value('uscc'), '91350100M000100Y43');
  assert.equal(value('established_date'), '2019-03-15');
  assert.equal(result.validations.find((v) => v.rule === 'uscc_check_digit')?.passed, true);
  assert.equal(result.seals.length >= 1, true);
  assert.equal(result.ocrEngine, 'pp-ocrv4');
  assert.ok(stages.includes('decoded'));
  assert.doesNotThrow(() => JSON.stringify(result));
});

test('an upside-down invoice is turned and read; amount + tax = total holds', async () => {
  const png = render(
    [
      '增值税专用发票',
      '发票号码：24350000000012345678',
      '开票日期：2025年01月02日',
      '购买方 名称：福州甲商贸有限公司',
      '纳税人识别号：91350100M000100Y43',
      '销售方 名称：杭州乙物流有限公司',
      '纳税人识别号：91110000600037341L',
      '合计  ¥10,000.00   ¥1,300.00',
      '价税合计（大写） 壹万壹仟叁佰元整  （小写）¥11,300.00',
    ],
    false,
  );
  const upsideDown = await sharp(png).rotate(180).jpeg({ quality: 80 }).toBuffer();
  const result = await recogniser.recognise({
    bytes: upsideDown,
    declared: { kind: 'voucher', type: 'vat_special_invoice' },
    caseDate: '2026-03-01',
  });
  assert.equal(result.documentType, 'vat_special_invoice');
  assert.equal(result.fields.find((f) => f.name === 'total')?.value, '11300.00');
  assert.equal(result.validations.find((v) => v.rule === 'amount_plus_tax_equals_total')?.passed, true);
});

test('an undecodable file is UNDECODABLE_FILE, not a crash', async () => {
  await assert.rejects(
    recogniser.recognise({
      bytes: Buffer.from('GIF89a not an accepted image'),
      declared: { kind: 'voucher', type: 'business_licence' },
      caseDate: '2026-03-01',
    }),
    (e: { code?: string }) => e.code === ErrorCode.UndecodableFile,
  );
  await assert.rejects(
    recogniser.recognise({
      bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 1, 2, 3]),
      declared: { kind: 'voucher', type: 'business_licence' },
      caseDate: '2026-03-01',
    }),
    (e: { code?: string }) => e.code === ErrorCode.UndecodableFile,
  );
});
