import {
  industry as industryEntry,
  INDUSTRY_KB_VERSION,
  type CaseState,
  type Decision,
  type DecisionOutcome,
  type DecisionReason,
  type EvidenceItem,
} from '@uplift/domain';

/** Semantic version of the limit policy; every decision records it. */
export const LIMIT_POLICY_VERSION = '0.2.0';

/** Tunable parameters of the policy (sources: "assumption" until calibrated on outcomes). */
export const LIMIT_POLICY_PARAMETERS = {
  /** Share of annual revenue used when the industry is unknown. */
  unknownIndustryCreditRatio: 0.08,
  /** How much of the declared capacity one readable voucher, recognised as declared, lets us rely on. */
  trustPerVoucher: 0.2,
  /** How much one readable asset photo adds. */
  trustPerPhoto: 0.05,
  /** Declared figures are never fully trusted without field-level verification. */
  maxTrust: 0.9,
  /** Limits move in steps of this many CNY. */
  roundingStep: 1_000,
} as const;

/** Why an upload does not count towards the limit, or null when it does. */
function exclusion(item: EvidenceItem): 'UNREADABLE' | 'TYPE_MISMATCH' | 'CHECKS_FAILED' | null {
  if (item.assessment?.verdict !== 'readable') return 'UNREADABLE';
  const recognition = item.recognition;
  // Cases recorded before recognition existed carry none: legibility is all they were checked for.
  if (!recognition) return null;
  if (item.declared.kind === 'voucher') {
    if (recognition.documentType !== item.declared.type) return 'TYPE_MISMATCH';
  } else if (recognition.photoClass && !recognition.photoClass.matchesDeclared) {
    return 'TYPE_MISMATCH';
  }
  return recognition.validations.some((v) => !v.passed) ? 'CHECKS_FAILED' : null;
}

/** Decides the new limit from what the case knows. Pure and deterministic: same state, same decision. */
export function evaluateLimit(state: CaseState): Decision {
  const p = LIMIT_POLICY_PARAMETERS;
  const reasons: DecisionReason[] = [];
  const items = state.evidenceOrder.map((id) => state.evidence[id]).filter((e): e is EvidenceItem => e !== undefined);
  const assessed = items.filter((e) => e.assessment !== null);
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

  const known = state.industry ? industryEntry(state.industry) : null;
  const ratio = known ? known.creditToRevenue.value : p.unknownIndustryCreditRatio;
  let monthly = state.facts.monthlyRevenue ?? 0;
  if (monthly === 0) reasons.push({ code: 'NO_DECLARED_REVENUE', params: {} });
  if (known && monthly > known.monthlyRevenue.max.value) {
    reasons.push({ code: 'DECLARED_REVENUE_ABOVE_INDUSTRY_RANGE', params: { declared: monthly, cappedAt: known.monthlyRevenue.max.value } });
    monthly = known.monthlyRevenue.max.value;
  }
  const trust = Math.min(p.maxTrust, vouchers * p.trustPerVoucher + photos * p.trustPerPhoto);
  if (vouchers === 0) reasons.push({ code: 'NO_USABLE_VOUCHERS', params: {} });
  reasons.push({ code: 'EVIDENCE_SUPPORT', params: { vouchers, photos, trustPercent: Math.round(trust * 100) } });

  const annual = monthly * 12;
  const supported = Math.floor((annual * ratio * trust) / p.roundingStep) * p.roundingStep;
  reasons.push({
    code: 'CAPACITY_ESTIMATE',
    params: { annualRevenue: annual, creditRatio: ratio, supportedLimit: supported, knowledgeBase: INDUSTRY_KB_VERSION },
  });

  const granted = Math.max(state.currentLimit, Math.min(state.requestedLimit, supported));
  if (supported > state.requestedLimit) reasons.push({ code: 'CAPPED_AT_REQUEST', params: { requestedLimit: state.requestedLimit } });
  const uplift = granted - state.currentLimit;
  const outcome: DecisionOutcome = uplift <= 0 ? 'declined' : granted >= state.requestedLimit ? 'approved' : 'partial';
  if (outcome === 'declined') reasons.push({ code: 'SUPPORTED_LIMIT_NOT_ABOVE_CURRENT', params: { supportedLimit: supported, currentLimit: state.currentLimit } });
  return {
    outcome,
    currentLimit: state.currentLimit,
    requestedLimit: state.requestedLimit,
    grantedLimit: granted,
    uplift,
    reasons,
    policyVersion: LIMIT_POLICY_VERSION,
  };
}
