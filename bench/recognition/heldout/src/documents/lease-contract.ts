/** 房屋租赁合同: 出租方/承租方, premises and area, rent in a sentence, lease term, signatures. */
import { addDays, addMonths, isoPeriod, printDate, randomDate } from '../content/dates';
import { address, company, personName } from '../content/entities';
import { capitalAmount, printAmount, pickAmountStyle } from '../content/money';
import { drawText } from '../draw/text';
import { drawBlocks, fitBlocks, gap, paragraph, type Block } from './flow';
import { partiesBlock, signatureBlock, type Party } from './contract-parts';
import { CONTRACT_PAGE } from './contracts';
import { label, style, Truth, type DocumentType } from './spec';

export const LEASE_CONTRACT: DocumentType = {
  id: 'lease_contract',
  layouts: ['parties-lines', 'parties-table'],
  build(context) {
    const { rng, fonts } = context;
    const truth = new Truth();
    const tenant = company(rng, { allowSoleTrader: true });
    const lessorIsCompany = rng.chance(0.4);
    const lessorCompany = company(rng, { city: tenant.city });
    const lessor: Party = lessorIsCompany
      ? { ...lessorCompany, isCompany: true }
      : { name: personName(rng), address: address(rng, tenant.city), legalRepresentative: '', isCompany: false };
    const lessee: Party = { ...tenant, isCompany: true };
    truth.text('lessor', lessor.name);
    truth.text('lessee', lessee.name);
    const premises = truth.text('address', tenant.address);
    const areaNumber = `${rng.int(40, 2500)}.${rng.digits(2)}`;
    const area = truth.text('area', rng.chance(0.6) ? `${areaNumber}平方米` : `${areaNumber}㎡`);
    const monthlyYuan = Math.round((Number(areaNumber) * rng.range(25, 90)) / 100) * 100;
    const rent = truth.amount('rent', monthlyYuan * 100);
    const signed = randomDate(rng, 2023, 2026);
    const from = addDays(signed, rng.int(1, 20));
    const to = addDays(addMonths(from, rng.pick([12, 24, 36, 60])), -1);
    truth.text('term', isoPeriod(from, to));
    const roleA = label(context, '出租方', ['出租方（甲方）', '甲方（出租方）', '出租人']);
    const roleB = label(context, '承租方', ['承租方（乙方）', '乙方（承租方）', '承租人']);
    const body = style(fonts.song, 23, { color: '#151515' });
    const heading = style(fonts.hei, 24);
    const amountStyle = pickAmountStyle(rng, true);
    const use = rng.pick(['商业经营', '办公', '仓储', '生产经营', '餐饮经营']);
    const blocks: Block[] = [
      partiesBlock(context, [[roleA, lessor], [roleB, lessee]], body),
      gap(10),
      paragraph('根据《中华人民共和国民法典》及有关规定，为明确出租方与承租方的权利义务关系，经双方协商一致，签订本合同。', body),
      paragraph('第一条  租赁房屋基本情况', heading, 0),
      paragraph(`出租方将位于${premises}的房屋出租给承租方使用，${label(context, '面积', ['建筑面积', '租赁面积', '房屋建筑面积'])}${area}，房屋用途为${use}。`, body),
      paragraph('第二条  租赁期限', heading, 0),
      paragraph(`租赁期限自${printDate(from, 'cn')}起至${printDate(to, 'cn')}止。租赁期满，承租方如需续租，应提前三个月书面通知出租方。`, body),
      paragraph('第三条  租金及支付方式', heading, 0),
      paragraph(`月租金为人民币${capitalAmount(rent)}（${printAmount(rent, amountStyle)}），${rng.pick(['按季度支付，每季度首月5日前付清', '按月支付，每月10日前付清', '按半年支付，先付后用'])}。租赁期内如遇政策调整，租金另行协商。`, body),
      paragraph(`第四条  押金：承租方于签订本合同时向出租方支付押金，押金为${rng.int(1, 3)}个月租金，合同期满无违约的，出租方无息退还。`, body, 2, true),
      paragraph('第五条  租赁期间，水、电、燃气、物业管理等费用由承租方承担，出租方负责房屋主体结构的维修。', body, 2, true),
      paragraph('第六条  未经出租方书面同意，承租方不得转租、转借承租房屋，不得擅自改变房屋结构及用途。', body, 2, true),
      paragraph('第七条  本合同未尽事宜，由双方另行协商并签订补充协议；本合同一式两份，双方各执一份，自双方签字盖章之日起生效。', body, 2, true),
    ];
    const sign = signatureBlock(context, [[roleA, lessor], [roleB, lessee]], signed, body);
    const top = 230;
    const kept = fitBlocks(blocks, CONTRACT_PAGE.width - 220, CONTRACT_PAGE.height - top - sign.height - 80);
    const title = rng.pick(['房屋租赁合同', '房屋租赁合同', '厂房租赁合同', '商铺租赁合同']);
    return {
      ...CONTRACT_PAGE,
      paper: rng.pick(['#ffffff', '#fcfbf6']),
      security: 'none',
      securityColor: '',
      draw(ctx) {
        drawText(ctx, title, CONTRACT_PAGE.width / 2, 130, style(fonts.song, 52, { bold: fonts.song.startsWith('Noto'), spacing: 10 }), 'center');
        if (rng.chance(0.6)) drawText(ctx, `合同编号：ZL${signed.year}${rng.digits(4)}`, CONTRACT_PAGE.width - 110, 195, style(fonts.song, 22), 'right');
        const end = drawBlocks(ctx, kept, 110, top, CONTRACT_PAGE.width - 220);
        sign.draw(ctx, 110, Math.max(end + 30, CONTRACT_PAGE.height - sign.height - 80), CONTRACT_PAGE.width - 220);
      },
      truth: truth.values,
      amountFields: truth.amountFields,
      realism: ['seal-over-text', 'handwritten-signature'],
      card: false,
    };
  },
};
