import type { DecisionReason } from '@uplift/domain';
import type { AdmissibleEvidence } from './admissibility';
import { estimate, ofType, type CapacityEstimate, type EstimatorContext } from './estimator-basics';
import { field, parseAmount } from './parse';
import { StatementAccounts } from './statement-accounts';
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
  const accounts = new StatementAccounts(ctx);
  const known: number[] = [];
  let linesNotCounted = 0;
  for (const e of ofType(ctx, 'bank_statement')) {
    const lines = readStatementLines(e.recognition!.text);
    const stated = accounts.add(e, lines);
    if (stated === undefined) continue;
    const unknown = stated === null ? notCountedLines(lines) : 0;
    linesNotCounted += unknown;
    known.push(stated === null && lines.rows > 0 ? (lines.rows - unknown) / lines.rows : 1);
  }
  if (accounts.used.length === 0) return null;
  const { annual, weight, details } = accounts.totals();
  const knownShare = known.reduce((s, k) => s + k, 0) / known.length;
  return estimate('bank_statements', 'flow', annual, weight * knownShare, accounts.used, { ...details, linesNotCounted });
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
