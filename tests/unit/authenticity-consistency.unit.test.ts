import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { checkConsistency, type ConsistencyEvidence } from '@uplift/authenticity';

const field = (name: string, value: string): { name: string; value: string; confidence: number; box: null } => ({
  name,
  value,
  confidence: 0.95,
  box: null,
});

const licence: ConsistencyEvidence = {
  evidenceId: 'e-licence',
  declared: { kind: 'voucher', type: 'business_licence' },
  recognition: {
    documentType: 'business_licence',
    text: '',
    fields: [
      field('name', '福州鑫源商贸有限公司'),
      field('uscc', '91350100M000100Y43'),
      field('address', '福州市五四路88号'),
      field('established_date', '2019-04-02'),
    ],
  },
};

void describe('authenticity: cross-document consistency', () => {
  void test('given matching documents, when checked, then nothing is reported', () => {
    const permit: ConsistencyEvidence = {
      evidenceId: 'e-permit',
      declared: { kind: 'voucher', type: 'food_business_permit' },
      recognition: {
        documentType: 'food_business_permit',
        text: '',
        fields: [
          field('operator_name', '福州鑫源商贸有限公司'),
          field('uscc', '91350100M000100Y43'),
          field('premises', '福建省福州市五四路88号'),
        ],
      },
    };
    assert.deepEqual(checkConsistency({ evidence: [licence, permit] }), []);
  });

  void test('given a permit with another USCC, when checked, then a critical USCC mismatch names both documents', () => {
    const permit: ConsistencyEvidence = {
      evidenceId: 'e-permit',
      declared: { kind: 'voucher', type: 'food_business_permit' },
      recognition: {
        documentType: 'food_business_permit',
        text: '',
        fields: [field('operator_name', '福州鑫源商贸有限公司'), field('uscc', '91350100M000100Z99')],
      },
    };
    const findings = checkConsistency({ evidence: [licence, permit] });
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.check, 'inconsistent');
    assert.equal(findings[0]?.severity, 'critical');
    assert.match(findings[0]?.detail ?? '', /USCC 91350100M000100Z99/);
    assert.deepEqual(findings[0]?.relatedEvidenceIds, ['e-permit', 'e-licence']);
  });

  void test('given a waybill and a truck photo with an unknown plate, when checked, then both plates are findings', () => {
    const vehicle: ConsistencyEvidence = {
      evidenceId: 'e-vl',
      declared: { kind: 'voucher', type: 'vehicle_licence' },
      recognition: { documentType: 'vehicle_licence', text: '', fields: [field('plate', '闽A·12345')] },
    };
    const waybill: ConsistencyEvidence = {
      evidenceId: 'e-wb',
      declared: { kind: 'voucher', type: 'freight_waybill' },
      recognition: {
        documentType: 'freight_waybill',
        text: '',
        fields: [field('plate', '闽A12345'), field('shipper', '福州鑫源商贸有限公司')],
      },
    };
    const odd: ConsistencyEvidence = {
      evidenceId: 'e-wb2',
      declared: { kind: 'voucher', type: 'freight_waybill' },
      recognition: {
        documentType: 'freight_waybill',
        text: '',
        fields: [field('plate', '浙B88888'), field('consignee', '福州鑫源商贸有限公司')],
      },
    };
    const photo: ConsistencyEvidence = {
      evidenceId: 'e-photo',
      declared: { kind: 'photo', class: 'vehicles' as never },
      recognition: { documentType: null, text: '货车 苏E·7Q21X 停在门口', fields: [] },
    };
    const findings = checkConsistency({ evidence: [licence, vehicle, waybill, odd, photo] });
    const plates = findings.filter((f) => /plate/.test(f.detail));
    assert.deepEqual(
      plates.map((f) => f.relatedEvidenceIds),
      [['e-wb2'], ['e-photo']],
    );
    assert.match(plates[0]?.detail ?? '', /浙B88888/);
  });

  void test('given an invoice between strangers dated before the licence, when checked, then party and date findings follow', () => {
    const invoice: ConsistencyEvidence = {
      evidenceId: 'e-inv',
      declared: { kind: 'voucher', type: 'vat_special_invoice' },
      recognition: {
        documentType: 'vat_special_invoice',
        text: '',
        fields: [
          field('buyer', '杭州恒达物流有限公司'),
          field('seller', '宁波永盛食品有限公司'),
          field('date', '2018-01-05'),
          field('invoice_no', '12345678'),
        ],
      },
    };
    const details = checkConsistency({ evidence: [licence, invoice] }).map((f) => f.detail);
    assert.ok(details.some((d) => /none of the parties/.test(d)));
    assert.ok(details.some((d) => /before the business was established/.test(d)));
  });
});
