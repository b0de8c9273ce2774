/** 报关单: dense grid with labels above values, item rows with 单价/总价/币制, declaration number at the top. */
import { addDays, printDate, randomDate } from '../content/dates';
import { company, personName } from '../content/entities';
import { printAmount } from '../content/money';
import { drawForm, type FormCell } from '../draw/form';
import { barcode } from '../draw/ornament';
import { drawSeal } from '../draw/seal';
import { drawTable, fitColumns } from '../draw/table';
import { drawText } from '../draw/text';
import { label, style, Truth, type DocumentType } from './spec';

const PORTS = [['上海海关', '洋山港区', '2248'], ['宁波海关', '北仑海关', '3104'], ['深圳海关', '大鹏海关', '5316'], ['青岛海关', '黄岛海关', '4218'], ['黄埔海关', '南沙海关', '5165']] as const;
const COUNTRIES = ['美国', '德国', '日本', '越南', '澳大利亚', '马来西亚', '荷兰', '韩国'];
const PRODUCTS = [['8431490000', '挖掘机零件', '台'], ['6204630000', '女式合成纤维长裤', '件'], ['3923100000', '塑料周转箱', '个'], ['8544492100', '铜芯电缆', '米'], ['7318150000', '不锈钢螺栓', '千克'], ['9403200000', '金属货架', '套']] as const;

export const CUSTOMS_DECLARATION: DocumentType = {
  id: 'customs_declaration',
  layouts: ['export', 'import'],
  build(context) {
    const { rng, fonts } = context;
    const truth = new Truth();
    const exporting = context.layout === 'export';
    const domestic = company(rng);
    const [customs, port, portCode] = rng.pick(PORTS);
    const declared = randomDate(rng, 2023, 2026);
    const number = truth.text('declaration_no', `${portCode}${declared.year}${exporting ? '0' : '1'}${rng.digits(9)}`);
    truth.text('consignor', domestic.name);
    const tradeMode = truth.text('trade_mode', rng.pick(['一般贸易', '一般贸易', '进料对口', '来料加工', '保税仓库货物']));
    const currency = truth.text('currency', rng.pick(['美元', '美元', '欧元', '人民币', '日元']));
    const items = rng.sample(PRODUCTS, rng.int(1, 3)).map(([code, name, unit]) => {
      const quantity = rng.int(10, 5000);
      const unitCents = rng.int(50, 20000);
      return { code, name, unit, quantity, unitCents, totalCents: quantity * unitCents };
    });
    const total = truth.amount('total_value', items.reduce((s, i) => s + i.totalCents, 0));
    const foreign = `${rng.pick(['GLOBAL', 'PACIFIC', 'NORDIC', 'SUNRISE'])} ${rng.pick(['TRADING', 'SUPPLY', 'INDUSTRIES'])} ${rng.pick(['CO., LTD.', 'INC.', 'GMBH'])}`;
    const country = rng.pick(COUNTRIES);
    const partyLabel = exporting ? label(context, '境内发货人', ['境内发货人', '发货人']) : label(context, '境内收货人', ['境内收货人', '收货人']);
    const modeLabel = label(context, '贸易方式', ['监管方式', '监管方式', '贸易方式']);
    const gross = rng.int(500, 20000);
    const rows: FormCell[][] = [
      [{ label: partyLabel, value: `${domestic.name}\n${domestic.uscc}`, weight: 2.2 }, { label: exporting ? '出境关别' : '进境关别', value: `${port}（${portCode}）` }, { label: exporting ? '出口日期' : '进口日期', value: printDate(addDays(declared, rng.int(0, 3)), 'iso') }, { label: '申报日期', value: printDate(declared, 'iso') }, { label: '备案号', value: '' }],
      [{ label: exporting ? '境外收货人' : '境外发货人', value: foreign, weight: 2.2 }, { label: '运输方式', value: rng.pick(['水路运输', '航空运输', '公路运输']) }, { label: '运输工具名称及航次号', value: `${rng.pick(['MSC', 'COSCO', 'EVER'])} ${rng.pick(['AURORA', 'GLORY', 'STAR'])}/${rng.digits(3)}E`, weight: 1.5 }, { label: '提运单号', value: `${rng.pick(['COSU', 'MEDU', 'EGLV'])}${rng.digits(10)}`, weight: 1.2 }],
      [{ label: exporting ? '生产销售单位' : '消费使用单位', value: domestic.name, weight: 2.2 }, { label: modeLabel, value: tradeMode }, { label: '征免性质', value: '一般征税' }, { label: '许可证号', value: '', weight: 1.2 }],
      [{ label: '合同协议号', value: `${rng.pick(['HT', 'SC', 'PI'])}${declared.year}${rng.digits(5)}`, weight: 1.2 }, { label: '贸易国（地区）', value: country }, { label: exporting ? '运抵国（地区）' : '启运国（地区）', value: country }, { label: exporting ? '指运港' : '经停港', value: rng.pick(['洛杉矶', '汉堡', '东京', '胡志明', '悉尼', '鹿特丹']) }, { label: exporting ? '离境口岸' : '入境口岸', value: port }],
      [{ label: '包装种类', value: rng.pick(['纸制或纤维板制盒/箱', '再生木托', '其他包装']), weight: 1.4 }, { label: '件数', value: String(rng.int(5, 900)) }, { label: '毛重(千克)', value: String(gross) }, { label: '净重(千克)', value: String(Math.round(gross * 0.92)) }, { label: '成交方式', value: rng.pick(['FOB', 'CIF', 'CFR']) }, { label: '运费', value: '' }, { label: '保费', value: '' }],
      [{ label: '随附单证及编号', value: '随附单证1：代理报关委托协议（电子）', weight: 1 }],
      [{ label: '标记唛码及备注', value: 'N/M', weight: 1 }],
    ];
    const width = 1840;
    const height = 1300;
    const columns = fitColumns([
      { title: '项号', width: 4, align: 'center' },
      { title: '商品编号', width: 10 },
      { title: '商品名称及规格型号', width: 20 },
      { title: '数量及单位', width: 10, align: 'right' },
      { title: '单价/总价/币制', width: 18, align: 'right' },
      { title: '原产国（地区）', width: 9 },
      { title: '最终目的国（地区）', width: 10 },
      { title: '境内货源地', width: 10 },
      { title: '征免', width: 6, align: 'center' },
    ], width - 120);
    const itemRows = items.map((item, i) => [String(i + 1), item.code, item.name, `${item.quantity}${item.unit}`, `${(item.unitCents / 100).toFixed(2)} / ${printAmount(item.totalCents, rng.chance(0.5) ? 'grouped' : 'plain')} / ${currency}`, exporting ? '中国' : country, exporting ? country : '中国', `${domestic.city.city}`, '照章征税']);
    itemRows.push(['', '', '合计', '', `${printAmount(total, 'grouped')} ${currency}`, '', '', '', '']);
    return {
      width,
      height,
      paper: '#ffffff',
      security: 'none',
      securityColor: '',
      draw(ctx) {
        drawText(ctx, exporting ? '中华人民共和国海关出口货物报关单' : '中华人民共和国海关进口货物报关单', width / 2, 72, style(fonts.song, 40, { bold: fonts.song.startsWith('Noto'), spacing: 4 }), 'center');
        drawText(ctx, `预录入编号：${rng.digits(18)}`, 60, 122, style(fonts.song, 20));
        drawText(ctx, `${label(context, '报关单号', ['海关编号', '海关编号', '报关单号'])}：${number}`, width / 2 - 120, 122, style(fonts.song, 22));
        drawText(ctx, `（${customs}）`, width - 60, 122, style(fonts.song, 20), 'right');
        barcode(ctx, width - 420, 24, 360, 44, rng);
        const gridBottom = drawForm(ctx, { x: 60, y: 138, width: width - 120, mode: 'above', rows: rows.map((r) => r.map((c) => ({ ...c, value: c.value.replace('\n', ' ') }))), labelStyle: style(fonts.song, 16, { color: '#333' }), valueStyle: style(fonts.song, 20), minRowHeight: 70, lineWidth: 1 });
        const tableBottom = drawTable(ctx, { x: 60, y: gridBottom, columns, rows: itemRows, headerHeight: 40, rowHeight: 44, headerStyle: style(fonts.song, 17), cellStyle: style(fonts.song, 18), ruling: 'outer', emphasisedRows: [itemRows.length - 1] });
        drawText(ctx, '特殊关系确认：否    价格影响确认：否    支付特许权使用费确认：否    自报自缴：是', 70, tableBottom + 36, style(fonts.song, 18));
        drawText(ctx, `报关人员：${personName(rng)}    报关人员证号：${rng.digits(8)}    电话：${rng.digits(11)}`, 70, tableBottom + 76, style(fonts.song, 18));
        drawText(ctx, `申报单位：${domestic.name}`, 70, tableBottom + 116, style(fonts.song, 18));
        drawText(ctx, '兹申明对以上内容承担如实申报、依法纳税之法律责任', 70, tableBottom + 156, style(fonts.song, 18));
        drawText(ctx, '海关批注及签章', width - 420, tableBottom + 40, style(fonts.song, 20));
        drawSeal(ctx, { arc: domestic.name, bottom: '报关专用章' }, { cx: 620, cy: tableBottom + 110, radius: 85 }, fonts.song, rng);
      },
      truth: truth.values,
      amountFields: truth.amountFields,
      realism: ['seal-over-text'],
      card: false,
    };
  },
};
