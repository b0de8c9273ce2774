/** Vehicle cards: 机动车行驶证 (main page + 副页 in a holder or photocopied) and 道路运输证. */
import { addDays, addMonths, isoDate, printDate, randomDate } from '../content/dates';
import { address, company, personName } from '../content/entities';
import { plate, vin } from '../content/identifiers';
import type { Ctx } from '../draw/context';
import { drawForm, type FormCell } from '../draw/form';
import { halftone } from '../draw/ornament';
import { drawSeal } from '../draw/seal';
import { drawText } from '../draw/text';
import { label, style, Truth, type BuildContext, type DocumentType } from './spec';

const VEHICLE_TYPES = [['重型厢式货车', 18000, 10370], ['中型普通货车', 12000, 6800], ['轻型厢式货车', 4495, 1495], ['重型仓栅式货车', 25000, 15200], ['轻型封闭货车', 4490, 1750], ['重型半挂牵引车', 25000, 0]] as const;
const BRANDS = ['东风牌DFH5180XXYEX8', '解放牌CA5180XXYP62K1L5E6', '福田牌BJ5045XXY9JBA-AB', '江淮牌HFC5043XXYP91K1C2V', '重汽牌ZZ4257V324HF1', '陕汽牌SX5180XXYGP6'];

interface CardArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

function cardBackground(ctx: Ctx, area: CardArea, tint: string, context: BuildContext): void {
  ctx.save();
  ctx.fillStyle = tint;
  ctx.fillRect(area.x, area.y, area.width, area.height);
  ctx.restore();
  halftone(ctx, area, 'rgba(90, 120, 150, 0.10)', context.rng);
}

export const VEHICLE_LICENCE: DocumentType = {
  id: 'vehicle_licence',
  layouts: ['open-holder', 'photocopy-a4'],
  photoOnly: true,
  build(context) {
    const { rng, fonts } = context;
    const truth = new Truth();
    const owner = company(rng, { industry: { word: '物流', scope: [] }, allowSoleTrader: true });
    const ownerName = rng.chance(0.75) ? owner.name : personName(rng);
    const [vehicleType, total, rated] = rng.pick(VEHICLE_TYPES);
    const registered = randomDate(rng, 2019, 2025);
    const plateNo = truth.text('plate', plate(rng, owner.city.provinceShort, owner.city.plateLetter, rng.chance(0.1)));
    truth.text('vehicle_type', vehicleType);
    truth.text('owner', ownerName);
    const vinCode = truth.text('vin', vin(rng, registered.year));
    truth.text('registration_date', isoDate(registered));
    const ratedText = rated > 0 ? truth.text('rated_load', `${rated}kg`) : '--';
    const labelStyle = style(fonts.song, 24, { color: '#3a4a6a' });
    const valueStyle = style(fonts.hei, 27, { color: '#111' });
    const main: FormCell[][] = [
      [{ label: '号牌号码', value: plateNo }, { label: '车辆类型', value: vehicleType }],
      [{ label: label(context, '所有人', ['所有人', '所 有 人']), value: ownerName }],
      [{ label: '住址', value: ownerName === owner.name ? owner.address : address(rng, owner.city) }],
      [{ label: '使用性质', value: rng.pick(['货运', '非营运']) }, { label: '品牌型号', value: rng.pick(BRANDS) }],
      [{ label: label(context, '车辆识别代号', ['车辆识别代号', '车辆识别代号/VIN']), value: vinCode }],
      [{ label: '发动机号码', value: `${rng.pick(['', 'B', 'D'])}${rng.digits(8)}` }],
      [{ label: '注册日期', value: printDate(registered, 'iso') }, { label: '发证日期', value: printDate(addDays(registered, rng.int(0, 5)), 'iso') }],
    ];
    const sub: FormCell[][] = [
      [{ label: '号牌号码', value: plateNo }, { label: '档案编号', value: `${owner.city.divisionCode.slice(0, 4)}${rng.digits(8)}` }],
      [{ label: '核定载人数', value: `${rng.int(2, 3)}人` }, { label: '总质量', value: `${total}kg` }],
      [{ label: '整备质量', value: `${total - rated}kg` }, { label: label(context, '核定载质量', ['核定载质量', '核定载质量']), value: ratedText }],
      [{ label: '外廓尺寸', value: `${rng.int(5995, 11990)}×2550×${rng.int(3000, 3990)}mm` }, { label: '准牵引总质量', value: '--' }],
      [{ label: '备注', value: rng.pick(['', '车身颜色：白', '栏板高度：800mm']) }],
      [{ label: '检验记录', value: `检验有效期至${printDate(addMonths(registered, rng.pick([24, 36, 48])), 'cn').slice(0, 8)}${owner.city.provinceShort}${owner.city.plateLetter}(0${rng.int(1, 9)})` }],
    ];
    const holder = context.layout === 'open-holder';
    const width = holder ? 2300 : 1300;
    const height = holder ? 820 : 1840;
    const police = `${owner.city.province.replace(/省$/, '省')}${owner.city.city}市公安局交通警察支队`;
    const drawPage = (ctx: Ctx, area: CardArea, rows: FormCell[][], title: string, sealed: boolean): void => {
      cardBackground(ctx, area, holder ? rng.pick(['#eef2ea', '#ecf0f2', '#f0efe6']) : '#f2f2f2', context);
      drawText(ctx, title, area.x + area.width / 2, area.y + 62, style(fonts.song, 34, { bold: fonts.song.startsWith('Noto'), spacing: 3 }), 'center');
      drawForm(ctx, { x: area.x + 30, y: area.y + 90, width: area.width - 60, mode: 'borderless', rows, labelStyle, valueStyle, minRowHeight: 78, colon: ' ', valueShift: { dx: rng.range(-6, 6), dy: rng.range(-4, 4) } });
      if (sealed) drawSeal(ctx, { arc: police, bottom: '' }, { cx: area.x + 150, cy: area.y + area.height - 170, radius: 110 }, fonts.song, rng);
    };
    return {
      width,
      height,
      paper: holder ? '#1c2433' : '#ffffff',
      security: 'none',
      securityColor: '',
      draw(ctx) {
        if (holder) {
          drawPage(ctx, { x: 40, y: 40, width: 1090, height: 740 }, main, '中华人民共和国机动车行驶证', true);
          drawPage(ctx, { x: 1170, y: 40, width: 1090, height: 740 }, sub, '中华人民共和国机动车行驶证副页', false);
        } else {
          drawPage(ctx, { x: 100, y: 150, width: 1100, height: 740 }, main, '中华人民共和国机动车行驶证', true);
          drawPage(ctx, { x: 100, y: 980, width: 1100, height: 740 }, sub, '中华人民共和国机动车行驶证副页', false);
          drawText(ctx, '与原件一致', 1000, 1780, style(fonts.kai, 34, { color: '#1a2a6b' }));
        }
      },
      truth: truth.values,
      amountFields: truth.amountFields,
      realism: ['seal-over-text', ...(holder ? ['card-in-holder'] : ['photocopy'])],
      card: holder,
    };
  },
};

export const ROAD_TRANSPORT_CERTIFICATE: DocumentType = {
  id: 'road_transport_certificate',
  layouts: ['ruled-card', 'ic-card'],
  photoOnly: true,
  build(context) {
    const { rng, fonts } = context;
    const truth = new Truth();
    const operator = company(rng, { industry: { word: '物流', scope: [] }, allowSoleTrader: true });
    const [vehicleType, , rated] = rng.pick(VEHICLE_TYPES.filter(([, , r]) => r > 0));
    const issued = randomDate(rng, 2021, 2025);
    const until = addDays(addMonths(issued, rng.pick([36, 48, 72])), -1);
    const number = truth.text('certificate_no', `${operator.city.provinceShort}交运管${operator.city.city.charAt(0)}字${operator.city.divisionCode}${rng.digits(6)}号`);
    truth.text('operator', operator.name);
    const plateNo = truth.text('plate', plate(rng, operator.city.provinceShort, operator.city.plateLetter, rng.chance(0.1)));
    truth.text('vehicle_type', vehicleType);
    const tonnage = truth.text('tonnage', rng.pick([`${(rated / 1000).toFixed(rated % 1000 === 0 ? 0 : 2)}吨`, `${rated}千克`, `${rated}kg`]));
    truth.text('valid_until', isoDate(until));
    const ruled = context.layout === 'ruled-card';
    const rows: FormCell[][] = [
      [{ label: label(context, '业户名称', ['业户名称', '经营业户', '业户名称']), value: operator.name }],
      [{ label: '地址', value: operator.address }],
      [{ label: label(context, '车辆号牌', ['车辆号牌', '号牌号码', '车牌号码']), value: plateNo }, { label: '经营许可证号', value: `${operator.city.divisionCode}${rng.digits(6)}` }],
      [{ label: '车辆类型', value: vehicleType }, { label: label(context, '吨（座）位', ['吨（座）位', '核定吨位']), value: tonnage }],
      [{ label: '车辆尺寸（mm）', value: `${rng.int(5995, 11990)}×2550×${rng.int(3000, 3990)}` }],
      [{ label: '经营范围', value: rng.pick(['道路普通货物运输', '道路普通货物运输；货物专用运输（冷藏保鲜）', '道路普通货物运输；货物专用运输（集装箱）']) }],
      [{ label: '发证日期', value: printDate(issued, 'cn') }, { label: label(context, '有效期至', ['有效期至', '有效期']), value: printDate(until, rng.pick(['cn', 'iso'] as const)) }],
    ];
    const width = 1400;
    const height = 980;
    const issuer = `${operator.city.city}市交通运输局`;
    return {
      width,
      height,
      paper: ruled ? rng.pick(['#e9f1e4', '#eef3e8']) : rng.pick(['#e6eef8', '#eaf1fa']),
      security: 'halftone',
      securityColor: ruled ? 'rgba(70, 130, 80, 0.12)' : 'rgba(60, 100, 170, 0.12)',
      draw(ctx) {
        drawText(ctx, ruled ? '道路运输证' : '中华人民共和国道路运输证', width / 2, 90, style(ruled ? fonts.song : fonts.hei, ruled ? 56 : 44, { bold: true, spacing: ruled ? 16 : 4, color: ruled ? '#1d4d2a' : '#173b74' }), 'center');
        drawText(ctx, `${label(context, '道路运输证号', ['道路运输证号', '证号', '编号'])}：${number}`, width - 70, 150, style(fonts.song, 26), 'right');
        drawForm(ctx, { x: 60, y: 175, width: width - 120, mode: ruled ? 'side' : 'above', rows, labelStyle: style(fonts.song, ruled ? 25 : 20, { color: '#333' }), valueStyle: style(fonts.hei, 28), minRowHeight: ruled ? 88 : 96, lineWidth: 1.5, lineColor: ruled ? '#2d5a36' : '#6b84a8' });
        drawSeal(ctx, { arc: issuer, bottom: '道路运输证专用章' }, { cx: width - 280, cy: height - 200, radius: 105 }, fonts.song, rng);
      },
      truth: truth.values,
      amountFields: truth.amountFields,
      realism: ['seal-over-text'],
      card: true,
    };
  },
};
