import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { UpliftConfig } from '@uplift/config';
import { loadDecision, reevaluateCase, type ReevaluationReport } from '@uplift/audit';
import { decisionInputs, findPolicy } from '@uplift/decision';
import { CaseQueries, MAX_CASE_PAGE, type DataSource, type MasterKeyRing } from '@uplift/persistence';
import { withDataSource } from '../data-source';
import { runningEmbeddedDatabaseUrl } from '../embedded-database';
import { UsageError } from './usage';
import { operatorMasterKeys } from './operator-keys';

// `decision reevaluate` and `decision backtest`: re-run past decisions from the event log, on the
// policy that made them or on a candidate (champion/challenger).

/** Help lines of the decision commands (appended to the CLI usage). */
export const DECISION_USAGE = `
Decision commands:
  decision reevaluate --case <id>
                          Re-run a case's recorded decision on the policy version that made it; prints
                          match or mismatch, exits 1 on mismatch.
  decision backtest --policy <version>
                          Run a policy version over every stored case and report how outcomes and
                          amounts would change against the recorded decisions.`;

/** How a candidate policy would have decided the stored cases. */
export interface BacktestReport {
  policyVersion: string;
  cases: number;
  compared: number;
  /** "recorded→candidate" outcome pairs ("none" when a case has no decision yet) with counts. */
  transitions: Record<string, number>;
  changedOutcome: number;
  meanGrantedChange: number;
  meanUpliftChange: number;
  candidateOutcomes: Record<string, number>;
}

/** Runs a policy version over every stored case (decided cases: the state their decision was made on). */
export async function backtestPolicy(ds: DataSource, keys: MasterKeyRing, version: string): Promise<BacktestReport> {
  const candidate = findPolicy(version);
  if (!candidate) throw new UsageError(`unknown policy version ${version}`);
  const queries = new CaseQueries(ds, keys);
  const transitions: Record<string, number> = {};
  const candidateOutcomes: Record<string, number> = {};
  let cases = 0;
  let compared = 0;
  let changedOutcome = 0;
  let grantedDelta = 0;
  let upliftDelta = 0;
  let cursor: string | undefined;
  do {
    const page = await queries.list({ limit: MAX_CASE_PAGE, ...(cursor ? { cursor } : {}) });
    for (const c of page.items) {
      const { decided, finalState } = await loadDecision(ds, keys, c.caseId);
      const state = decided?.state ?? finalState;
      if (state.status === 'new') continue;
      cases += 1;
      const next = candidate.evaluate(decisionInputs(state));
      candidateOutcomes[next.outcome] = (candidateOutcomes[next.outcome] ?? 0) + 1;
      const key = `${decided?.recorded.outcome ?? 'none'}→${next.outcome}`;
      transitions[key] = (transitions[key] ?? 0) + 1;
      if (!decided) continue;
      compared += 1;
      if (decided.recorded.outcome !== next.outcome) changedOutcome += 1;
      grantedDelta += next.grantedLimit - decided.recorded.grantedLimit;
      upliftDelta += next.uplift - decided.recorded.uplift;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const mean = (total: number) => (compared === 0 ? 0 : Math.round(total / compared));
  return { policyVersion: version, cases, compared, transitions, changedOutcome, meanGrantedChange: mean(grantedDelta), meanUpliftChange: mean(upliftDelta), candidateOutcomes };
}

/** Text of a re-evaluation. */
export function formatReevaluation(r: ReevaluationReport): string {
  const head = `Case ${r.caseId}: decision by policy ${r.policyVersion} ${r.match ? 'REPRODUCED (match)' : 'MISMATCH'} — ${r.note}.`;
  const lines = [head, `  recorded:   ${r.recorded.outcome} ${r.recorded.grantedLimit} (uplift ${r.recorded.uplift})`];
  if (r.reproduced) lines.push(`  reproduced: ${r.reproduced.outcome} ${r.reproduced.grantedLimit} (uplift ${r.reproduced.uplift})`);
  if (r.hashMatches !== null) lines.push(`  inputs hash: ${r.hashMatches ? 'verifies' : 'DOES NOT VERIFY'}`);
  if (r.differences.length > 0) lines.push(`  differing fields: ${r.differences.join(', ')}`);
  return lines.join('\n');
}

/** Text of a backtest. */
export function formatBacktest(r: BacktestReport): string {
  const lines = [
    `Backtest of policy ${r.policyVersion}: ${r.cases} cases, ${r.compared} with a recorded decision, ${r.changedOutcome} would change outcome.`,
    'Outcome transitions (recorded→candidate):',
    ...Object.keys(r.transitions).sort().map((k) => `  ${k.padEnd(22)} ${r.transitions[k] ?? 0}`),
    `Mean change of granted limit: ${r.meanGrantedChange >= 0 ? '+' : ''}${r.meanGrantedChange} CNY; of uplift: ${r.meanUpliftChange >= 0 ? '+' : ''}${r.meanUpliftChange} CNY.`,
  ];
  return lines.join('\n');
}

function options(args: readonly string[], name: 'case' | 'policy'): string {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args: [...args], options: { [name]: { type: 'string' } }, allowPositionals: false, strict: true }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`needs --${name} <${name === 'case' ? 'id' : 'version'}>`);
  return value;
}

/** Runs `decision <action> ...` and returns the exit code. */
export async function runDecisionCommand(words: readonly string[], config: UpliftConfig): Promise<number> {
  const [action, ...rest] = words;
  const url = config.database.url ?? runningEmbeddedDatabaseUrl(resolve(config.dataDir));
  switch (action) {
    case 'reevaluate': {
      const caseId = options(rest, 'case');
      const report = await withDataSource(url, (ds) => reevaluateCase(ds, operatorMasterKeys(config), caseId));
      console.log(formatReevaluation(report));
      return report.match ? 0 : 1;
    }
    case 'backtest': {
      const version = options(rest, 'policy');
      const report = await withDataSource(url, (ds) => backtestPolicy(ds, operatorMasterKeys(config), version));
      console.log(formatBacktest(report));
      return 0;
    }
    case undefined:
      throw new UsageError('decision needs reevaluate or backtest');
    default:
      throw new UsageError(`unknown command "decision ${action}"`);
  }
}
