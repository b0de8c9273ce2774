import type { VoucherTypeId } from '@uplift/domain';
import { holderName, type DocContext } from './context';
import { makePlate, makeUscc, makeVin, otherCompany, personName, platePrefix, printedName } from './identity';
import { proofOf, type Built } from './proof';
import { addDays, amount, authenticity, evidenceItem, field, voucherRecognition } from './recognition-shapes';

// Licences, permits, leases and vehicle papers: they prove that the business exists, may trade, and what it
// runs on. Only vehicles carry a revenue figure (a verified truck earns something every month).

/** Monthly revenue a reviewer credits per verified vehicle, by trade (conservative: an old truck, a slow month). */
const CREDIT_PER_VEHICLE: Partial<Record<string, number>> = { logistics: 22_000, construction: 30_000 };

function built(c: DocContext, type: VoucherTypeId, fields: ReturnType<typeof field>[], lines: string[]): Built['item'] {
  const recognition = voucherRecognition(c.d, type, fields, lines, c.caseDate);
  return evidenceItem(c.d, c.id, { kind: 'voucher', type }, c.at, recognition, authenticity(c.d, [], true));
}

/** The business licence; `foreign` prints another entity's name and code (an identity conflict). */
export function businessLicence(c: DocContext, foreign = false): Built {
  const { d, m } = c;
  const name = foreign ? otherCompany(d, m.trade.tradeWord) : m.identity.name;
  const uscc = foreign ? makeUscc(d, false) : m.identity.uscc;
  const rep = foreign ? personName(d) : m.identity.legalRepresentative;
  const fields = [
    field(d, 'uscc', uscc),
    field(d, 'name', name),
    field(d, 'company_type', m.identity.individual ? '个体工商户' : '有限责任公司(自然人投资或控股)'),
    field(d, 'legal_representative', rep),
    field(d, 'established_date', m.identity.establishedDate),
    field(d, 'term', `${m.identity.establishedDate}/长期`),
    field(d, 'address', m.identity.address),
    field(d, 'business_scope', `${m.trade.tradeWord}；${m.trade.shopWords.join('、')}`),
  ];
  if (!m.identity.individual) fields.push(field(d, 'registered_capital', amount(d.pick([100_000, 500_000, 1_000_000, 3_000_000]))));
  const lines = [
    '营业执照',
    `统一社会信用代码 ${uscc}`,
    `名称 ${name}`,
    `法定代表人 ${rep}`,
    `成立日期 ${m.identity.establishedDate}`,
    `住所 ${m.identity.address}`,
  ];
  const item = built(c, 'business_licence', fields, lines);
  return { item, proof: proofOf(item, { existence: true, foreignLicence: foreign, ownedByMerchant: !foreign }) };
}

/** Permits a trade of this split may need. */
export type PermitType = Extract<
  VoucherTypeId,
  | 'food_business_permit'
  | 'road_transport_operating_licence'
  | 'tobacco_retail_licence'
  | 'construction_qualification_certificate'
  | 'industrial_production_licence'
>;

/** The trade's own permit, valid for years, or expired before the case date. */
export function tradePermit(c: DocContext, type: PermitType, expired = false): Built {
  const { d, m } = c;
  const validUntil = expired ? addDays(c.caseDate, -d.int(20, 400)) : addDays(c.caseDate, d.int(120, 1500));
  const name = printedName(d, m.identity.name);
  const fields = (() => {
    switch (type) {
      case 'food_business_permit':
        return [
          field(d, 'permit_no', `JY${d.int(1, 2)}${String(d.int(0, 9999999999999)).padStart(13, '0')}`),
          field(d, 'operator_name', name),
          field(d, 'uscc', m.identity.uscc),
          field(d, 'legal_representative', m.identity.legalRepresentative),
          field(d, 'premises', m.identity.address),
          field(d, 'business_form', d.pick(['餐饮服务经营者（小型餐馆）', '餐饮服务经营者（中型餐馆）', '单位食堂'])),
          field(d, 'valid_until', validUntil),
        ];
      case 'road_transport_operating_licence':
        return [
          field(d, 'licence_no', `${m.identity.uscc.slice(2, 8)}${String(d.int(100000, 999999))}`),
          field(d, 'operator_name', name),
          field(d, 'address', m.identity.address),
          field(d, 'business_scope', '道路普通货物运输'),
          field(d, 'valid_until', validUntil),
        ];
      case 'tobacco_retail_licence':
        return [
          field(d, 'licence_no', String(d.int(100000000000, 999999999999))),
          field(d, 'name', name),
          field(d, 'address', m.identity.address),
          field(d, 'valid_until', validUntil),
        ];
      case 'construction_qualification_certificate':
        return [
          field(d, 'certificate_no', `D${d.int(200000000, 399999999)}`),
          field(d, 'company', name),
          field(d, 'uscc', m.identity.uscc),
          field(d, 'qualification', d.pick(['施工劳务不分等级', '建筑工程施工总承包叁级', '市政公用工程施工总承包叁级'])),
          field(d, 'valid_until', validUntil),
        ];
      case 'industrial_production_licence':
        return [
          field(d, 'licence_no', `XK${d.int(10, 99)}-${d.int(100, 999)}-${d.int(10000, 99999)}`),
          field(d, 'company', name),
          field(d, 'product', d.pick(['塑料管道', '电线电缆', '食品用包装', '建筑防水卷材'])),
          field(d, 'valid_until', validUntil),
        ];
    }
  })();
  const item = built(
    c,
    type,
    fields,
    fields.map((f) => `${f.name} ${f.value}`),
  );
  return { item, proof: proofOf(item, { existence: true, tradePermit: true, expired }) };
}

/** The premises lease: the lessee is the merchant or its owner; a landlord person lets it. */
export function leaseContract(c: DocContext, expired = false): Built {
  const { d, m } = c;
  const from = expired ? addDays(c.caseDate, -d.int(800, 1500)) : addDays(c.caseDate, -d.int(30, 900));
  const until = expired ? addDays(c.caseDate, -d.int(10, 200)) : addDays(from, 365 * d.int(2, 5));
  const rent = Math.round((m.trueMonthlyRevenue * d.between(0.04, 0.12)) / 100) * 100;
  const fields = [
    field(d, 'lessor', personName(d)),
    field(d, 'lessee', printedName(d, holderName(c, 0.4))),
    field(d, 'address', m.identity.address),
    field(d, 'area', `${d.int(40, 800)}平方米`),
    field(d, 'rent', amount(rent)),
    field(d, 'term', `${from}/${until}`),
  ];
  const item = built(c, 'lease_contract', fields, ['房屋租赁合同', ...fields.map((f) => `${f.name} ${f.value}`)]);
  return { item, proof: proofOf(item, { expired }) };
}

/** A vehicle licence of one of the merchant's trucks or machines (owner: the merchant or its owner). */
export function vehicleLicence(c: DocContext, plate: string): Built {
  const { d, m } = c;
  const heavy =
    m.trade.id === 'construction'
      ? d.pick(['重型自卸货车', '混凝土搅拌运输车', '轮式装载机械'])
      : d.pick(['重型厢式货车', '重型半挂牵引车', '中型仓栅式货车']);
  const fields = [
    field(d, 'plate', plate),
    field(d, 'vehicle_type', heavy),
    field(d, 'owner', printedName(d, holderName(c, 0.7))),
    field(d, 'use', '货运'),
    field(d, 'vin', makeVin(d)),
    field(d, 'registration_date', addDays(c.caseDate, -d.int(200, 3000))),
    field(d, 'rated_load', `${d.int(5, 32) * 1000}kg`),
  ];
  const item = built(
    c,
    'vehicle_licence',
    fields,
    fields.map((f) => `${f.name} ${f.value}`),
  );
  const perMonth = CREDIT_PER_VEHICLE[m.trade.id] ?? 0;
  return { item, proof: proofOf(item, { plate, revenue: perMonth > 0 ? { route: 'vehicles', annual: perMonth * 12 } : null }) };
}

/** The road transport certificate of one truck (道路运输证). */
export function roadTransportCertificate(c: DocContext, plate: string): Built {
  const { d, m } = c;
  const fields = [
    field(d, 'certificate_no', `${m.identity.uscc.slice(2, 8)}${d.int(100000, 999999)}`),
    field(d, 'operator', printedName(d, holderName(c, 0.6))),
    field(d, 'plate', plate),
    field(d, 'vehicle_type', '重型厢式货车'),
    field(d, 'tonnage', `${d.int(5, 32)}吨`),
    field(d, 'valid_until', addDays(c.caseDate, d.int(60, 1200))),
  ];
  const item = built(
    c,
    'road_transport_certificate',
    fields,
    fields.map((f) => `${f.name} ${f.value}`),
  );
  const perMonth = CREDIT_PER_VEHICLE[m.trade.id] ?? 0;
  return { item, proof: proofOf(item, { plate, revenue: perMonth > 0 ? { route: 'vehicles', annual: perMonth * 12 } : null }) };
}

/** Plates of a merchant's vehicles. */
export function platesOf(c: Pick<DocContext, 'd' | 'm'>, count: number): string[] {
  return Array.from({ length: count }, () => makePlate(c.d, platePrefix(c.m.identity)));
}
