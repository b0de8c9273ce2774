import type { CaseState } from './state';

/** How often reviewers agreed with the engine in one slice of reviewed cases. */
export interface AgreementRow {
  key: string;
  reviewed: number;
  agreed: number;
  rate: number;
}

/** Reviewer/engine agreement, overall and per industry and voucher type (the reference system reports 80%). */
export interface AgreementReport {
  overall: AgreementRow;
  byIndustry: AgreementRow[];
  byVoucherType: AgreementRow[];
}

function row(key: string, cases: readonly CaseState[]): AgreementRow {
  const agreed = cases.filter((c) => c.review?.agreesWithEngine === true).length;
  return { key, reviewed: cases.length, agreed, rate: cases.length === 0 ? 0 : Math.round((agreed / cases.length) * 1000) / 1000 };
}

function grouped(cases: readonly CaseState[], keysOf: (c: CaseState) => string[]): AgreementRow[] {
  const groups = new Map<string, CaseState[]>();
  for (const c of cases) for (const key of new Set(keysOf(c))) groups.set(key, [...(groups.get(key) ?? []), c]);
  return [...groups.entries()]
    .map(([key, members]) => row(key, members))
    .sort((a, b) => b.reviewed - a.reviewed || a.key.localeCompare(b.key));
}

/** Agreement over every case a reviewer has decided; a case counts once for each voucher type it holds. */
export function agreementReport(states: readonly CaseState[]): AgreementReport {
  const reviewed = states.filter((s) => s.review?.decidedAt);
  return {
    overall: row('all', reviewed),
    byIndustry: grouped(reviewed, (c) => [c.industry ?? 'unknown']),
    byVoucherType: grouped(reviewed, (c) =>
      c.evidenceOrder.flatMap((id) => {
        const declared = c.evidence[id]?.declared;
        return declared?.kind === 'voucher' ? [declared.type] : [];
      }),
    ),
  };
}
