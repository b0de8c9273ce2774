import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CHAMPION_POLICY_VERSION, decideCase, listPolicies, policy, readStatementLines, type LimitPolicy } from '@uplift/decision';
import { bankStatement, caseWith, licence, upload } from '@uplift/decision/testing';
import type { Decision, EvidenceItem } from '@uplift/domain';

// Statements printed with split 收入/支出 (or 借方/贷方) columns and no read total: the rows are read from
// the statement text. Reading a row's credit from the position of its figures counts outflows as revenue
// when the debit column comes first or the empty cell is left blank. Policy 1.2.0-rc.1 reads each row's
// direction from the running balance; the published versions keep their reading (records re-run on them).

const NEW = '1.2.0-rc.1';
const M = 'Shunda Logistics Co';
const PERIOD = '2026-09-01/2026-11-30';
/** 2026-09-01..2026-11-30: 91 days. */
const MONTHS = 91 / 30.4375;

/** A recognised statement whose rows are only in its text (no total read unless given). */
function statement(id: string, rows: readonly string[], fields: Record<string, string> = {}): EvidenceItem {
  const text = ['账户交易明细', `户名 ${M}`, '账号 6222****5678', ...rows].join('\n');
  return upload(
    id,
    { kind: 'voucher', type: 'bank_statement' },
    {
      fields: { account_name: M, account_no: '6222****5678', period: PERIOD, ...fields },
      text,
    },
  );
}

/** Outflows 210,000 and inflows 120,000, 借方 (debit) column first, opening balance printed. */
const DEBIT_FIRST = [
  '交易日期 摘要 借方发生额 贷方发生额 余额',
  '期初余额 200,000.00',
  '2026-09-02 采购付款 80,000.00 0.00 120,000.00',
  '2026-09-10 销售回款 0.00 30,000.00 150,000.00',
  '2026-09-18 采购付款 60,000.00 0.00 90,000.00',
  '2026-10-05 销售回款 0.00 40,000.00 130,000.00',
  '2026-10-20 采购付款 70,000.00 0.00 60,000.00',
  '2026-11-08 销售回款 0.00 50,000.00 110,000.00',
];

/** The same movements under 收入 | 支出 columns with the empty cell blank: one unsigned figure a row. */
const BLANK_CELLS = [
  '交易日期 摘要 收入金额 支出金额 余额',
  '2026-09-02 采购付款 80,000.00 120,000.00',
  '2026-09-10 销售回款 30,000.00 150,000.00',
  '2026-09-18 采购付款 60,000.00 90,000.00',
  '2026-10-05 销售回款 40,000.00 130,000.00',
  '2026-10-20 采购付款 70,000.00 60,000.00',
  '2026-11-08 销售回款 50,000.00 110,000.00',
];

function decide(
  version: string,
  evidence: EvidenceItem[],
  monthlyRevenue = 60_000,
  limits = { current: 20_000, requested: 60_000 },
): Decision {
  const state = caseWith({
    industry: 'logistics',
    currentLimit: limits.current,
    requestedLimit: limits.requested,
    facts: { monthlyRevenue },
    evidence,
  });
  return decideCase(state, {}, policy(version)).decision;
}
const reason = (d: Decision, code: string) => d.reasons.find((r) => r.code === code);
const bankAnnual = (d: Decision) => reason(d, 'ESTIMATE_BANK_STATEMENTS')?.params.annualRevenue;
const annualOf = (credits: number) => Math.round((credits * 12) / MONTHS);

describe(`statement rows under split columns (policy ${NEW})`, () => {
  test('given debit-first split columns, no total read, when decided, then the outflows are not summed as credits', () => {
    const d = decide(NEW, [licence('l', M), statement('b', DEBIT_FIRST)]);
    assert.equal(bankAnnual(d), annualOf(120_000));
    assert.equal(reason(d, 'STATEMENT_LINES_NOT_COUNTED'), undefined);
  });

  test('given blank cells with running balances, when decided, then inflows are the balance increases and the unchecked first row is not counted, with a reason', () => {
    const d = decide(NEW, [licence('l', M), statement('b', BLANK_CELLS)]);
    // The first row (80,000) has no balance before it and its column cannot be told: left out.
    assert.equal(bankAnnual(d), annualOf(120_000));
    assert.deepEqual(reason(d, 'STATEMENT_LINES_NOT_COUNTED')?.params, {
      evidenceId: 'b',
      lines: 1,
      why: 'NO_BALANCE_BEFORE:1',
    });
  });

  test('given the same rows with an opening balance, when decided, then every row is checked and none is left out', () => {
    const d = decide(NEW, [licence('l', M), statement('b', [BLANK_CELLS[0] ?? '', '期初余额 200,000.00', ...BLANK_CELLS.slice(1)])]);
    assert.equal(bankAnnual(d), annualOf(120_000));
    assert.equal(reason(d, 'STATEMENT_LINES_NOT_COUNTED'), undefined);
  });

  test('given only a read total (no rows in the text), when decided, then the total is the credits, as before', () => {
    const totalOnly = statement('b', [], { total_credit: '120000.00', total_debit: '210000.00' });
    const d = decide(NEW, [licence('l', M), totalOnly]);
    assert.equal(bankAnnual(d), annualOf(120_000));
    assert.equal(bankAnnual(d), bankAnnual(decide(CHAMPION_POLICY_VERSION, [licence('l', M), totalOnly])));
    assert.equal(reason(d, 'STATEMENT_LINES_NOT_COUNTED'), undefined);
  });

  test('given a read total and blank-cell rows, when decided, then the total is used and the rows are not summed', () => {
    const d = decide(NEW, [licence('l', M), statement('b', BLANK_CELLS, { total_credit: '120000.00' })]);
    assert.equal(bankAnnual(d), annualOf(120_000));
    assert.equal(reason(d, 'STATEMENT_LINES_NOT_COUNTED'), undefined);
  });

  test('given balances that do not run and no layout to tell the columns, when decided, then no line counts as revenue and the reason says why', () => {
    const garbled = [
      '2026-09-02 销售回款 30,000.00 130,000.00',
      '2026-09-10 销售回款 30,000.00 175,000.00',
      '2026-09-18 采购付款 60,000.00 99,000.00',
    ];
    const d = decide(NEW, [licence('l', M), statement('b', garbled)]);
    assert.equal(reason(d, 'ESTIMATE_BANK_STATEMENTS'), undefined);
    assert.deepEqual(reason(d, 'STATEMENT_LINES_NOT_COUNTED')?.params, {
      evidenceId: 'b',
      lines: 3,
      why: 'BALANCE_DOES_NOT_RUN:2,NO_BALANCE_BEFORE:1',
    });
    assert.ok(reason(d, 'NO_VERIFIED_CAPACITY'));
  });

  test('given a signed amount column listed newest first, when decided, then inflows are read in date order and the first row counts', () => {
    const e = bankStatement('b', M, 300_000, '2026-09-01', '2026-11-30', { layout: 'signed', newestFirst: true });
    const d = decide(NEW, [licence('l', M), e]);
    assert.equal(bankAnnual(d), annualOf(300_000));
    assert.equal(reason(d, 'STATEMENT_LINES_NOT_COUNTED'), undefined);
  });

  test('given a merchant whose outflows the champion reads as revenue, when decided by the new version, then the limit rests on the inflows only', () => {
    const blank = bankStatement('b', M, 180_000, '2026-09-01', '2026-11-30', { layout: 'split-blank' });
    const limits = { current: 50_000, requested: 150_000 };
    const champion = decide(CHAMPION_POLICY_VERSION, [licence('l', M), blank], 100_000, limits);
    const fixed = decide(NEW, [licence('l', M), blank], 100_000, limits);
    // 1.0.0 keeps its published reading: inflows 180,000 plus outflows 144,000.
    assert.equal(bankAnnual(champion), annualOf(324_000));
    // The new version: the five checked inflows (the first row has no balance before it).
    assert.equal(bankAnnual(fixed), annualOf(150_000));
    assert.ok(fixed.grantedLimit < champion.grantedLimit, `${fixed.grantedLimit} < ${champion.grantedLimit}`);
  });
});

describe('readStatementLines', () => {
  test('given debit-first columns with an opening balance, when read, then each row goes the way its balance moved', () => {
    const read = readStatementLines(DEBIT_FIRST.join('\n'));
    assert.deepEqual([read.rows, read.credits, read.debits, read.notCounted], [6, 120_000, 210_000, {}]);
  });

  test('given blank cells and no opening balance, when read, then the first row stays unknown and the rest are placed', () => {
    const read = readStatementLines(BLANK_CELLS.join('\n'));
    assert.deepEqual([read.rows, read.credits, read.debits, read.notCounted], [6, 120_000, 130_000, { NO_BALANCE_BEFORE: 1 }]);
  });

  test('given two-figure rows whose checked rows disagree on the column order, when read, then the unchecked first row is not counted', () => {
    const rows = [
      '2026-09-02 货款 5,000.00 0.00 15,000.00',
      '2026-09-03 货款 1,000.00 0.00 16,000.00',
      '2026-09-04 货款 0.00 2,000.00 18,000.00',
    ];
    const read = readStatementLines(rows.join('\n'));
    assert.deepEqual([read.credits, read.notCounted], [3_000, { NO_BALANCE_BEFORE: 1 }]);
  });

  test('given a signed column whose minus signs the balance confirms, when read, then the unchecked first inflow counts', () => {
    const rows = ['2026-09-02 货款 5,000.00 15,000.00', '2026-09-03 付款 -4,000.00 11,000.00', '2026-09-04 货款 1,000.00 12,000.00'];
    const read = readStatementLines(rows.join('\n'));
    assert.deepEqual([read.credits, read.debits, read.notCounted], [6_000, 4_000, {}]);
  });

  test('given rows newest first, when read, then the balance is run from the oldest row and the days span the statement', () => {
    const rows = ['2026-11-04 货款 1,000.00 12,000.00', '2026-10-03 付款 -4,000.00 11,000.00', '2026-09-02 货款 5,000.00 15,000.00'];
    const read = readStatementLines(rows.join('\n'));
    assert.deepEqual([read.credits, read.notCounted], [6_000, {}]);
    assert.equal((read.lastDay ?? 0) - (read.firstDay ?? 0), 63);
  });

  test('given balances printed from unrounded amounts (a fen off), when read, then the rows still run; a larger gap does not', () => {
    const rows = ['期初余额 10,000.00', '2026-09-02 货款 63,580.33 0.00 73,580.33', '2026-09-03 支出 0.00 50,864.27 22,716.07'];
    assert.deepEqual(readStatementLines(rows.join('\n')).notCounted, {});
    const gap = [...rows.slice(0, 2), '2026-09-03 支出 0.00 50,864.27 22,716.08'];
    assert.deepEqual(readStatementLines(gap.join('\n')).notCounted, { BALANCE_DOES_NOT_RUN: 1 });
  });

  test('given no text or no dated rows, when read, then nothing is read', () => {
    assert.deepEqual(readStatementLines(null), { rows: 0, credits: 0, debits: 0, notCounted: {}, firstDay: null, lastDay: null });
    assert.equal(readStatementLines('合计 120,000.00 210,000.00').rows, 0);
  });
});

describe(`policy ${NEW} in the registry`, () => {
  test('it is a candidate (backtests only); the champion and the live version are unchanged', () => {
    const p: LimitPolicy = policy(NEW);
    assert.equal(p.status, 'candidate');
    assert.equal(CHAMPION_POLICY_VERSION, '1.0.0');
    assert.deepEqual(
      listPolicies().map((x) => `${x.version}:${x.status}`),
      ['0.2.0:retired', '1.0.0:champion', '1.1.0-rc.1:candidate', `${NEW}:candidate`],
    );
  });

  test('given a statement in the default layout, when decided, then it decides as the champion does', () => {
    const e = bankStatement('b', M, 180_000, '2026-08-22', '2026-11-21');
    const champion = decide(CHAMPION_POLICY_VERSION, [licence('l', M), e], 60_000);
    const fixed = decide(NEW, [licence('l', M), e], 60_000);
    assert.deepEqual(
      [fixed.outcome, fixed.grantedLimit, bankAnnual(fixed)],
      [champion.outcome, champion.grantedLimit, bankAnnual(champion)],
    );
  });
});
