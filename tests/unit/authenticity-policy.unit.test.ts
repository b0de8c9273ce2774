import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  ADVISORY_CHECKS,
  gateFinding,
  METHOD_VERSIONS,
  RECAPTURE_MODEL,
  REUSE_POLICY,
  reuseImageFinding,
  thresholdFor,
  type AuthenticityFinding,
} from '@uplift/authenticity';

const finding = (check: AuthenticityFinding['check'], severity: AuthenticityFinding['severity']): AuthenticityFinding => ({
  check,
  severity,
  score: 0.97,
  methodVersion: METHOD_VERSIONS[check],
  region: null,
  detail: 'x',
});

void describe('authenticity policy', () => {
  void test('given an advisory check, when gated, then its finding is kept for reviewers at info and never decides', () => {
    for (const check of ADVISORY_CHECKS) {
      const gated = gateFinding(finding(check, 'critical'));
      assert.equal(gated.severity, 'info');
      assert.match(gated.detail, /advisory/);
    }
    assert.equal(gateFinding(finding('reuse_image', 'critical')).severity, 'critical');
    assert.equal(gateFinding(finding('metadata', 'warning')).severity, 'warning');
    for (const check of ['screen_recapture', 'double_compression', 'copy_move'] as const)
      assert.ok(ADVISORY_CHECKS.has(check), `${check} stays advisory until its goal holds on the independent split`);
  });

  void test('given stored twins, when judged, then both hashes must be near and only near-exact twins are critical', () => {
    const twin = (phashDistance: number, dhashDistance: number): ReturnType<typeof reuseImageFinding> =>
      reuseImageFinding({ caseId: 'c', evidenceId: 'e', phashDistance, dhashDistance, createdAt: new Date(0) });
    assert.equal(twin(0, 0)?.severity, 'critical');
    assert.equal(twin(REUSE_POLICY.critical.phash, REUSE_POLICY.critical.dhash)?.severity, 'critical');
    assert.equal(twin(REUSE_POLICY.warning.phash, REUSE_POLICY.warning.dhash)?.severity, 'warning');
    assert.equal(
      twin(2, REUSE_POLICY.warning.dhash + 1),
      null,
      'a pHash twin with a far dHash (same template, other content) is not reuse',
    );
    assert.equal(twin(REUSE_POLICY.warning.phash + 1, 0), null);
  });

  void test('recapture thresholds: critical never below warning, per-type overrides never below the default', () => {
    const t = RECAPTURE_MODEL.thresholds;
    assert.ok(t.warning.default > 0 && t.warning.default < 1);
    assert.ok(t.critical.default >= t.warning.default);
    for (const type of Object.keys(t.warning.byType)) assert.ok(thresholdFor(t, 'warning', type) >= t.warning.default);
    assert.equal(thresholdFor(t, 'warning', 'no_such_type'), t.warning.default);
    assert.ok(thresholdFor(t, 'critical', null) >= thresholdFor(t, 'warning', null));
  });
});
