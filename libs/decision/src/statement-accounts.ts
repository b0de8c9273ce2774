import type { AdmissibleEvidence } from './admissibility';
import { ESTIMATOR_WEIGHTS, meanDiscount, r2, type EstimatorContext } from './estimator-basics';
import { DAYS_PER_MONTH, field, parseAmount, periodMonths, sameName } from './parse';

/** The first and last day a statement's rows cover (day numbers), when its rows were read. */
export interface RowSpan {
  credits: number;
  firstDay: number | null;
  lastDay: number | null;
}

/**
 * Bank-statement inflows gathered per account and annualised over the months each covers: the part
 * both statement readings share (by figure position, published in 1.0.0, and checked against the
 * running balance, from 1.2.0-rc.1). Each reading decides how a statement's rows are read; this adds
 * up what they found, in the same order and arithmetic as 1.0.0 did.
 */
export class StatementAccounts {
  private readonly byAccount = new Map<string, { credits: number; months: number }>();
  readonly used: AdmissibleEvidence[] = [];
  /** Statements whose account name is not the merchant's. */
  unconfirmed = 0;

  constructor(private readonly ctx: EstimatorContext) {}

  /**
   * Adds one statement, its credits from the total it states or else from its rows; returns the total
   * it stated (null: the rows were used), or undefined when it gave no inflow or no period and was left out.
   */
  add(e: AdmissibleEvidence, rows: RowSpan): number | null | undefined {
    const r = e.recognition!;
    const stated = parseAmount(field(r, 'total_credit'));
    const credits = stated ?? rows.credits;
    const months =
      periodMonths(field(r, 'period')) ??
      (rows.firstDay !== null && rows.lastDay !== null ? (rows.lastDay - rows.firstDay + 1) / DAYS_PER_MONTH : null);
    if (credits <= 0 || months === null) return undefined;
    const name = this.ctx.identity.name;
    if (name && field(r, 'account_name') && !sameName(field(r, 'account_name'), name)) this.unconfirmed += 1;
    const key = field(r, 'account_no') ?? e.item.evidenceId;
    const acc = this.byAccount.get(key) ?? { credits: 0, months: 0 };
    acc.credits += credits;
    acc.months += Math.max(months, 0.5);
    this.byAccount.set(key, acc);
    this.used.push(e);
    return stated;
  }

  /** The annual inflow over every account, the weight before a reading's own factors, and the details both report. */
  totals(): { annual: number; weight: number; details: { accounts: number; monthsCovered: number; accountNameMismatch: number } } {
    let annual = 0;
    let minMonths = Infinity;
    for (const acc of this.byAccount.values()) {
      annual += (acc.credits * 12) / acc.months;
      minMonths = Math.min(minMonths, acc.months);
    }
    const coverage = Math.max(0.5, Math.min(1, minMonths / 3));
    const weight = ESTIMATOR_WEIGHTS.bank_statements * coverage * (this.unconfirmed > 0 ? 0.5 : 1) * meanDiscount(this.used);
    return {
      annual,
      weight,
      details: {
        accounts: this.byAccount.size,
        monthsCovered: r2(minMonths === Infinity ? 0 : minMonths),
        accountNameMismatch: this.unconfirmed,
      },
    };
  }
}
