import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canonicalJson, DECISION_KNOWLEDGE_VERSION, decisionInputs, policy, recordOf, sha256Hex } from '@uplift/decision';
import {
  bankStatement,
  caseWith,
  invoice,
  licence,
  taxCertificate,
  vehicleLicence,
  type StatementLayout,
  type StatementOptions,
} from '@uplift/decision/testing';
import { prng } from '@uplift/evidence-synth';
import { INDUSTRIES, type CaseState } from '@uplift/domain';

// A published policy version decides forever as it did when it was published: replay of old cases and
// the audit replayer re-run records on the version they name. This pins, by hash, what every published
// version decides over a varied set of cases (every statement layout, with and without a read total,
// oldest or newest row first), under the knowledge version the pin was taken with. A change to shared
// code (estimators, parsing, cross-validation) that moves a published decision fails here: put the
// change in a new version instead.

const PINNED_KNOWLEDGE = 'dialogue-kb-1.0.0+domain-2026.11.0+decision-utility-1';
const PINNED: Readonly<Record<string, string>> = {
  '0.2.0': 'f34db1793f70a25d14c6ae638a5a84e79df4df6c5315a26ef825d358a603ec55',
  '1.0.0': '7ec0754b68d2b53b5011269296927d72c1f170f6a35cb6c55bbed6c44ceb0e74',
  '1.1.0-rc.1': 'ff19a128a8cef3dfd66ca40a168873471fa5c78ea00eeab28d978500e443637f',
};

const LAYOUTS: readonly StatementLayout[] = ['credit-debit', 'debit-credit', 'split-blank', 'signed'];

/** 80 cases from a seeded generator: the same cases every run. */
function pinnedCases(): CaseState[] {
  const rnd = prng(20261129);
  const u = (lo: number, hi: number) => lo + (hi - lo) * rnd();
  const cases: CaseState[] = [];
  for (let n = 0; n < 80; n++) {
    const industry = INDUSTRIES[n % INDUSTRIES.length]?.id ?? 'retail';
    const name = `Pinned Merchant ${n} Co`;
    const monthly = Math.round(u(40_000, 900_000));
    const current = Math.round(u(20_000, 200_000) / 1_000) * 1_000;
    const o: StatementOptions = {};
    const layout = LAYOUTS[Math.floor(n / 2) % LAYOUTS.length];
    if (n % 5 !== 0 && layout) o.layout = layout;
    if (n % 3 === 0) o.newestFirst = true;
    if (n % 4 === 1) o.fields = { total_credit: (monthly * 3).toFixed(2) };
    const evidence = [
      licence(`${n}-l`, name),
      bankStatement(`${n}-b`, name, Math.round(monthly * 3 * u(0.8, 1.2)), '2026-08-22', '2026-11-21', o),
    ];
    if (rnd() < 0.6)
      for (let m = 0; m < 3; m++) evidence.push(invoice(`${n}-i${m}`, name, Math.round(monthly * u(0.7, 1.1)), `2026-0${8 + m}-05`));
    if (rnd() < 0.3) evidence.push(taxCertificate(`${n}-t`, Math.round(monthly * 3 * u(0.8, 1.0)), '2026-07-01', '2026-09-30'));
    if (industry === 'logistics') evidence.push(vehicleLicence(`${n}-v`, `沪A${10_000 + n}`));
    cases.push(
      caseWith({
        caseId: `pinned-${n}`,
        industry,
        currentLimit: current,
        requestedLimit: current * 2,
        facts: { monthlyRevenue: Math.round(monthly * u(0.8, 2.5)) },
        evidence,
      }),
    );
  }
  return cases;
}

describe('published limit policies', () => {
  const cases = pinnedCases();
  for (const [version, pinned] of Object.entries(PINNED)) {
    test(`given the pinned cases, when policy ${version} decides them, then every decision is the one it made when published`, () => {
      // A new knowledge base moves published decisions by design (every record names its knowledge
      // version and verifyRecord flags the change): take the pins again under the new version.
      assert.equal(DECISION_KNOWLEDGE_VERSION, PINNED_KNOWLEDGE, 'the knowledge base changed: re-pin these hashes under it');
      const decisions = cases.map((c) => recordOf(policy(version), decisionInputs(c)).decision);
      assert.equal(sha256Hex(canonicalJson(decisions)), pinned);
    });
  }
});
