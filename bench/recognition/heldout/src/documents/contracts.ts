/** Sales and purchase contracts: parties, numbered clauses, goods table, amount in a sentence, signature block. */
import { addDays, addMonths, isoDate, isoPeriod, printDate, randomDate, type CalendarDate } from '../content/dates';
import { company, type Company } from '../content/entities';
import type { Party } from './contract-parts';
import { goodsLines, sumCents } from '../content/goods';
import { capitalAmount, printAmount, pickAmountStyle } from '../content/money';
import { drawTable, fitColumns } from '../draw/table';
import { drawText } from '../draw/text';
import { custom, drawBlocks, fitBlocks, gap, paragraph, type Block } from './flow';
import { partiesBlock, signatureBlock } from './contract-parts';
import { label, style, Truth, type BuildContext, type DocumentSpec, type DocumentType } from './spec';

export const CONTRACT_PAGE = { width: 1300, height: 1840 };

interface TradeTerms {
  number: string;
  signed: CalendarDate;
  from: CalendarDate;
  to: CalendarDate;
}

function tradeTerms(context: BuildContext, prefix: string): TradeTerms {
  const signed = randomDate(context.rng, 2023, 2026);
  const from = addDays(signed, context.rng.int(0, 10));
  return {
    number: `${prefix}-${signed.year}${String(signed.month).padStart(2, '0')}-${context.rng.digits(3)}`,
    signed,
    from,
    to: addDays(addMonths(from, context.rng.pick([6, 12, 12, 24])), -1),
  };
}

function buildTradeContract(context: BuildContext, purchase: boolean): DocumentSpec {
  const { rng, fonts } = context;
  const truth = new Truth();
  const companyA: Company = company(rng);
  const companyB: Company = company(rng, { city: rng.chance(0.5) ? companyA.city : undefined });
  const partyA: Party & { city: Company['city'] } = { ...companyA, isCompany: true };
  const partyB: Party & { city: Company['city'] } = { ...companyB, isCompany: true };
  const terms = tradeTerms(context, purchase ? rng.pick(['CG', 'PO', 'CGHT']) : rng.pick(['XS', 'GX', 'XSHT']));
  truth.text('contract_no', terms.number);
  truth.text('party_a', partyA.name);
  truth.text('party_b', partyB.name);
  truth.text('signing_date', isoDate(terms.signed));
  truth.text('term', isoPeriod(terms.from, terms.to));
  const lines = goodsLines(rng, rng.int(1, 4));
  const total = truth.amount('amount', sumCents(lines.map((l) => l.amountCents)));
  const title = purchase ? rng.pick(['采购合同', '物资采购合同', '采购合同']) : rng.pick(['销售合同', '购销合同', '产品购销合同']);
  const roleA = purchase ? label(context, '甲方', ['甲方（买受人）', '甲方（采购方）', '买受人（甲方）', '甲方（需方）']) : label(context, '甲方', ['甲方（出卖人）', '甲方（卖方）', '出卖人（甲方）', '甲方（供方）']);
  const roleB = purchase ? label(context, '乙方', ['乙方（出卖人）', '乙方（供应方）', '出卖人（乙方）', '乙方（供方）']) : label(context, '乙方', ['乙方（买受人）', '乙方（买方）', '买受人（乙方）', '乙方（需方）']);
  const body = style(fonts.song, 23, { color: '#151515' });
  const heading = style(fonts.hei, 24, { bold: fonts.hei.startsWith('Noto') });
  const amountStyle = pickAmountStyle(rng, true);
  const amountSentence = rng.pick([
    `合同总价款为人民币${capitalAmount(total)}（${printAmount(total, amountStyle)}），`,
    `合同总金额：${printAmount(total, amountStyle)}元（大写：人民币${capitalAmount(total)}），`,
    `本合同含税总价为${printAmount(total, rng.pick(['grouped', 'plain'] as const))}元（人民币${capitalAmount(total)}），`,
  ]);
  const tableStyle = rng.pick(['full', 'full', 'horizontal'] as const);
  const columns = [
    { title: '序号', width: 6, align: 'center' as const },
    { title: '产品名称', width: 22 },
    { title: '规格型号', width: 16 },
    { title: '单位', width: 7, align: 'center' as const },
    { title: '数量', width: 9, align: 'right' as const },
    { title: '单价（元）', width: 13, align: 'right' as const },
    { title: '金额（元）', width: 15, align: 'right' as const },
  ];
  const rows = lines.map((l, i) => [String(i + 1), l.item.name, l.item.spec, l.item.unit, String(l.quantity), printAmount(l.unitPriceCents, 'grouped'), printAmount(l.amountCents, 'grouped')]);
  rows.push(['', '合计', '', '', '', '', printAmount(total, rng.pick(['grouped', 'yen'] as const))]);
  const tableHeight = 46 + rows.length * 42;
  const deliveryCity = purchase ? partyA.city.city : partyB.city.city;
  const blocks: Block[] = [
    partiesBlock(context, [[roleA, partyA], [roleB, partyB]], body),
    gap(10),
    paragraph(`根据《中华人民共和国民法典》及有关法律法规的规定，${purchase ? '甲方向乙方采购下列产品' : '乙方向甲方购买下列产品'}，经双方友好协商，达成如下条款，以资共同遵守。`, body),
    paragraph('第一条  产品名称、规格型号、数量及价款', heading, 0),
    custom(tableHeight + 14, (ctx, x, y, width) => {
      drawTable(ctx, { x, y: y + 4, columns: fitColumns(columns, width), rows, headerHeight: 46, rowHeight: 42, headerStyle: style(fonts.song, 21, { bold: fonts.song.startsWith('Noto') }), cellStyle: style(fonts.song, 20), ruling: tableStyle, emphasisedRows: [rows.length - 1] });
    }),
    paragraph(`${amountSentence}上述价格已含13%增值税及运输费用。`, body),
    paragraph('第二条  质量标准：按国家标准或行业标准执行，无国家标准的按生产厂家企业标准执行。', body, 2, true),
    paragraph(`第三条  交货时间、地点及方式：${purchase ? '乙方' : '甲方'}应于合同签订后${rng.int(3, 30)}日内将货物送至${deliveryCity}市${purchase ? '甲方' : '乙方'}指定地点，运费由${purchase ? '乙方' : '甲方'}承担。`, body),
    paragraph(`第四条  付款方式：${rng.pick(['货到验收合格后30日内支付全部货款', '合同签订后预付30%，货到验收合格后支付余款', '按月结算，次月15日前支付上月货款'])}，${purchase ? '乙方' : '甲方'}应开具增值税专用发票。`, body),
    paragraph(`第五条  合同期限：本合同有效期自${printDate(terms.from, 'cn')}起至${printDate(terms.to, 'cn')}止。`, body),
    paragraph('第六条  违约责任：任何一方违反本合同约定的，应向守约方支付合同总价款20%的违约金；违约金不足以弥补损失的，违约方还应赔偿守约方的实际损失。', body, 2, true),
    paragraph(`第七条  争议解决：因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向${rng.pick(['甲方', '乙方'])}所在地人民法院提起诉讼。`, body, 2, true),
    paragraph('第八条  本合同一式贰份，甲乙双方各执壹份，自双方签字盖章之日起生效，具有同等法律效力。', body, 2, true),
  ];
  const signature = signatureBlock(context, [[roleA, partyA], [roleB, partyB]], terms.signed, body);
  const top = 230;
  const bottomReserve = signature.height;
  const kept = fitBlocks(blocks, CONTRACT_PAGE.width - 220, CONTRACT_PAGE.height - top - bottomReserve - 80);
  const numberLabel = label(context, '合同编号', ['合同编号', '合同编号', '编号']);
  return {
    ...CONTRACT_PAGE,
    paper: rng.pick(['#ffffff', '#fcfbf8']),
    security: 'none',
    securityColor: '',
    draw(ctx) {
      drawText(ctx, title, CONTRACT_PAGE.width / 2, 130, style(fonts.song, 52, { bold: fonts.song.startsWith('Noto'), spacing: 10 }), 'center');
      drawText(ctx, `${numberLabel}：${terms.number}`, CONTRACT_PAGE.width - 110, 195, style(fonts.song, 22), 'right');
      if (rng.chance(0.5)) drawText(ctx, `签订地点：${partyA.city.city}市`, 110, 195, style(fonts.song, 22));
      const end = drawBlocks(ctx, kept, 110, top, CONTRACT_PAGE.width - 220);
      signature.draw(ctx, 110, Math.max(end + 30, CONTRACT_PAGE.height - bottomReserve - 80), CONTRACT_PAGE.width - 220);
    },
    truth: truth.values,
    amountFields: truth.amountFields,
    realism: ['seal-over-text', 'handwritten-signature'],
    card: false,
  };
}

export const SALES_CONTRACT: DocumentType = {
  id: 'sales_contract',
  layouts: ['parties-lines', 'parties-table'],
  build: (context) => buildTradeContract(context, false),
};

export const PURCHASE_CONTRACT: DocumentType = {
  id: 'purchase_contract',
  layouts: ['parties-lines', 'parties-table'],
  build: (context) => buildTradeContract(context, true),
};
