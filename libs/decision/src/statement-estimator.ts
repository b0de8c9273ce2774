import type { DecisionReason } from '@uplift/domain';
import type { AdmissibleEvidence } from './admissibility';
import { ESTIMATOR_WEIGHTS, estimate, meanDiscount, ofType, r2, type CapacityEstimate, type EstimatorContext } from './estimator-basics';
import { DAYS_PER_MONTH, field, parseAmount, periodMonths, sameName } from './parse';
import { readStatementLines, type StatementLines } from './statement-lines';

// Bank-statement inflows with each row checked against the running balance (policies from 1.2.0-rc.1 on).
// Aggregation per account and the weight are as 1.0.0's `bankStatementEstimate`, which stays as published
// for the versions that use it; the credits come from a read total or from the rows whose direction is
// known, and the weight shrinks with the share of rows that stayed unknown.

/** A statement's rows, when its credits come from them (no total read); null when a total was read. */
function rowsRead(e: AdmissibleEvidence): StatementLines | null {
  const r = e.recognition!;
  return parseAmount(field(r, 'total_credit')) === null ? readStatementLines(r.text) : null;
}

const notCountedLines = (lines: StatementLines) => Object.values(lines.notCounted).reduce((s, n) => s + n, 0);

/** Inflows of bank statements per account, rows read against their running balance, annualised. */
export function balanceCheckedStatementEstimate(ctx: EstimatorContext): CapacityEstimate | null {
  const byAccount = new Map<string, { credits: number; months: number }>();
  const used: AdmissibleEvidence[] = [];
  const known: number[] = [];
  let unconfirmed = 0;
  let linesNotCounted = 0;
  for (const e of ofType(ctx, 'bank_statement')) {
    const r = e.recognition!;
    const lines = readStatementLines(r.text);
    const stated = parseAmount(field(r, 'total_credit'));
    const credits = stated ?? lines.credits;
    const months =
      periodMonths(field(r, 'period')) ??
      (lines.firstDay !== null && lines.lastDay !== null ? (lines.lastDay - lines.firstDay + 1) / DAYS_PER_MONTH : null);
    if (credits <= 0 || months === null) continue;
    if (ctx.identity.name && field(r, 'account_name') && !sameName(field(r, 'account_name'), ctx.identity.name)) unconfirmed += 1;
    const key = field(r, 'account_no') ?? e.item.evidenceId;
    const acc = byAccount.get(key) ?? { credits: 0, months: 0 };
    acc.credits += credits;
    acc.months += Math.max(months, 0.5);
    byAccount.set(key, acc);
    used.push(e);
    const unknown = stated === null ? notCountedLines(lines) : 0;
    linesNotCounted += unknown;
    known.push(stated === null && lines.rows > 0 ? (lines.rows - unknown) / lines.rows : 1);
  }
  if (used.length === 0) return null;
  let annual = 0;
  let minMonths = Infinity;
  for (const acc of byAccount.values()) {
    annual += (acc.credits * 12) / acc.months;
    minMonths = Math.min(minMonths, acc.months);
  }
  const coverage = Math.max(0.5, Math.min(1, minMonths / 3));
  const knownShare = known.reduce((s, k) => s + k, 0) / known.length;
  const weight = ESTIMATOR_WEIGHTS.bank_statements * coverage * (unconfirmed > 0 ? 0.5 : 1) * meanDiscount(used) * knownShare;
  return estimate('bank_statements', 'flow', annual, weight, used, {
    accounts: byAccount.size,
    monthsCovered: r2(minMonths === Infinity ? 0 : minMonths),
    accountNameMismatch: unconfirmed,
    linesNotCounted,
  });
}

/** One reason per admissible statement whose rows were read and some of them not counted (even when no estimate follows). */
export function statementLinesNotCounted(ctx: EstimatorContext): DecisionReason[] {
  const reasons: DecisionReason[] = [];
  for (const e of ofType(ctx, 'bank_statement')) {
    const lines = rowsRead(e);
    if (!lines || notCountedLines(lines) === 0) continue;
    const why = Object.entries(lines.notCounted)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, n]) => `${code}:${n}`)
      .join(',');
    reasons.push({ code: 'STATEMENT_LINES_NOT_COUNTED', params: { evidenceId: e.item.evidenceId, lines: notCountedLines(lines), why } });
  }
  return reasons;
}
