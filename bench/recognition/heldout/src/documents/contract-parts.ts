/** Party blocks and signature blocks shared by the contracts. */
import { printDate, type CalendarDate } from '../content/dates';
import { personName } from '../content/entities';
import type { Ctx } from '../draw/context';
import { signature } from '../draw/ornament';
import { drawNameSeal, drawSeal } from '../draw/seal';
import { drawTable, fitColumns } from '../draw/table';
import { drawText, fittedStyle, type TextStyle } from '../draw/text';
import { custom, type Block } from './flow';
import type { BuildContext } from './spec';

/** A contracting party: a company, or a private person (lessors often are). */
export interface Party {
  name: string;
  address: string;
  legalRepresentative: string;
  /** Companies seal; private persons sign and press a name seal. */
  isCompany: boolean;
}

function phone(context: BuildContext): string {
  return `1${context.rng.pick(['3', '5', '8'])}${context.rng.digits(9)}`;
}

export function partiesBlock(context: BuildContext, parties: readonly (readonly [string, Party])[], body: TextStyle): Block {
  const { rng, fonts } = context;
  const phones = parties.map(() => phone(context));
  if (context.layout === 'parties-table') {
    const rows = [
      ['名称', ...parties.map(([, p]) => p.name)],
      [rng.pick(['地址', '住所地']), ...parties.map(([, p]) => p.address)],
      ['法定代表人', ...parties.map(([, p]) => p.legalRepresentative)],
      ['联系电话', ...phones],
    ];
    const height = 50 + rows.length * 48 + 16;
    return custom(height, (ctx, x, y, width) => {
      const columns = fitColumns([{ title: '', width: 16, align: 'center' }, ...parties.map(([role]) => ({ title: role, width: 42 }))], width);
      drawTable(ctx, { x, y: y + 6, columns, rows, headerHeight: 50, rowHeight: 48, headerStyle: { ...body, bold: fonts.song.startsWith('Noto') }, cellStyle: { ...body, size: body.size - 2 }, ruling: 'full' });
    });
  }
  const lineHeight = body.size * 1.7;
  const lines: string[] = [];
  parties.forEach(([role, party], index) => {
    lines.push(`${role}：${party.name}`);
    lines.push(`${rng.pick(['地址', '住所'])}：${party.address}`);
    lines.push(`${party.isCompany ? '法定代表人' : '身份证号'}：${party.isCompany ? party.legalRepresentative : `${rng.digits(6)}19${rng.int(60, 99)}${rng.digits(7)}${rng.pick(['X', String(rng.int(0, 9))])}`}        联系电话：${phones[index] ?? ''}`);
  });
  return custom(lines.length * lineHeight + lineHeight * 0.5, (ctx, x, y, width) => {
    lines.forEach((text, i) => drawText(ctx, text, x, y + body.size + i * lineHeight + (i >= 3 ? lineHeight * 0.4 : 0), fittedStyle(ctx, text, body, width)));
  });
}

export interface SignatureBlock {
  height: number;
  draw(ctx: Ctx, x: number, y: number, width: number): void;
}

/** Two columns: role（盖章）name, representative signature, date; seals over the names. */
export function signatureBlock(context: BuildContext, parties: readonly (readonly [string, Party])[], signed: CalendarDate, body: TextStyle): SignatureBlock {
  const { rng, fonts } = context;
  const dateStyle = rng.pick(['cn', 'cn-short'] as const);
  const dateOnBothSides = rng.chance(0.6);
  const agents = parties.map(([, p]) => (p.isCompany ? (rng.chance(0.7) ? p.legalRepresentative : personName(rng)) : p.name));
  return {
    height: 300,
    draw(ctx, x, y, width) {
      const column = width / parties.length;
      parties.forEach(([role, party], index) => {
        const left = x + index * column;
        const roleShort = role.replace(/（.*）/, '');
        const sealed = `${roleShort}（${party.isCompany ? '盖章' : '签字'}）：`;
        const labelWidth = drawText(ctx, sealed, left, y + 40, body);
        drawText(ctx, party.name, left, y + 90, fittedStyle(ctx, party.name, body, column - 30));
        const repLabel = party.isCompany ? rng.pick(['法定代表人或委托代理人：', '授权代表（签字）：', '法定代表人：']) : '签字：';
        const repWidth = drawText(ctx, repLabel, left, y + 160, fittedStyle(ctx, repLabel, body, column * 0.6));
        signature(ctx, agents[index] ?? party.name, left + Math.min(repWidth, column * 0.6) + 10, y + 165, body.size * 1.6, fonts.kai, rng);
        if (dateOnBothSides || index === 0) {
          drawText(ctx, `${rng.pick(['签订日期', '日期'])}：${printDate(signed, dateStyle)}`, left, y + 230, body);
        } else {
          drawText(ctx, '日期：', left, y + 230, body);
        }
        if (party.isCompany) {
          drawSeal(ctx, { arc: party.name, bottom: rng.pick(['合同专用章', '合同专用章', '']), code: rng.digits(13) }, { cx: left + labelWidth * 0.6 + rng.range(0, 120), cy: y + 80 + rng.range(-20, 30), radius: 95 }, fonts.song, rng);
        } else {
          drawNameSeal(ctx, party.name, left + repWidth + 150, y + 150, 70, fonts.song, rng);
        }
      });
    },
  };
}
