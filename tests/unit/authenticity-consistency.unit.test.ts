import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { checkConsistency, type AuthenticityFinding, type ConsistencyEvidence } from '@uplift/authenticity';

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

  // A document that shows reviewers a doubt about itself must not anchor the comparison: found when an
  // (advisory) screen-recaptured licence, whose name OCR misread, had both genuine invoices discounted.
  const recaptured: AuthenticityFinding = {
    check: 'screen_recapture',
    severity: 'info',
    score: 0.89,
    methodVersion: 'colour-phase-scene-gbt/8',
    region: [0, 0, 100, 100],
    detail: 'looks photographed off a screen (advisory: this check is not yet validated, it does not affect the decision)',
  };
  const invoice = (id: string, buyer: string): ConsistencyEvidence => ({
    evidenceId: id,
    declared: { kind: 'voucher', type: 'vat_special_invoice' },
    recognition: {
      documentType: 'vat_special_invoice',
      text: '',
      fields: [field('buyer', buyer), field('seller', '福州恒丰食品有限公司'), field('date', '2025-03-01'), field('invoice_no', id)],
    },
    findings: [],
  });
  const misread = {
    ...licence,
    recognition: {
      ...licence.recognition!,
      fields: [field('name', '福卅鑫源商贸有限公司'), field('uscc', '91350100M000100Y43'), field('established_date', '2019-04-02')],
    },
  };

  void test('given a recaptured licence whose name differs from two genuine invoices, when checked, then the invoices are not discounted', () => {
    const findings = checkConsistency({
      evidence: [
        { ...misread, findings: [recaptured] },
        invoice('e-inv1', '福州鑫源商贸有限公司'),
        invoice('e-inv2', '福州鑫源商贸有限公司'),
      ],
    });
    assert.equal(findings.length, 2, JSON.stringify(findings));
    for (const f of findings) {
      assert.deepEqual(f.relatedEvidenceIds, ['e-licence'], 'only the licence in doubt is concerned');
      assert.match(f.detail, /business_licence\.name; the only source, itself in doubt: it shows a screen_recapture finding/);
      assert.match(f.detail, /counted against the reference alone/);
    }
  });

  void test('given a genuine licence whose name differs from an invoice, when checked, then both are still inconsistent', () => {
    const metadataNote: AuthenticityFinding = { ...recaptured, check: 'metadata', detail: 'no camera metadata' };
    const findings = checkConsistency({ evidence: [{ ...misread, findings: [metadataNote] }, invoice('e-inv1', '福州鑫源商贸有限公司')] });
    assert.equal(findings.length, 1, JSON.stringify(findings));
    assert.equal(findings[0]?.check, 'inconsistent');
    assert.equal(findings[0]?.severity, 'warning');
    assert.deepEqual(findings[0]?.relatedEvidenceIds, ['e-inv1', 'e-licence']);
    assert.match(
      findings[0]?.detail ?? '',
      /none of the parties of vat_special_invoice .* is "福卅鑫源商贸有限公司" \(business_licence\.name\)$/,
    );
  });

  void test('given a recaptured licence and a genuine permit, when checked, then the permit is the reference and only the licence is concerned', () => {
    const permit: ConsistencyEvidence = {
      evidenceId: 'e-permit',
      declared: { kind: 'voucher', type: 'food_business_permit' },
      recognition: {
        documentType: 'food_business_permit',
        text: '',
        fields: [field('operator_name', '福州鑫源商贸有限公司'), field('uscc', '91350100M000100Y43')],
      },
      findings: [],
    };
    const findings = checkConsistency({
      evidence: [{ ...misread, findings: [recaptured] }, permit, invoice('e-inv1', '福州鑫源商贸有限公司')],
    });
    assert.equal(findings.length, 1, JSON.stringify(findings));
    assert.deepEqual(findings[0]?.relatedEvidenceIds, ['e-licence']);
    assert.match(
      findings[0]?.detail ?? '',
      /^name "福卅鑫源商贸有限公司" on business_licence\.name differs from "福州鑫源商贸有限公司" \(food_business_permit\.operator_name; not business_licence\.name: it shows a screen_recapture finding; counted against the upload in doubt alone\)$/,
    );
  });

  void test('given only documents in doubt, when checked, then the licence is the reference as before and both are concerned', () => {
    const findings = checkConsistency({
      evidence: [
        { ...misread, findings: [recaptured] },
        { ...invoice('e-inv1', '福州鑫源商贸有限公司'), findings: [{ ...recaptured, region: null }] },
      ],
    });
    assert.equal(findings.length, 1, JSON.stringify(findings));
    assert.deepEqual(findings[0]?.relatedEvidenceIds, ['e-inv1', 'e-licence']);
  });
});
