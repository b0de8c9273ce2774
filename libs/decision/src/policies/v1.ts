import {
  formatEvidenceKind,
  isIndustryId,
  type IndustryId,
  type Decision,
  type DecisionOutcome,
  type DecisionReason,
  type EvidenceKind,
  industryKnowledge,
} from '@uplift/domain';

import { admissibility } from '../admissibility';
import { crossValidate, type CrossValidationParameters } from '../cross-validate';
import {
  ESTIMATOR_WEIGHTS,
  merchantIdentity,
  runEstimators,
  type CapacityEstimate,
  type EstimatorContext,
  type EstimatorId,
  type StatementReading,
} from '../estimators';
import type { DecisionInputs } from '../inputs';
import { DECISION_KNOWLEDGE_VERSION, industryNorms } from '../norms';
import { dayNumber } from '../parse';
import type { LimitPolicy, PolicyStatus } from '../policy-types';
import { statementLinesNotCounted } from '../statement-estimator';

// The cross-validated limit policy (1.x): independent capacity estimates, cross-validation, then
// limit = verified capacity × industry credit ratio × trust, within caps; conflicts go to a human.

/** Tunables of a 1.x policy; every version fixes its own copy. */
export interface PolicyV1Parameters {
  crossValidation: CrossValidationParameters;
  unknownIndustryCreditRatio: number;
  /** The limit rests on at most declared revenue × this: evidence above the merchant's own figure adds nothing. */
  declaredHeadroom: number;
  /** Declared above verified by this factor: an exaggeration, stated; the limit rests on the evidence. */
  exaggerationFactor: number;
  /** Declared above verified by this factor: a conflict for a human. */
  referDeclaredFactor: number;
  /** Below this confidence a raise is not granted automatically: referred. */
  minConfidence: number;
  /** Amount multiplier = trustFloor + (1 − trustFloor) × confidence. */
  trustFloor: number;
  /** One uplift reaches at most max(current × maxUpliftMultiple, current + minUpliftCap). */
  maxUpliftMultiple: number;
  minUpliftCap: number;
  /** Largest limit the product grants automatically (CNY). */
  absoluteCap: number;
  roundingStep: number;
  /** How statement rows are read; absent (1.0.0, 1.1.0-rc.1): by figure position. */
  statementReading?: StatementReading;
}

/** Parameters of policy 1.0.0 (assumptions until calibrated on reviewed outcomes). */
export const POLICY_1_0_0_PARAMETERS: PolicyV1Parameters = {
  crossValidation: { consistencyBand: 2.5, inconsistentWeight: 0.25, conflictBand: 3, conflictMinWeight: 0.4 },
  unknownIndustryCreditRatio: 0.08,
  declaredHeadroom: 1.25,
  exaggerationFactor: 1.5,
  referDeclaredFactor: 5,
  minConfidence: 0.25,
  trustFloor: 0.5,
  maxUpliftMultiple: 3,
  minUpliftCap: 100_000,
  absoluteCap: 3_000_000,
  roundingStep: 1_000,
};

/** Revenue evidence worth asking for next, most informative first (dialogue KB revenue log-sd). */
const REVENUE_EVIDENCE: readonly EvidenceKind[] = [
  { kind: 'voucher', type: 'bank_statement' },
  { kind: 'voucher', type: 'tax_payment_certificate' },
  { kind: 'voucher', type: 'vat_special_invoice' },
  { kind: 'voucher', type: 'sales_contract' },
];

function nextEvidence(inputs: DecisionInputs, have: ReadonlySet<string>): string {
  const trade = inputs.industry && isIndustryId(inputs.industry) ? industryKnowledge(inputs.industry).evidence : [];
  const typeOf = (k: EvidenceKind) => (k.kind === 'voucher' ? k.type : k.class);
  const next = [...REVENUE_EVIDENCE, ...trade].find((k) => !have.has(typeOf(k)));
  return next ? formatEvidenceKind(next) : 'none';
}

const floorTo = (n: number, step: number) => Math.max(0, Math.floor(n / step) * step);

/** Builds a 1.x policy from its parameters. */
export function createPolicyV1(version: string, status: PolicyStatus, summary: string, p: PolicyV1Parameters): LimitPolicy {
  function evaluate(inputs: DecisionInputs): Decision {
    const reasons: DecisionReason[] = [];
    const sorted = admissibility(inputs);
    reasons.push(...sorted.reasons);
    const norms = inputs.industry && isIndustryId(inputs.industry) ? industryNorms(inputs.industry) : null;
    const ctx: EstimatorContext = {
      inputs,
      evidence: sorted.admissible,
      norms,
      asOfDay: dayNumber(inputs.asOf),
      identity: merchantIdentity(sorted.admissible),
      ...(p.statementReading ? { statementReading: p.statementReading } : {}),
    };
    const { declared, evidence } = runEstimators(ctx);
    const all: CapacityEstimate[] = declared ? [declared, ...evidence] : evidence;
    reasons.push(...all.map((e) => e.reason));
    if (ctx.statementReading === 'running-balance') reasons.push(...statementLinesNotCounted(ctx));
    if (!declared) reasons.push({ code: 'NO_DECLARED_REVENUE', params: {} });
    const cv = crossValidate(evidence, p.crossValidation);
    reasons.push(...cv.reasons);

    const triggers: string[] = [];
    if (sorted.critical.length > 0) {
      triggers.push('AUTHENTICITY_CRITICAL');
      reasons.push({
        code: 'AUTHENTICITY_CRITICAL_FINDING',
        params: {
          evidenceIds: sorted.critical.map((c) => c.evidenceId).join(','),
          findings: sorted.critical.map((c) => c.findings).join(';'),
        },
      });
    }
    for (const c of cv.conflicts) {
      reasons.push({ code: 'EVIDENCE_CONFLICT', params: { between: `${c.a}/${c.b}`, ratio: c.ratio } });
    }
    if (cv.conflicts.length > 0) triggers.push('EVIDENCE_CONFLICT');

    const ratio = norms ? norms.creditToRevenue : p.unknownIndustryCreditRatio;
    let supported = 0;
    let basis = 0;
    let strongest: string = 'none';
    if (cv.verifiedAnnual !== null) {
      basis = cv.verifiedAnnual;
      strongest =
        [...cv.estimates].filter((e) => e.consistent).sort((a, b) => b.validatedWeight - a.validatedWeight)[0]?.estimator ?? 'none';
      if (norms && basis > norms.monthlyRevenue.max * 12) {
        reasons.push({
          code: 'VERIFIED_ABOVE_INDUSTRY_RANGE',
          params: { verified: Math.round(basis), cappedAt: norms.monthlyRevenue.max * 12 },
        });
        basis = norms.monthlyRevenue.max * 12;
      }
      if (declared) {
        const factor = declared.annualRevenue / cv.verifiedAnnual;
        if (factor > p.referDeclaredFactor) {
          triggers.push('DECLARED_FAR_ABOVE_VERIFIED');
          reasons.push({
            code: 'DECLARED_FAR_ABOVE_VERIFIED',
            params: {
              declaredAnnual: declared.annualRevenue,
              verifiedAnnual: Math.round(cv.verifiedAnnual),
              factor: Math.round(factor * 100) / 100,
            },
          });
        } else if (factor > p.exaggerationFactor) {
          reasons.push({
            code: 'DECLARED_ABOVE_VERIFIED',
            params: {
              declaredAnnual: declared.annualRevenue,
              verifiedAnnual: Math.round(cv.verifiedAnnual),
              factor: Math.round(factor * 100) / 100,
            },
          });
        }
        const ceiling = declared.annualRevenue * p.declaredHeadroom;
        if (basis > ceiling) {
          reasons.push({
            code: 'CAPPED_NEAR_DECLARED',
            params: { verifiedAnnual: Math.round(basis), declaredAnnual: declared.annualRevenue, headroom: p.declaredHeadroom },
          });
          basis = ceiling;
        }
      }
      const trust = p.trustFloor + (1 - p.trustFloor) * cv.confidence;
      supported = floorTo(basis * ratio * trust, p.roundingStep);
      reasons.push({
        code: 'CAPACITY_ESTIMATE',
        params: {
          annualRevenue: Math.round(basis),
          creditRatio: ratio,
          trust: Math.round(trust * 100) / 100,
          supportedLimit: supported,
          industry: inputs.industry ?? 'unknown',
          knowledgeBase: DECISION_KNOWLEDGE_VERSION,
        },
      });
      if (cv.confidence < p.minConfidence && supported > inputs.currentLimit) {
        triggers.push('LOW_CONFIDENCE');
        reasons.push({ code: 'LOW_CONFIDENCE', params: { confidence: cv.confidence, minimum: p.minConfidence } });
      }
    } else {
      reasons.push({ code: 'NO_VERIFIED_CAPACITY', params: { admissibleEvidence: sorted.admissible.length } });
    }

    const policyCap = Math.min(p.absoluteCap, Math.max(inputs.currentLimit * p.maxUpliftMultiple, inputs.currentLimit + p.minUpliftCap));
    if (supported > policyCap && policyCap < inputs.requestedLimit) reasons.push({ code: 'CAPPED_BY_POLICY', params: { cap: policyCap } });
    const grantable = Math.min(supported, policyCap);
    if (grantable > inputs.requestedLimit) reasons.push({ code: 'CAPPED_AT_REQUEST', params: { requestedLimit: inputs.requestedLimit } });
    const granted = Math.max(inputs.currentLimit, Math.min(inputs.requestedLimit, grantable));
    const uplift = granted - inputs.currentLimit;
    let outcome: DecisionOutcome = uplift <= 0 ? 'declined' : granted >= inputs.requestedLimit ? 'approved' : 'partial';
    if (outcome === 'declined' && cv.verifiedAnnual !== null) {
      reasons.push({ code: 'SUPPORTED_LIMIT_NOT_ABOVE_CURRENT', params: { supportedLimit: supported, currentLimit: inputs.currentLimit } });
    }
    const have = new Set(sorted.admissible.map((a) => a.type));
    if (triggers.length > 0) {
      outcome = 'referred';
      reasons.push({ code: 'REFERRED_TO_REVIEWER', params: { triggers: triggers.join('+'), provisionalLimit: granted } });
      reasons.push({
        code: 'NEXT_STEP',
        params: { action: 'wait_for_review', supportedBy: strongest, supportedUplift: uplift, suggest: 'none' },
      });
    } else if (outcome === 'approved') {
      reasons.push({ code: 'NEXT_STEP', params: { action: 'none', supportedBy: strongest, supportedUplift: uplift, suggest: 'none' } });
    } else {
      reasons.push({
        code: 'NEXT_STEP',
        params: { action: 'upload', supportedBy: strongest, supportedUplift: uplift, suggest: nextEvidence(inputs, have) },
      });
    }
    return {
      outcome,
      currentLimit: inputs.currentLimit,
      requestedLimit: inputs.requestedLimit,
      grantedLimit: granted,
      uplift,
      reasons,
      policyVersion: version,
    };
  }
  function project({
    industry,
    annualRevenue,
    estimator,
  }: {
    industry: IndustryId | null;
    annualRevenue: number;
    estimator: EstimatorId;
  }): number {
    const ratio = industry ? industryNorms(industry).creditToRevenue : p.unknownIndustryCreditRatio;
    // One consistent source of this estimator's weight: the confidence the cross-validation would give it.
    const cv = crossValidate(
      [
        {
          estimator,
          kind: 'flow',
          annualRevenue,
          weight: ESTIMATOR_WEIGHTS[estimator],
          evidenceIds: [],
          reason: { code: 'PROJECTION', params: {} },
        },
      ],
      p.crossValidation,
    );
    return floorTo(annualRevenue * ratio * (p.trustFloor + (1 - p.trustFloor) * cv.confidence), p.roundingStep);
  }

  return { version, status, summary, knowledgeVersion: DECISION_KNOWLEDGE_VERSION, evaluate, project };
}

/** Policy 1.0.0: the champion. */
export const POLICY_1_0_0 = createPolicyV1(
  '1.0.0',
  'champion',
  'Cross-validated capacity (weighted median of invoice, contract, bank, tax, asset, utility and payroll estimates) × industry credit ratio × trust; conflicts, critical authenticity findings and low confidence are referred.',
  POLICY_1_0_0_PARAMETERS,
);

/** Policy 1.1.0-rc.1: a challenger that trusts consistent evidence more and tolerates less exaggeration. */
export const POLICY_1_1_0_RC_1 = createPolicyV1(
  '1.1.0-rc.1',
  'candidate',
  'As 1.0.0 with trust floor 0.6, a tighter consistency band (2.0) and referral above 4× declared/verified.',
  {
    ...POLICY_1_0_0_PARAMETERS,
    crossValidation: { ...POLICY_1_0_0_PARAMETERS.crossValidation, consistencyBand: 2 },
    trustFloor: 0.6,
    referDeclaredFactor: 4,
  },
);

/**
 * Policy 1.2.0-rc.1: a challenger that is 1.0.0 except for how bank-statement rows are read: each row's
 * direction from the running balance, rows whose direction stays unknown not counted (ADR 0029).
 */
export const POLICY_1_2_0_RC_1 = createPolicyV1(
  '1.2.0-rc.1',
  'candidate',
  'As 1.0.0, with statement rows read against the running balance: a credit raised the balance by its amount; a row neither the balance nor the proven layout can place is not counted (STATEMENT_LINES_NOT_COUNTED).',
  { ...POLICY_1_0_0_PARAMETERS, statementReading: 'running-balance' },
);
