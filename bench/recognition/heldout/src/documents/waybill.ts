/** 货运单 / 托运单: dense boxed grid with shipper and consignee, route, plate, goods rows, freight charge. */
import { printDate, randomDate } from '../content/dates';
import { CITIES, company, personName } from '../content/entities';
import { plate } from '../content/identifiers';
import { capitalAmount, printAmount, pickAmountStyle } from '../content/money';
import { drawForm, type FormCell } from '../draw/form';
import { signature } from '../draw/ornament';
import { drawSeal } from '../draw/seal';
import { drawText } from '../draw/text';
import { label, misregistration, style, Truth, type DocumentType } from './spec';

const CARGO = ['机械配件', '日用百货', '建材', '食品饮料', '服装', '电子产品', '五金工具', '纸箱包装'];

export const FREIGHT_WAYBILL: DocumentType = {
  id: 'freight_waybill',
  layouts: ['boxed-grid', 'labels-above'],
  build(context) {
    const { rng, fonts } = context;
    const truth = new Truth();
    const carrier = company(rng, { industry: { word: '物流', scope: [] } });
    const shipper = company(rng);
    const destination = rng.pick(CITIES.filter((c) => c.city !== shipper.city.city));
    const consignee = company(rng, { city: destination });
    const date = randomDate(rng, 2023, 2026);
    const waybillNo = truth.text('waybill_no', `${rng.pick(['', 'YD', 'TY'])}${rng.digits(rng.pick([8, 10, 12]))}`);
    truth.text('shipper', shipper.name);
    truth.text('consignee', consignee.name);
    truth.text('route', `${shipper.city.city}-${destination.city}`);
    const vehicle = truth.text('plate', plate(rng, carrier.city.provinceShort, carrier.city.plateLetter, rng.chance(0.15)));
    const weightKg = rng.int(300, 30000);
    const charge = truth.amount('freight_charge', Math.round(weightKg * rng.range(0.2, 0.8)) * 100);
    const amountStyle = pickAmountStyle(rng, rng.chance(0.6));
    const cargo = rng.pick(CARGO);
    const pieces = rng.int(5, 400);
    const above = context.layout === 'labels-above';
    const rows: FormCell[][] = [
      [{ label: label(context, '托运人', ['托运人', '发货人', '托运单位']), value: shipper.name, weight: 2 }, { label: '联系电话', value: `1${rng.pick(['3', '5', '8'])}${rng.digits(9)}` }],
      [{ label: '发货地址', value: shipper.address, weight: 3 }],
      [{ label: label(context, '收货人', ['收货人', '收货单位']), value: consignee.name, weight: 2 }, { label: '联系电话', value: `1${rng.pick(['3', '5', '8'])}${rng.digits(9)}` }],
      [{ label: '收货地址', value: consignee.address, weight: 3 }],
      [{ label: label(context, '起运地', ['始发站', '起运地', '发站']), value: shipper.city.city }, { label: label(context, '目的地', ['到达站', '目的地', '到站']), value: destination.city }, { label: label(context, '车牌号', ['车牌号', '车辆号牌', '承运车号']), value: vehicle }],
      [{ label: '货物名称', value: cargo }, { label: '件数', value: `${pieces}件` }, { label: '重量（kg）', value: String(weightKg) }, { label: '体积（m³）', value: (weightKg / rng.range(180, 400)).toFixed(1) }],
      [{ label: '保价金额', value: printAmount(rng.int(10, 500) * 100000, 'grouped') }, { label: '付款方式', value: rng.pick(['现付', '到付', '月结', '回单付']) }, { label: '送货方式', value: rng.pick(['自提', '送货上门']) }],
      [{ label: label(context, '运费', ['运费合计', '运费', '总运费']), value: `${printAmount(charge, amountStyle)}（大写：${capitalAmount(charge)}）`, weight: 3 }],
    ];
    const numberLabel = label(context, '运单号', ['No.', '运单号', '单号']);
    const width = 1840;
    const height = 1300;
    const ink = above ? '#15306b' : '#111';
    return {
      width,
      height,
      paper: rng.pick(['#ffffff', '#fff8f0', '#f4f8ff']),
      security: 'none',
      securityColor: '',
      draw(ctx) {
        drawText(ctx, carrier.name, width / 2, 80, style(fonts.hei, 36, { bold: fonts.hei.startsWith('Noto') }), 'center');
        drawText(ctx, rng.pick(['公路货物运单', '货物托运单', '货运单']), width / 2, 150, style(fonts.song, 52, { spacing: 12 }), 'center');
        drawText(ctx, numberLabel === 'No.' ? `No. ${waybillNo}` : `${numberLabel}：${waybillNo}`, width - 90, 150, style(fonts.hei, 32, { color: '#c0302a' }), 'right');
        drawText(ctx, `托运日期：${printDate(date, rng.pick(['cn', 'iso'] as const))}`, 90, 150, style(fonts.song, 24));
        const bottom = drawForm(ctx, { x: 80, y: 190, width: width - 160, mode: above ? 'above' : 'side', rows, labelStyle: style(fonts.song, above ? 20 : 24, { color: '#333' }), valueStyle: style(above ? fonts.kai : fonts.song, 28, { color: ink }), minRowHeight: above ? 84 : 66, lineWidth: 1.6, valueShift: misregistration(rng, 4) });
        drawText(ctx, '托运须知：托运人应如实申报货物名称、数量及价值，严禁夹带危险品；未保价货物丢失按运费三倍赔偿。', 90, bottom + 44, style(fonts.song, 20, { color: '#444' }));
        const signY = bottom + 120;
        for (const [index, role] of ['托运人签字：', '承运人签字：', '收货人签字：'].entries()) {
          const x = 90 + index * 580;
          const w = drawText(ctx, role, x, signY, style(fonts.song, 25));
          if (index < 2) signature(ctx, personName(rng), x + w + 10, signY + 4, 40, fonts.kai, rng);
        }
        drawSeal(ctx, { arc: carrier.name, bottom: rng.pick(['业务专用章', '运输专用章']) }, { cx: width - 380, cy: signY - 30, radius: 100 }, fonts.song, rng);
      },
      truth: truth.values,
      amountFields: truth.amountFields,
      realism: ['seal-over-text', 'handwritten-signature', ...(above ? ['handwritten-fill'] : [])],
      card: false,
    };
  },
};
