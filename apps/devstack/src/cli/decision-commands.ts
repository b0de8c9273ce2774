import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { UpliftConfig } from '@uplift/config';
import { backtestPolicy, reevaluateCase, type BacktestReport, type ReevaluationReport } from '@uplift/audit';
import { findPolicy } from '@uplift/decision';
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
    ...Object.keys(r.transitions)
      .sort()
      .map((k) => `  ${k.padEnd(22)} ${r.transitions[k] ?? 0}`),
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
      if (!findPolicy(version)) throw new UsageError(`unknown policy version ${version}`);
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
