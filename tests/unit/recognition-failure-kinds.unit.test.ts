import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyDocument, type OcrLine } from '@uplift/vision';
import { lineAt as at, readFields as read } from '../support/ocr-lines';

// Failure kinds of layout-pairs-7, each from the OCR boxes of a page the reader was not built against: labels whose
// spaced glyph OCR misread, invoice rows whose label was lost, contracts whose title names neither side.

test('given a paper invoice whose spaced 名  称 label has its 称 read unsure as 东 or 你, when read, then both parties are read', () => {
  const fields = read('vat_ordinary_invoice', [
    at('福建增值税普通发票', 627, 232, 30),
    at('发票号码：94567130', 1141, 277, 14),
    at('泉州市嘉和信息技术有限责任公司', 342, 368, 18),
    { text: '东', confidence: 0.6, box: [307, 376, 16, 13] },
    { text: '名', confidence: 0.98, box: [233, 377, 13, 15] },
    at('913505035J3599341X', 341, 401, 14),
    at('纳税人识别号', 230, 402, 14),
    at('泉州市卓越物流有限公司', 339, 811, 18),
    { text: '你', confidence: 0.51, box: [296, 811, 19, 17] },
    { text: '名', confidence: 0.97, box: [226, 812, 14, 15] },
    at('纳税人识别号', 222, 839, 14),
    at('913505033M1058564L', 336, 843, 14),
  ]);
  assert.equal(fields.buyer, '泉州市嘉和信息技术有限责任公司');
  assert.equal(fields.seller, '泉州市卓越物流有限公司');
});

test('given a spaced label whose second glyph is read with confidence as another character, when read, then it is no label', () => {
  const fields = read('vat_ordinary_invoice', [
    at('福建增值税普通发票', 627, 232, 30),
    { text: '名', confidence: 0.98, box: [233, 377, 13, 15] },
    { text: '东', confidence: 0.95, box: [290, 376, 16, 13] },
    at('泉州市嘉和信息技术有限责任公司', 342, 368, 18),
  ]);
  assert.equal(fields.buyer, undefined);
});

test('given an invoice whose 合计 row lost its label under a seal, when read, then the one pair adding up to the total is amount and tax', () => {
  const fields = read('vat_ordinary_invoice', [
    at('福建增值税普通发票', 627, 232, 30),
    at('单价', 830, 482, 16),
    at('1168.27', 845, 517, 16),
    at('70.10', 1364, 508, 16),
    at('106929.00', 827, 583, 16),
    at('6415.74', 1348, 572, 16),
    at('Y108249.55', 982, 724, 16),
    at('Y6494.98', 1340, 721, 16),
    at('价税合计（大写', 207, 764, 16),
    at('壹拾壹万肆仟柒佰肆拾肆圆伍角叁分', 390, 764, 16),
    at('（小写）￥114744.53', 1019, 755, 16),
  ]);
  assert.equal(fields.amount, '108249.55');
  assert.equal(fields.tax, '6494.98');
  assert.equal(fields.total, '114744.53');
});

test('given an invoice where two pairs of figures add up to the total, when read, then neither is taken', () => {
  const fields = read('vat_ordinary_invoice', [
    at('100.00', 800, 500, 16),
    at('6.00', 1300, 500, 16),
    at('90.00', 800, 560, 16),
    at('16.00', 1300, 560, 16),
    at('（小写）￥106.00', 1019, 755, 16),
  ]);
  assert.equal(fields.amount, undefined);
  assert.equal(fields.tax, undefined);
});

const contract = (title: string, partyA: string, partyB: string): OcrLine[] => [
  at(title, 596, 142, 40),
  at('编号：20245343', 933, 234, 18),
  at(`${partyA}：北京广汇电子科技有限公司`, 256, 246, 20),
  at(`${partyB}：北京众诚医疗器械有限公司`, 248, 404, 20),
  at('第一条乙方向甲方供应以下货物：尼龙66切片，数量22吨', 277, 562, 20),
  at('第四条付款方式：甲方于合同签订后十日内支付合同总额的30%', 268, 702, 20),
  at('第七条违约责任：任何一方违约的，应按合同总金额的百分之五', 258, 880, 20),
  at('签订日期：2024年01月26日', 633, 1303, 20),
];

test('given a 购销合同 whose 甲方 is the buyer (需方), when classified, then it is a purchase contract', () => {
  const c = classifyDocument(contract('购销合同', '甲方（需方）', '乙方（供方）'), { sealCount: 2, tableRows: 0 });
  assert.equal(c.type, 'purchase_contract');
});

test('given a 购销合同 whose 甲方 is the seller (供方), when classified, then it is a sales contract', () => {
  const lines = contract('购销合同', '甲方（供方）', '乙方（需方）').filter((l) => !l.text.includes('乙方向甲方'));
  assert.equal(classifyDocument(lines, { sealCount: 2, tableRows: 0 }).type, 'sales_contract');
});

test('given a 销售合同 whose 甲方 is the buyer, when classified, then its title decides', () => {
  const c = classifyDocument(contract('产品销售合同', '甲方（需方）', '乙方（供方）'), { sealCount: 2, tableRows: 0 });
  assert.equal(c.type, 'sales_contract');
});

test('given two signing dates of which one lost its closing 日 and a digit, when read, then the whole date is read', () => {
  const fields = read('purchase_contract', [
    at('购销合同', 596, 142, 40),
    at('签订日期：2024年01月28', 192, 1281, 20),
    at('签订日期：2024年01月26日', 633, 1303, 20),
  ]);
  assert.equal(fields.signing_date, '2024-01-26');
});

test('given an outbound note with its serial alone in the top right corner and no label, when read, then it is the note number', () => {
  const fields = read('delivery_note', [
    at('广东正信食品有限责任公司', 617, 211, 30),
    at('出库单', 717, 255, 32),
    at('3921104', 1331, 271, 22),
    at('客户名称：广州市龙腾物流有限公司', 154, 308, 22),
    at('送货日期：2022-05-27', 1087, 321, 20),
    at('联系电话：13685315862', 1087, 350, 20),
    at('货品名称', 213, 390, 24),
    at('数量', 755, 399, 24),
    at('合计', 125, 723, 24),
  ]);
  assert.equal(fields.note_no, '3921104');
});

test('given two unlabelled codes in the top right corner, when read, then no note number is guessed', () => {
  const fields = read('delivery_note', [
    at('出库单', 717, 255, 32),
    at('3921104', 1331, 231, 22),
    at('3921105', 1331, 271, 22),
    at('客户名称：广州市龙腾物流有限公司', 154, 308, 22),
    at('合计', 125, 723, 24),
  ]);
  assert.equal(fields.note_no, undefined);
});

test('given an electricity bill with a 结算电量 row and no unit printed, when read, then the usage is in kWh', () => {
  const fields = read('utility_bill', [
    at('电费缴费通知单', 508, 202, 40),
    at('结算电量', 176, 688, 26),
    at('3141', 445, 701, 22),
    at('单价（元）', 175, 741, 26),
    at('0.6283', 442, 754, 22),
  ]);
  assert.equal(fields.usage, '3141kWh');
});

test('given an electricity bill whose unit price names 千瓦时, when its usage is read bare, then it takes that unit', () => {
  const fields = read('utility_bill', [
    at('电费缴费通知单', 508, 202, 40),
    at('结算电量', 176, 688, 26),
    at('3141', 445, 701, 22),
    at('单价（元/千瓦时）', 175, 741, 26),
  ]);
  assert.equal(fields.usage, '3141千瓦时');
});

test('given a vehicle licence whose 注册日期 OCR read as 注册自期 glued to the date or 注册期★, when read, then the date is read', () => {
  const glued = read('vehicle_licence', [
    at('中华人民共和国机动车行驶证', 340, 352, 32),
    at('注册自期2014-05-03', 177, 680, 26),
    at('发证日期2015-01-11', 490, 699, 24),
  ]);
  assert.equal(glued.registration_date, '2014-05-03');
  const speck = read('vehicle_licence', [
    at('中华人民共和国机动车行驶证', 340, 352, 32),
    at('注册期★', 205, 693, 26),
    at('2019-10-10', 311, 697, 22),
    at('发证日期2021-08-12', 511, 703, 22),
  ]);
  assert.equal(speck.registration_date, '2019-10-10');
});

test('given a paper invoice whose party labels OCR did not read, when read, then each name above its taxpayer number is read', () => {
  const fields = read('vat_ordinary_invoice', [
    at('广东增值税普通发票', 589, 218, 40),
    at('湖北福满楼服装有限公司', 296, 367, 22),
    at('91420106MA49059891', 295, 401, 22),
    at('湖北省武汉市江岸区中南路157号一楼 0471-94635153', 296, 422, 20),
    at('*现代服务技术服务费', 126, 540, 20),
    at('￥2329.20', 1398, 718, 20),
    at('￥25880.00', 1013, 732, 20),
    at('￥28209.20', 1097, 769, 20),
    at('小写）', 1034, 775, 20),
    at('贰万捌仟贰佰零玖圆贰角', 350, 790, 22),
    at('深圳市金诚包装材料有限公司', 293, 839, 22),
    at('91440300J816531581', 292, 875, 22),
  ]);
  assert.equal(fields.buyer, '湖北福满楼服装有限公司');
  assert.equal(fields.seller, '深圳市金诚包装材料有限公司');
});

test('given an invoice whose total figure has no label, when amount and tax are read, then the figure they make is the total', () => {
  const fields = read('vat_ordinary_invoice', [
    at('增值税普通发票', 589, 218, 40),
    at('合计', 152, 774, 22),
    at('￥306560.94', 1025, 774, 20),
    at('￥3065.61', 1382, 768, 20),
    at('￥309626.55', 1083, 830, 20),
    at('￥9626.55', 1083, 900, 20),
  ]);
  assert.equal(fields.amount, '306560.94');
  assert.equal(fields.tax, '3065.61');
  assert.equal(fields.total, '309626.55');
});

test('given a permit whose spaced 经营场所 lost its 经 to a box of stacked first glyphs, when read, then the premises are read', () => {
  const fields = read('food_business_permit', [
    at('食品经营许可证', 247, 240, 80),
    at('经营者名称郑州市华泰餐饮管理有限公司', 144, 409, 30),
    { text: '经主', confidence: 1, box: [146, 602, 33, 89] },
    at('营场所郑州市金水区航海中路58号首层', 187, 606, 30),
    at('体业态', 203, 655, 28),
    at('餐饮服务经营者（中型餐馆', 352, 656, 28),
  ]);
  assert.equal(fields.premises, '郑州市金水区航海中路58号首层');
});

test('given a two-column bill photographed at a tilt where each label lines up with two values, when read, then each takes its own', () => {
  // OCR boxes of a photo tilted by about -0.077: each value sits higher than its label, about as much as the next row's
  // value sits lower; the long boxes' extra height tells the steepness.
  const box = (text: string, b: [number, number, number, number]): OcrLine => ({ text, confidence: 0.99, box: b });
  const fields = read('utility_bill', [
    box('电费缴费通知单', [423, 218, 210, 47]),
    box('国网北京省电力有限公司北京市供电公司', [384, 290, 297, 41]),
    box('北京盛世电子科技股份有限公司', [399, 362, 254, 41]),
    box('用户名称', [149, 393, 79, 30]),
    box('2170362863', [401, 421, 105, 30]),
    box('户号', [151, 443, 42, 27]),
    box('北京市朝阳区建国路224号2栋2405室', [405, 455, 301, 45]),
    box('用电地址', [153, 489, 80, 32]),
    box('2026-05-01至2026-05-31', [408, 511, 208, 36]),
    box('计费周期', [156, 538, 79, 31]),
    box('44218', [410, 572, 58, 25]),
    box('上期示数', [161, 587, 77, 32]),
    box('47717', [413, 621, 58, 26]),
    box('本期示数', [161, 639, 79, 28]),
    box('3499', [417, 672, 47, 26]),
    box('本期电量（千瓦时）', [164, 682, 157, 36]),
    box('0.6283', [417, 720, 67, 30]),
    box('单价（元）', [164, 737, 87, 33]),
    box('2198.42', [424, 772, 73, 27]),
    box('本期电费（元）', [167, 784, 124, 37]),
    box('金额大写：贰仟壹佰玖拾捌元肆角贰分', [167, 839, 293, 45]),
  ]);
  assert.equal(fields.account_holder, '北京盛世电子科技股份有限公司');
  assert.equal(fields.account_no, '2170362863');
  assert.equal(fields.address, '北京市朝阳区建国路224号2栋2405室');
  assert.equal(fields.period, '2026-05-01/2026-05-31');
  assert.equal(fields.amount, '2198.42');
});

test('given an outbound note whose 送货单位 slot holds only a seal and the deliverer signs beside it, when read, then the consignor is the heading', () => {
  const fields = read('delivery_note', [
    at('金诚（广州）汽车运输股份有限公司', 595, 278, 30),
    at('送货单', 743, 327, 38),
    at('购货单位：义乌市隆昌塑胶制品有限责任公司', 202, 372, 24),
    at('送货日期：2026年3月8日', 1097, 403, 22),
    at('合计', 223, 760, 22),
    at('送货单位（盖：', 214, 791, 24),
    at('送货人：蒋思娜', 619, 821, 22),
    at('收货人签字：', 960, 833, 20),
    at('发货专用章', 353, 838, 14),
  ]);
  assert.equal(fields.consignor, '金诚(广州)汽车运输股份有限公司');
  assert.equal(fields.date, '2026-03-08');
});

test('given a licence whose scope wraps with wide leading from a full line, when read, then the scope keeps its second line', () => {
  const box = (text: string, b: [number, number, number, number]): OcrLine => ({ text, confidence: 0.98, box: b });
  const fields = read('medical_device_business_licence', [
    box('医疗器械经营许可证', [236, 240, 757, 70]),
    box('许可证编号：闽泉药监械经营许20233729号', [378, 334, 482, 35]),
    box('企业名称：泉州市正信医疗器械股份有限公司', [194, 396, 533, 35]),
    box('住所：福建省泉州市鲤城区田安路268号12栋2912室', [197, 651, 609, 27]),
    box('经营场所：福建省泉州市鲤城区田安路268号12栋2912室', [197, 703, 661, 24]),
    box('经营方式：零售', [196, 751, 191, 28]),
    box('经营范围：Ⅲ类：6815注射穿刺器械，6821医用电子仪器设备，6864医用卫生材料', [197, 801, 838, 28]),
    box('及敷料，6866医用高分子材料及制品', [336, 845, 364, 25]),
    box('有效期至：2028年3月19日', [201, 892, 317, 31]),
  ]);
  assert.equal(fields.scope, 'Ⅲ类:6815注射穿刺器械,6821医用电子仪器设备,6864医用卫生材料及敷料,6866医用高分子材料及制品');
});

test('given a two-column card whose right value is followed a wide line lower by the next row value, when read, then it is not appended', () => {
  const box = (text: string, b: [number, number, number, number]): OcrLine => ({ text, confidence: 0.98, box: b });
  const fields = read('business_licence', [
    box('营业执照', [560, 85, 169, 51]),
    box('营业期限', [91, 306, 96, 34]),
    box('2013年10月02日至长期', [299, 315, 235, 31]),
    box('住所', [632, 323, 53, 32]),
    box('郑州市和平路160号科技园7号楼4层10', [837, 325, 386, 47]),
    box('经营范围', [86, 352, 98, 33]),
    box('餐饮服务；食品销售；日用百货零售', [296, 360, 429, 39]),
    box('杭州市市场监督管理局', [838, 375, 228, 33]),
  ]);
  assert.equal(fields.address, '郑州市和平路160号科技园7号楼4层10');
});

test('given a tobacco licence whose 地  址 is justified across the label column, when read, then the address is read', () => {
  const box = (text: string, b: [number, number, number, number]): OcrLine => ({ text, confidence: 0.99, box: b });
  const fields = read('tobacco_retail_licence', [
    box('烟草专卖零售许可证', [390, 261, 657, 83]),
    box('证号：440106340322', [621, 348, 194, 31]),
    box('企业（字号）名称广州市黄埔区华信达小吃店', [226, 407, 417, 43]),
    box('经营者宋涛', [223, 457, 229, 38]),
    box('广州市黄埔区工业大道中231号A座25楼12室', [404, 488, 393, 39]),
    box('址', [370, 506, 27, 21]),
    box('地', [227, 510, 29, 26]),
    box('个体工商户', [406, 543, 106, 28]),
    box('业类', [274, 550, 78, 26]),
    box('型', [370, 550, 26, 21]),
    box('企', [232, 555, 23, 22]),
  ]);
  assert.equal(fields.address, '广州市黄埔区工业大道中231号A座25楼12室');
});

test('given a licence whose label column OCR boxed as one column of first glyphs, when read, then 址 glued to the value is the address label', () => {
  const box = (text: string, b: [number, number, number, number]): OcrLine => ({ text, confidence: 0.99, box: b });
  const fields = read('tobacco_retail_licence', [
    box('烟草专卖零售许可证', [153, 252, 775, 121]),
    box('证号：330782925457', [727, 342, 243, 46]),
    box('企业名称义乌市北苑街道佳美餐馆', [124, 429, 547, 73]),
    box('负责人（经营者）', [130, 503, 235, 49]),
    box('址浙江省义乌市稠城街道春晗路87号负一层', [324, 513, 541, 74]),
    box('地企许供', [128, 564, 55, 195]),
    box('个体工商户', [383, 590, 139, 43]),
    box('类型', [262, 601, 102, 42]),
  ]);
  assert.equal(fields.address, '浙江省义乌市稠城街道春晗路87号负一层');
});

test('given a medical device licence scope whose Ⅲ OCR read as 川 or 1I or lost, when read, then the class is Ⅲ', () => {
  for (const printed of ['川类医疗器械：22临床检验器械', '类医疗器械：22临床检验器械', '1I类：22临床检验器械']) {
    const fields = read('medical_device_business_licence', [
      at('医疗器械经营许可证', 236, 240, 60),
      at('企业名称：泉州市正信医疗器械股份有限公司', 194, 396, 26),
      at(`经营范围：${printed}`, 197, 500, 26),
      at('有效期至：2028年3月19日', 201, 600, 26),
    ]);
    assert.match(fields.scope ?? '', /^Ⅲ类/);
    assert.equal(fields.company, '泉州市正信医疗器械股份有限公司');
  }
});

test('given a customs declaration whose 一般贸易 lost its 一, when read, then the supervision mode is restored from the list', () => {
  const fields = read('customs_declaration', [
    at('中华人民共和国海关出口货物报关单', 553, 175, 26),
    at('监管方式', 600, 400, 14),
    at('般贸易', 600, 425, 20),
  ]);
  assert.equal(fields.trade_mode, '一般贸易');
});

test('given a utility bill printing 抄表期间 with dotted dates and a 合计金额 row, when read, then period and amount are read', () => {
  const fields = read('utility_bill', [
    at('电费缴费通知单', 482, 246, 40),
    at('户名', 165, 402, 26),
    at('杭州市星辰建筑工程有限公司', 438, 410, 24),
    at('抄表期间', 163, 569, 26),
    at('2024.12.01-2024.12.31', 429, 572, 24),
    at('合计金额', 155, 836, 26),
    at('3083.67', 414, 840, 24),
  ]);
  assert.equal(fields.period, '2024-12-01/2024-12-31');
  assert.equal(fields.amount, '3083.67');
});

test('given a contract whose amount figure is unreadable but its amount in words reads whole, when read, then the amount is the words', () => {
  const fields = read('sales_contract', [
    at('产品销售合同', 596, 142, 40),
    at('合同金额：★★★', 272, 600, 20),
    at('人民币（大写）：肆拾叁万贰仟捌佰伍拾元整', 272, 632, 20),
  ]);
  assert.equal(fields.amount, '432850.00');
});

test('given a contract whose amount in words is cut, when its figure is unreadable too, then no amount is reported', () => {
  const fields = read('sales_contract', [
    at('产品销售合同', 596, 142, 40),
    at('合同金额：★★★', 272, 600, 20),
    at('人民币（大写）：肆拾叁万贰仟捌佰伍拾', 272, 632, 20),
  ]);
  assert.equal(fields.amount, undefined);
});
