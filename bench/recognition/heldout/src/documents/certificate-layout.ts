/** Shared page layouts for licences and certificates: framed, ruled table, labels above values. */
import { printDate, hanziDate, type CalendarDate } from '../content/dates';
import type { Ctx } from '../draw/context';
import { drawForm, type FormCell, type FormMode } from '../draw/form';
import { certificateBorder, emblem, qrBlock } from '../draw/ornament';
import { drawSeal } from '../draw/seal';
import { drawText, fittedStyle } from '../draw/text';
import { style, type BuildContext, type DocumentSpec, type SecurityBackground, type Truth } from './spec';

export interface CertificateField {
  label: string;
  value: string;
  /** Long value that takes a whole row. */
  wide?: boolean;
}

export interface CertificateContent {
  title: string;
  subtitle?: string;
  number: { label: string; value: string };
  fields: CertificateField[];
  issuer: string;
  /** Certificates issued jointly (高新技术企业证书) carry one seal per issuer. */
  jointIssuers?: string[];
  sealBottom?: string;
  issueDate: CalendarDate;
  /** Printed under the fields, small. */
  footnote?: string;
  theme: string;
  landscape: boolean;
  emblem: boolean;
  security: SecurityBackground;
}

export const CERTIFICATE_LAYOUTS = ['framed', 'ruled-table', 'labels-above'] as const;

function rowsFor(fields: readonly CertificateField[], perRow: number): FormCell[][] {
  const rows: FormCell[][] = [];
  let pending: FormCell[] = [];
  for (const field of fields) {
    if (field.wide || perRow === 1) {
      if (pending.length > 0) rows.push(pending);
      pending = [];
      rows.push([{ label: field.label, value: field.value }]);
      continue;
    }
    pending.push({ label: field.label, value: field.value });
    if (pending.length === perRow) {
      rows.push(pending);
      pending = [];
    }
  }
  if (pending.length > 0) rows.push(pending);
  return rows;
}

function drawCertificate(ctx: Ctx, content: CertificateContent, context: BuildContext, width: number, height: number): void {
  const { rng, fonts, layout } = context;
  const framed = layout === 'framed';
  if (framed) certificateBorder(ctx, { x: 40, y: 40, width: width - 80, height: height - 80 }, content.theme, rng);
  let y = framed ? 110 : 90;
  if (content.emblem && framed) {
    emblem(ctx, width / 2, y + 55, 55);
    y += 130;
  }
  const titleStyle = style(rng.chance(0.5) ? fonts.hei : fonts.song, content.title.length > 8 ? 64 : 78, { bold: true, color: framed ? content.theme : '#1a1a1a' });
  drawText(ctx, content.title, width / 2, y + 60, { ...fittedStyle(ctx, content.title, titleStyle, width - 260), spacing: content.title.length > 8 ? 6 : 22 }, 'center');
  y += 90;
  if (content.subtitle) {
    drawText(ctx, content.subtitle, width / 2, y + 30, style(fonts.song, 34, { color: '#222' }), 'center');
    y += 50;
  }
  const numberText = content.number.label.endsWith('第') ? `${content.number.label}${content.number.value}` : `${content.number.label}：${content.number.value}`;
  drawText(ctx, numberText, framed ? width - 140 : width - 100, y + 40, style(fonts.song, 28, { color: '#222' }), 'right');
  y += 80;
  const perRow = content.landscape ? 2 : layout === 'framed' ? 1 : 2;
  const mode: FormMode = layout === 'framed' ? 'borderless' : layout === 'ruled-table' ? 'side' : 'above';
  const margin = framed ? 150 : 90;
  const scale = content.landscape ? 1.15 : 1;
  const bottom = drawForm(ctx, {
    x: margin,
    y,
    width: width - margin * 2,
    mode,
    rows: rowsFor(content.fields, perRow),
    labelStyle: style(mode === 'above' ? fonts.hei : fonts.song, (mode === 'above' ? 22 : 30) * scale, { color: '#333' }),
    valueStyle: style(rng.chance(0.7) ? fonts.song : fonts.hei, 30 * scale, { color: '#111' }),
    lineColor: '#444',
    lineWidth: 1.4,
    minRowHeight: mode === 'borderless' ? 62 : 78,
    justifyLabels: mode !== 'above' && rng.chance(0.7),
  });
  let footY = bottom + 60;
  if (content.footnote) {
    drawText(ctx, content.footnote, margin, footY, fittedStyle(ctx, content.footnote, style(fonts.song, 22, { color: '#444' }), width - margin * 2));
    footY += 50;
  }
  if (content.jointIssuers) {
    drawJointSeals(ctx, content, context, width, height, margin);
    return;
  }
  const sealX = width - margin - 200;
  const sealY = Math.min(height - 230, footY + 170);
  drawText(ctx, `发证机关：${content.issuer}`, width - margin, sealY + 10, fittedStyle(ctx, `发证机关：${content.issuer}`, style(fonts.song, 28), 560), 'right');
  drawText(ctx, rng.chance(0.5) ? hanziDate(content.issueDate) : printDate(content.issueDate, 'cn'), width - margin, sealY + 60, style(fonts.song, 28), 'right');
  drawSeal(ctx, { arc: content.issuer, bottom: content.sealBottom }, { cx: sealX + rng.range(-30, 30), cy: sealY + rng.range(-20, 30), radius: 120 }, fonts.song, rng);
  if (rng.chance(0.6)) qrBlock(ctx, margin, sealY - 40, 150, rng);
}

function drawJointSeals(ctx: Ctx, content: CertificateContent, context: BuildContext, width: number, height: number, margin: number): void {
  const issuers = content.jointIssuers ?? [];
  const step = (width - margin * 2) / issuers.length;
  const baseline = height - 250;
  issuers.forEach((issuer, index) => {
    const cx = margin + step * (index + 0.5);
    drawText(ctx, issuer, cx, baseline, fittedStyle(ctx, issuer, style(context.fonts.song, 28), step - 30), 'center');
    drawSeal(ctx, { arc: issuer }, { cx: cx + context.rng.range(-20, 20), cy: baseline - 20 + context.rng.range(-15, 15), radius: 115 }, context.fonts.song, context.rng);
  });
  drawText(ctx, `发证时间：${printDate(content.issueDate, 'cn')}`, width - margin, height - 160, style(context.fonts.song, 28), 'right');
}

/** Spec for a certificate page in the context's layout. */
export function certificateSpec(content: CertificateContent, context: BuildContext, truth: Truth): DocumentSpec {
  const width = content.landscape ? 1840 : 1300;
  const height = content.landscape ? 1300 : 1840;
  return {
    width,
    height,
    paper: context.rng.pick(['#fdfbf4', '#fbf7ec', '#ffffff', '#f9f6ef']),
    security: content.security,
    securityColor: context.rng.pick(['rgba(200, 150, 80, 0.14)', 'rgba(90, 140, 190, 0.13)', 'rgba(200, 90, 90, 0.10)']),
    draw: (ctx) => drawCertificate(ctx, content, context, width, height),
    truth: truth.values,
    amountFields: truth.amountFields,
    realism: ['seal-over-text'],
    card: false,
  };
}
