import type { Decision, DecisionOutcome, DecisionReason } from '@uplift/domain';
import type { DecisionInputs, EvidenceInput } from '../inputs';
import type { LimitPolicy } from '../policy-types';

// Policy 0.2.0, frozen: the trust-weighted declared-revenue policy that made the decisions recorded
// before 1.0.0. Its knowledge-base figures are copied here so that those records re-run exactly even
// after the live knowledge base changes. Do not edit; write a new version instead.

const VERSION = '0.2.0';
const KB_VERSION = '2026.11.0';
const PARAMETERS = {
  unknownIndustryCreditRatio: 0.08,
  trustPerVoucher: 0.2,
  trustPerPhoto: 0.05,
  maxTrust: 0.9,
  roundingStep: 1_000,
} as const;
/** creditToRevenue and monthly revenue max per industry, as INDUSTRY_KB_VERSION 2026.11.0 had them. */
const INDUSTRY_TABLE: Readonly<Record<string, { ratio: number; maxMonthly: number }>> = {
  catering: { ratio: 0.12, maxMonthly: 1_500_000 },
  retail: { ratio: 0.1, maxMonthly: 2_000_000 },
  logistics: { ratio: 0.15, maxMonthly: 3_000_000 },
  construction: { ratio: 0.15, maxMonthly: 5_000_000 },
  manufacturing: { ratio: 0.15, maxMonthly: 10_000_000 },
  wholesale: { ratio: 0.1, maxMonthly: 10_000_000 },
  agriculture: { ratio: 0.12, maxMonthly: 2_000_000 },
  personal_services: { ratio: 0.1, maxMonthly: 800_000 },
};

function exclusion(item: EvidenceInput): 'UNREADABLE' | 'TYPE_MISMATCH' | 'CHECKS_FAILED' | null {
  if (item.readable !== true) return 'UNREADABLE';
  const recognition = item.recognition;
  if (!recognition) return null;
  if (item.declared.kind === 'voucher') {
    if (recognition.documentType !== item.declared.type) return 'TYPE_MISMATCH';
  } else if (recognition.photoClass && !recognition.photoClass.matchesDeclared) {
    return 'TYPE_MISMATCH';
  }
  return recognition.validations.some((v) => !v.passed) ? 'CHECKS_FAILED' : null;
}

function evaluate(inputs: DecisionInputs): Decision {
  const p = PARAMETERS;
  const reasons: DecisionReason[] = [];
  const assessed = inputs.evidence.filter((e) => e.readable !== null);
  const good = assessed.filter((e) => exclusion(e) === null);
  const vouchers = good.filter((e) => e.declared.kind === 'voucher').length;
  const photos = good.length - vouchers;
  const excluded = (why: ReturnType<typeof exclusion>) => assessed.filter((e) => exclusion(e) === why).length;
  const unreadable = excluded('UNREADABLE');
  if (unreadable > 0) reasons.push({ code: 'UNREADABLE_EVIDENCE_IGNORED', params: { count: unreadable } });
  const mismatched = excluded('TYPE_MISMATCH');
  if (mismatched > 0) reasons.push({ code: 'EVIDENCE_NOT_AS_DECLARED_IGNORED', params: { count: mismatched } });
  const failedChecks = excluded('CHECKS_FAILED');
  if (failedChecks > 0) reasons.push({ code: 'EVIDENCE_FAILED_CHECKS_IGNORED', params: { count: failedChecks } });

  const known = inputs.industry ? INDUSTRY_TABLE[inputs.industry] : undefined;
  const ratio = known ? known.ratio : p.unknownIndustryCreditRatio;
  let monthly = inputs.facts.monthlyRevenue ?? 0;
  if (monthly === 0) reasons.push({ code: 'NO_DECLARED_REVENUE', params: {} });
  if (known && monthly > known.maxMonthly) {
    reasons.push({ code: 'DECLARED_REVENUE_ABOVE_INDUSTRY_RANGE', params: { declared: monthly, cappedAt: known.maxMonthly } });
    monthly = known.maxMonthly;
  }
  const trust = Math.min(p.maxTrust, vouchers * p.trustPerVoucher + photos * p.trustPerPhoto);
  if (vouchers === 0) reasons.push({ code: 'NO_USABLE_VOUCHERS', params: {} });
  reasons.push({ code: 'EVIDENCE_SUPPORT', params: { vouchers, photos, trustPercent: Math.round(trust * 100) } });

  const annual = monthly * 12;
  const supported = Math.floor((annual * ratio * trust) / p.roundingStep) * p.roundingStep;
  reasons.push({
    code: 'CAPACITY_ESTIMATE',
    params: { annualRevenue: annual, creditRatio: ratio, supportedLimit: supported, knowledgeBase: KB_VERSION },
  });

  const granted = Math.max(inputs.currentLimit, Math.min(inputs.requestedLimit, supported));
  if (supported > inputs.requestedLimit) reasons.push({ code: 'CAPPED_AT_REQUEST', params: { requestedLimit: inputs.requestedLimit } });
  const uplift = granted - inputs.currentLimit;
  const outcome: DecisionOutcome = uplift <= 0 ? 'declined' : granted >= inputs.requestedLimit ? 'approved' : 'partial';
  if (outcome === 'declined')
    reasons.push({ code: 'SUPPORTED_LIMIT_NOT_ABOVE_CURRENT', params: { supportedLimit: supported, currentLimit: inputs.currentLimit } });
  return {
    outcome,
    currentLimit: inputs.currentLimit,
    requestedLimit: inputs.requestedLimit,
    grantedLimit: granted,
    uplift,
    reasons,
    policyVersion: VERSION,
  };
}

/** The 0.2.0 policy (frozen). */
export const POLICY_0_2_0: LimitPolicy = {
  version: VERSION,
  status: 'retired',
  summary: 'Declared monthly revenue × industry credit ratio × a trust factor that grows with readable uploads.',
  knowledgeVersion: KB_VERSION,
  evaluate,
};
