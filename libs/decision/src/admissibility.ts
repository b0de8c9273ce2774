import type { DecisionReason } from '@uplift/domain';
import type { DecisionInputs, EvidenceInput, RecognitionInput } from './inputs';

// Which uploads an estimator may read. Unreadable uploads, uploads recognised as something other than
// declared, uploads whose field checks failed (all as in 0.2.0), uploads that failed authenticity and
// uploads excluded from outside are left out with a reason; suspect ones count at a discount.

/** Why an upload does not count. */
export type ExclusionCode =
  'NOT_YET_ASSESSED' | 'UNREADABLE' | 'TYPE_MISMATCH' | 'CHECKS_FAILED' | 'AUTHENTICITY_FAILED' | 'EXCLUDED_BY_VERDICT';

/** An upload an estimator may use, with the weight discount its authenticity verdict implies. */
export interface AdmissibleEvidence {
  item: EvidenceInput;
  recognition: RecognitionInput | null;
  /** What it is: the recognised voucher type, or the declared photo class. */
  type: string;
  /** 1 for clean evidence; lower when authenticity found it suspect. */
  discount: number;
}

/** Result of sorting a case's uploads. */
export interface Admissibility {
  admissible: AdmissibleEvidence[];
  excluded: { evidenceId: string; code: ExclusionCode; detail: string }[];
  /** Failed authenticity with a critical finding, or a 'fail' verdict: the case goes to a human. */
  critical: { evidenceId: string; findings: string }[];
  reasons: DecisionReason[];
}

/** Weight kept by evidence authenticity marks suspect. */
export const SUSPECT_DISCOUNT = 0.5;

function exclusion(item: EvidenceInput, external: Readonly<Record<string, string>>): { code: ExclusionCode; detail: string } | null {
  const outside = external[item.evidenceId];
  if (outside !== undefined) return { code: 'EXCLUDED_BY_VERDICT', detail: outside };
  if (item.readable === null) return { code: 'NOT_YET_ASSESSED', detail: '' };
  if (!item.readable) return { code: 'UNREADABLE', detail: '' };
  if (item.authenticity?.verdict === 'fail') {
    return { code: 'AUTHENTICITY_FAILED', detail: item.authenticity.findings.map((f) => f.code).join('+') || 'fail' };
  }
  const r = item.recognition;
  if (!r) return null;
  if (item.declared.kind === 'voucher') {
    if (r.documentType !== item.declared.type) return { code: 'TYPE_MISMATCH', detail: String(r.documentType) };
  } else if (r.photoClass && !r.photoClass.matchesDeclared) {
    return { code: 'TYPE_MISMATCH', detail: r.photoClass.class };
  }
  const failed = r.validations.filter((v) => !v.passed).map((v) => v.rule);
  return failed.length > 0 ? { code: 'CHECKS_FAILED', detail: failed.join('+') } : null;
}

const REASON_FOR: Record<ExclusionCode, string> = {
  NOT_YET_ASSESSED: 'EVIDENCE_NOT_YET_ASSESSED_IGNORED',
  UNREADABLE: 'UNREADABLE_EVIDENCE_IGNORED',
  TYPE_MISMATCH: 'EVIDENCE_NOT_AS_DECLARED_IGNORED',
  CHECKS_FAILED: 'EVIDENCE_FAILED_CHECKS_IGNORED',
  AUTHENTICITY_FAILED: 'EVIDENCE_FAILED_AUTHENTICITY_IGNORED',
  EXCLUDED_BY_VERDICT: 'EVIDENCE_EXCLUDED_BY_VERDICT',
};

/** Sorts the uploads into admissible and excluded, with one reason per exclusion kind. Pure. */
export function admissibility(inputs: DecisionInputs): Admissibility {
  const admissible: AdmissibleEvidence[] = [];
  const excluded: Admissibility['excluded'] = [];
  const critical: Admissibility['critical'] = [];
  for (const item of inputs.evidence) {
    const auth = item.authenticity;
    if (auth && (auth.verdict === 'fail' || auth.findings.some((f) => f.critical))) {
      critical.push({ evidenceId: item.evidenceId, findings: auth.findings.map((f) => f.code).join('+') || auth.verdict });
    }
    const why = exclusion(item, inputs.excludedEvidence);
    if (why) {
      excluded.push({ evidenceId: item.evidenceId, ...why });
      continue;
    }
    const type = item.declared.kind === 'voucher' ? item.declared.type : item.declared.class;
    admissible.push({ item, recognition: item.recognition, type, discount: auth?.verdict === 'suspect' ? SUSPECT_DISCOUNT : 1 });
  }
  const reasons: DecisionReason[] = [];
  for (const code of Object.keys(REASON_FOR) as ExclusionCode[]) {
    const ids = excluded.filter((e) => e.code === code);
    if (ids.length > 0) {
      reasons.push({
        code: REASON_FOR[code],
        params: {
          count: ids.length,
          evidenceIds: ids.map((e) => e.evidenceId).join(','),
          detail: ids
            .map((e) => e.detail)
            .filter(Boolean)
            .join(';'),
        },
      });
    }
  }
  const suspect = admissible.filter((a) => a.discount < 1);
  if (suspect.length > 0) {
    reasons.push({
      code: 'EVIDENCE_AUTHENTICITY_SUSPECT_DISCOUNTED',
      params: { count: suspect.length, evidenceIds: suspect.map((a) => a.item.evidenceId).join(','), keptWeight: SUSPECT_DISCOUNT },
    });
  }
  return { admissible, excluded, critical, reasons };
}
