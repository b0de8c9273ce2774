/** 营业执照: 统一社会信用代码 at the top, QR block, emblem, two-column fields, 登记机关 seal at the bottom right. */
import { addDays, hanziDate, isoDate, printDate, randomDate } from '../content/dates';
import { businessScope, company } from '../content/entities';
import { capitalAmount } from '../content/money';
import type { Ctx } from '../draw/context';
import { drawForm, type FormCell } from '../draw/form';
import { certificateBorder, emblem, qrBlock } from '../draw/ornament';
import { drawSeal } from '../draw/seal';
import { drawText, spreadLabel } from '../draw/text';
import { label, style, Truth, type BuildContext, type DocumentSpec, type DocumentType } from './spec';

interface LicenceContent {
  uscc: string;
  cells: FormCell[];
  scopeCell: FormCell;
  registrar: string;
  issued: string;
  copyNo: string;
}

function content(context: BuildContext, truth: Truth): LicenceContent {
  const { rng } = context;
  const holder = company(rng, { allowSoleTrader: true });
  const established = randomDate(rng, 2008, 2025);
  const issuedDate = established.year >= 2023 ? addDays(established, rng.int(0, 400)) : randomDate(rng, 2023, 2026);
  const realWorld = context.labels === 'real-world';
  const spread = (text: string): string => (realWorld && rng.chance(0.6) ? spreadLabel(text) : text);
  truth.text('uscc', holder.uscc);
  const cells: FormCell[] = [
    { label: spread('名称'), value: truth.text('name', holder.name) },
    { label: spread('类型'), value: holder.soleTrader ? '个体工商户' : holder.name.endsWith('股份有限公司') ? '股份有限公司（非上市、自然人投资或控股）' : rng.pick(['有限责任公司（自然人投资或控股）', '有限责任公司（自然人独资）']) },
    { label: holder.soleTrader ? spread('经营者') : label(context, '法定代表人', ['法定代表人', '法定代表人']), value: truth.text('legal_representative', holder.legalRepresentative) },
  ];
  if (!holder.soleTrader) {
    const capitalYuan = rng.pick([10, 50, 100, 200, 300, 500, 1000, 2000, 5000]) * 10000;
    truth.amount('registered_capital', capitalYuan * 100);
    const printed = rng.pick([`${capitalYuan / 10000}万元整`, `人民币${capitalAmount(capitalYuan * 100)}`, `${capitalYuan / 10000}万元人民币`, capitalAmount(capitalYuan * 100)]);
    cells.push({ label: spread('注册资本'), value: printed });
  } else {
    cells.push({ label: spread('组成形式'), value: '个人经营' });
  }
  const establishedLabel = holder.soleTrader ? '注册日期' : '成立日期';
  cells.push({ label: realWorld ? spread(establishedLabel) : '成立日期', value: printDate(established, rng.pick(['cn', 'cn'] as const)) });
  truth.text('established_date', isoDate(established));
  if (!holder.soleTrader) cells.push({ label: spread('营业期限'), value: rng.chance(0.5) ? '长期' : `${printDate(established, 'cn')}至${printDate({ ...established, year: established.year + 30 }, 'cn')}` });
  cells.push({ label: holder.soleTrader ? spread('经营场所') : label(context, '住所', ['住 所', '住所']), value: truth.text('address', holder.address) });
  const scope = truth.text('business_scope', businessScope(rng, holder.industry));
  return {
    uscc: holder.uscc,
    cells,
    scopeCell: { label: spread('经营范围'), value: scope },
    registrar: `${holder.city.city}市${rng.chance(0.5) ? rng.pick(holder.city.districts) : ''}市场监督管理局`,
    issued: rng.chance(0.6) ? hanziDate(issuedDate) : printDate(issuedDate, 'cn-short'),
    copyNo: `${rng.int(1, 2)}-${rng.int(1, 3)}`,
  };
}

function drawLicence(ctx: Ctx, licence: LicenceContent, context: BuildContext, width: number, height: number): void {
  const { rng, fonts } = context;
  const landscape = width > height;
  certificateBorder(ctx, { x: 30, y: 30, width: width - 60, height: height - 60 }, rng.pick(['#b0302a', '#a8742a', '#b5523a']), rng);
  const codeLabel = label(context, '统一社会信用代码', ['统一社会信用代码', '统一社会信用代码']);
  drawText(ctx, codeLabel, 110, 150, style(fonts.song, 30));
  drawText(ctx, licence.uscc, 110, 200, style(fonts.hei, 36, { spacing: 2 }));
  const qrSize = landscape ? 190 : 170;
  qrBlock(ctx, width - 110 - qrSize, 100, qrSize, rng);
  drawText(ctx, '扫描二维码登录"国家企业信用', width - 110 - qrSize / 2, 100 + qrSize + 34, style(fonts.song, 16), 'center');
  drawText(ctx, '信息公示系统"了解更多登记、', width - 110 - qrSize / 2, 100 + qrSize + 56, style(fonts.song, 16), 'center');
  drawText(ctx, '备案、许可、监管信息。', width - 110 - qrSize / 2, 100 + qrSize + 78, style(fonts.song, 16), 'center');
  emblem(ctx, width / 2, 150, 70);
  drawText(ctx, '营业执照', width / 2, 330, style(fonts.song, landscape ? 120 : 100, { bold: true, spacing: landscape ? 60 : 40, color: '#1a1a1a' }), 'center');
  const copy = rng.chance(0.5);
  if (copy) drawText(ctx, `（副\u3000本）  副本编号：${licence.copyNo}`, width / 2, 390, style(fonts.song, 28), 'center');
  const labelStyle = style(fonts.song, 32, { bold: fonts.song.startsWith('Noto') });
  const valueStyle = style(rng.chance(0.6) ? fonts.song : fonts.kai, 32, { color: '#161616' });
  const top = copy ? 440 : 420;
  if (landscape) {
    const half = (width - 260) / 2;
    const left = licence.cells.slice(0, 3);
    const right = licence.cells.slice(3);
    drawForm(ctx, { x: 130, y: top, width: half, mode: 'borderless', rows: [...left.map((c) => [c]), [licence.scopeCell]], labelStyle, valueStyle, minRowHeight: 64, justifyLabels: true });
    drawForm(ctx, { x: 130 + half + 40, y: top, width: half - 40, mode: 'borderless', rows: right.map((c) => [c]), labelStyle, valueStyle, minRowHeight: 64, justifyLabels: true });
  } else {
    drawForm(ctx, { x: 130, y: top, width: width - 260, mode: 'borderless', rows: [...licence.cells, licence.scopeCell].map((c) => [c]), labelStyle, valueStyle, minRowHeight: 64, justifyLabels: true });
  }
  const sealX = width - 330;
  const sealY = height - 250;
  drawText(ctx, '登记机关', sealX - 190, sealY, style(fonts.song, 34, { spacing: 8 }));
  drawText(ctx, licence.issued, width - 140, sealY + 110, style(fonts.song, 30), 'right');
  drawSeal(ctx, { arc: licence.registrar }, { cx: sealX + rng.range(-10, 30), cy: sealY + rng.range(-10, 30), radius: 125 }, fonts.song, rng);
  drawText(ctx, '国家企业信用信息公示系统网址：http://www.gsxt.gov.cn', 120, height - 70, style(fonts.song, 20, { color: '#444' }));
  drawText(ctx, '国家市场监督管理总局监制', width - 120, height - 70, style(fonts.song, 20, { color: '#444' }), 'right');
}

export const BUSINESS_LICENCE: DocumentType = {
  id: 'business_licence',
  layouts: ['original-landscape', 'copy-portrait'],
  build(context) {
    const truth = new Truth();
    const licence = content(context, truth);
    const landscape = context.layout === 'original-landscape';
    const width = landscape ? 2000 : 1400;
    const height = landscape ? 1420 : 1980;
    const spec: DocumentSpec = {
      width,
      height,
      paper: context.rng.pick(['#fbf6ea', '#fdf9f0', '#f8f1e2']),
      security: context.rng.pick(['guilloche', 'halftone'] as const),
      securityColor: context.rng.pick(['rgba(210, 140, 90, 0.13)', 'rgba(220, 170, 80, 0.14)']),
      draw: (ctx) => drawLicence(ctx, licence, context, width, height),
      truth: truth.values,
      amountFields: truth.amountFields,
      realism: ['seal-over-text'],
      card: false,
    };
    return spec;
  },
};
