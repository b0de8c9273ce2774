import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  admissibility,
  assetEstimate,
  bankStatementEstimate,
  contractEstimate,
  crossValidate,
  decisionInputs,
  industryNorms,
  invoiceEstimate,
  merchantIdentity,
  payrollEstimate,
  POLICY_1_0_0_PARAMETERS,
  taxEstimate,
  utilityEstimate,
  weightedMedian,
  type CapacityEstimate,
  type EstimatorContext,
} from '@uplift/decision';
import {
  bankStatement,
  caseWith,
  invoice,
  licence,
  payroll,
  photo,
  salesContract,
  taxCertificate,
  utilityBill,
  vehicleLicence,
} from '@uplift/decision/testing';
import type { CaseState, EvidenceItem, IndustryId } from '@uplift/domain';

const M = 'Shunda Logistics Co';

function context(state: CaseState): EstimatorContext {
  const inputs = decisionInputs(state);
  const sorted = admissibility(inputs);
  const norms = inputs.industry ? industryNorms(inputs.industry) : null;
  const asOfDay = Date.UTC(2026, 10, 22) / 86_400_000;
  return { inputs, evidence: sorted.admissible, norms, asOfDay, identity: merchantIdentity(sorted.admissible) };
}
const given = (evidence: EvidenceItem[], industry: IndustryId = 'logistics') =>
  context(caseWith({ industry, currentLimit: 100_000, requestedLimit: 200_000, facts: { monthlyRevenue: 150_000 }, evidence }));

describe('capacity estimators', () => {
  test('invoices: given sales invoices over three months, when estimated, then their total is annualised over the window and purchases are skipped', () => {
    const ctx = given([
      licence('l', M),
      invoice('i1', M, 100_000, '2026-09-01'),
      invoice('i2', M, 100_000, '2026-10-01'),
      invoice('i3', M, 100_000, '2026-11-01'),
      invoice('p1', M, 90_000, '2026-10-05', 'buyer'),
    ]);
    const e = invoiceEstimate(ctx);
    assert.ok(e);
    assert.deepEqual(e.evidenceIds, ['i1', 'i2', 'i3']);
    assert.equal(e.reason.params.purchasesSkipped, 1);
    // 300k over 82 days + half a month (≈ 3.2 months) → ≈ 1.12M a year
    assert.ok(e.annualRevenue > 1_000_000 && e.annualRevenue < 1_250_000, String(e.annualRevenue));
  });

  test('invoices: given the same invoice number twice or an invoice older than a year, when estimated, then it counts once and the old one not at all', () => {
    const twice = invoice('i1', M, 100_000, '2026-10-01');
    const e = invoiceEstimate(
      given([licence('l', M), twice, { ...twice, evidenceId: 'i1-again' }, invoice('old', M, 900_000, '2025-01-01')]),
    );
    assert.ok(e);
    assert.equal(e.reason.params.duplicatesSkipped, 1);
    assert.equal(e.reason.params.staleSkipped, 1);
    assert.equal(e.reason.params.totalAmount, 100_000);
  });

  test('bank statement: given inflows over three months, when estimated, then the credits are annualised with a high weight', () => {
    const e = bankStatementEstimate(given([bankStatement('b', M, 450_000, '2026-08-22', '2026-11-21')]));
    assert.ok(e);
    assert.ok(Math.abs(e.annualRevenue - 1_800_000) < 30_000, String(e.annualRevenue));
    assert.ok(e.weight >= 0.8);
  });

  test('contracts: given one contract in force and one expired, when estimated, then only the one in force counts, per year of its term', () => {
    const e = contractEstimate(
      given([
        salesContract('c1', M, 2_400_000, '2026-01-01', '2026-01-01', '2027-12-31'),
        salesContract('c2', M, 900_000, '2024-01-01', '2024-01-01', '2024-12-31'),
      ]),
    );
    assert.ok(e);
    assert.deepEqual(e.evidenceIds, ['c1']);
    assert.ok(Math.abs(e.annualRevenue - 1_200_000) < 5_000, String(e.annualRevenue));
  });

  test('tax: given declared sales for a quarter, when estimated, then they are annualised', () => {
    const e = taxEstimate(given([taxCertificate('t', 450_000, '2026-07-01', '2026-09-30')]));
    assert.ok(e);
    assert.ok(Math.abs(e.annualRevenue - 1_800_000) < 40_000, String(e.annualRevenue));
  });

  test('assets: given three vehicle licences and a photo of two trucks, when estimated, then three distinct vehicles × revenue per truck', () => {
    const ctx = given([
      vehicleLicence('v1', '沪A10001'),
      vehicleLicence('v2', '沪A10002'),
      vehicleLicence('v3', '沪A10003'),
      photo('p', 'commercial_vehicle', [{ label: 'truck', assetClass: 'commercial_vehicle', count: 2 }]),
    ]);
    const e = assetEstimate(ctx);
    assert.ok(e);
    assert.equal(e.reason.params.driver, 'vehicles');
    assert.equal(e.reason.params.units, 3);
    assert.equal(e.annualRevenue, 3 * industryNorms('logistics').perVehicle!.monthlyPerUnit * 12);
  });

  test('assets: given a restaurant interior with 40 chairs, when estimated, then seats × revenue per seat', () => {
    const e = assetEstimate(
      given(
        [
          photo('p', 'shop_interior', [
            { label: 'chair', assetClass: 'shop_interior', count: 40 },
            { label: 'dining table', assetClass: 'shop_interior', count: 10 },
          ]),
        ],
        'catering',
      ),
    );
    assert.ok(e);
    assert.equal(e.reason.params.driver, 'seats');
    assert.equal(e.reason.params.units, 40);
  });

  test('utilities: given a month of electricity for a restaurant, when estimated, then usage × revenue per kWh', () => {
    const e = utilityEstimate(given([utilityBill('u', '4000 kWh', '2026-10-01', '2026-10-31')], 'catering'));
    assert.ok(e);
    assert.equal(e.reason.params.unit, 'kWh');
    assert.ok(e.weight <= 0.2);
  });

  test('payroll: given a payroll whose total is implausible for its head count, when estimated, then the estimate is heavily discounted', () => {
    const plausible = payrollEstimate(given([payroll('p', 10, 60_000)], 'manufacturing'));
    const implausible = payrollEstimate(given([payroll('p', 10, 5_000)], 'manufacturing'));
    assert.ok(plausible && implausible);
    assert.equal(plausible.annualRevenue, implausible.annualRevenue);
    assert.ok(implausible.weight < plausible.weight / 2);
    assert.ok('implausibleWagePerHead' in implausible.reason.params);
  });
});

describe('admissibility', () => {
  test('given uploads that failed authenticity, checks, type or legibility, when sorted, then each is excluded with its reason and suspect ones are discounted', () => {
    const inputs = decisionInputs(
      caseWith({
        industry: 'logistics',
        currentLimit: 1,
        requestedLimit: 2,
        evidence: [
          invoice('forged', M, 1, '2026-10-01', 'seller', {
            authenticity: { verdict: 'fail', findings: [{ check: 'screen_recapture', severity: 'critical' }] },
          }),
          invoice('bad-sum', M, 1, '2026-10-01', 'seller', { failedChecks: ['amount_plus_tax_equals_total'] }),
          invoice('not-invoice', M, 1, '2026-10-01', 'seller', { recognisedAs: 'delivery_note' }),
          invoice('blurry', M, 1, '2026-10-01', 'seller', { readable: false }),
          invoice('suspect', M, 1, '2026-10-01', 'seller', {
            authenticity: { verdict: 'suspect', findings: [{ check: 'double_compression' }] },
          }),
          invoice('ruled-out', M, 1, '2026-10-01'),
        ],
      }),
      { excludedEvidence: { 'ruled-out': 'REVIEWER_REJECTED' } },
    );
    const a = admissibility(inputs);
    const codeOf = (id: string) => a.excluded.find((e) => e.evidenceId === id)?.code;
    assert.equal(codeOf('forged'), 'AUTHENTICITY_FAILED');
    assert.equal(codeOf('bad-sum'), 'CHECKS_FAILED');
    assert.equal(codeOf('not-invoice'), 'TYPE_MISMATCH');
    assert.equal(codeOf('blurry'), 'UNREADABLE');
    assert.equal(codeOf('ruled-out'), 'EXCLUDED_BY_VERDICT');
    assert.deepEqual(
      a.admissible.map((e) => [e.item.evidenceId, e.discount]),
      [['suspect', 0.5]],
    );
    assert.deepEqual(
      a.critical.map((c) => c.evidenceId),
      ['forged'],
    );
  });

  test('given an authenticity field of an unexpected shape, when read, then it is ignored rather than trusted or crashing', () => {
    const item = { ...invoice('x', M, 1, '2026-10-01'), authenticity: { verdict: 'maybe', findings: 'n/a' } } as unknown as EvidenceItem;
    const inputs = decisionInputs(caseWith({ industry: null, currentLimit: 1, requestedLimit: 2, evidence: [item] }));
    assert.equal(inputs.evidence[0]?.authenticity, null);
  });
});

describe('cross-validation', () => {
  const est = (estimator: CapacityEstimate['estimator'], annualRevenue: number, weight: number): CapacityEstimate => ({
    estimator,
    kind: estimator === 'assets' ? 'capacity' : 'flow',
    annualRevenue,
    weight,
    evidenceIds: [estimator],
    reason: { code: 'X', params: {} },
  });
  const p = POLICY_1_0_0_PARAMETERS.crossValidation;

  test('weighted median picks the value holding half the weight', () => {
    assert.equal(
      weightedMedian([
        { value: 1, weight: 0.2 },
        { value: 10, weight: 0.9 },
        { value: 100, weight: 0.2 },
      ]),
      10,
    );
    assert.equal(weightedMedian([]), null);
  });

  test('given agreeing estimates, when cross-validated, then nothing is discounted and confidence compounds', () => {
    const cv = crossValidate([est('bank_statements', 1_800_000, 0.85), est('invoices', 2_000_000, 0.5), est('assets', 1_600_000, 0.35)], p);
    assert.equal(
      cv.estimates.every((e) => e.consistent),
      true,
    );
    assert.equal(cv.verifiedAnnual, 1_800_000);
    assert.ok(cv.confidence > 0.9);
    assert.deepEqual(cv.conflicts, []);
  });

  test('given an invoice total far above bank inflows and assets, when cross-validated, then the invoices are discounted with a reason', () => {
    const cv = crossValidate([est('bank_statements', 1_800_000, 0.85), est('invoices', 9_000_000, 0.3), est('assets', 1_700_000, 0.35)], p);
    assert.equal(cv.estimates.find((e) => e.estimator === 'invoices')?.consistent, false);
    assert.ok(cv.reasons.some((r) => r.code === 'ESTIMATE_INCONSISTENT_DISCOUNTED' && r.params.estimator === 'invoices'));
    assert.equal(cv.verifiedAnnual, 1_800_000);
  });

  test('given two strong revenue flows that disagree by more than 3×, when cross-validated, then a conflict is reported', () => {
    const cv = crossValidate([est('bank_statements', 600_000, 0.85), est('tax', 3_000_000, 0.8)], p);
    assert.deepEqual(
      cv.conflicts.map((c) => `${c.a}/${c.b}`),
      ['bank_statements/tax'],
    );
  });
});
