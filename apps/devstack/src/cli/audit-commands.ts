import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Client } from '@temporalio/client';
import {
  archiveCaseHistory,
  archiveDueHistories,
  auditCase,
  buildAuditReport,
  parseAsOf,
  performOperatorAction,
  renderAuditHtml,
  stateAsOf,
  type AuditVerdict,
} from '@uplift/audit';
import type { UpliftConfig } from '@uplift/config';
import { OPERATOR_ACTION_KINDS, type OperatorActionKind } from '@uplift/domain';
import { CaseArchives, CaseQueries, EventStore, type DataSource } from '@uplift/persistence';
import { connectTemporal, engineDataConverter } from '@uplift/temporal';
import { withDataSource } from '../data-source';
import { operatorDatabaseUrl, operatorMasterKeys } from './operator-keys';
import { UsageError } from './usage';

// `case replay | audit | archive` and `operator act`: compliance's and operators' commands (docs/adr/0024).

/** Help lines of the audit commands (appended to the CLI usage). */
export const AUDIT_USAGE = `
Audit commands (compliance, operators):
  case replay --case <id> [--as-of <version|ISO time>]
                          Replay the case's archived workflow history against the current code, verify
                          its chain and archive, compare the read model with a fold of its events and
                          re-run its decision: one verdict per step, exit 1 on any failure. With
                          --as-of, also print the case state at that point.
  case audit --case <id> [--as-of <v|time>] [--out <file.json>] [--html <file.html>]
                          Write the signed audit bundle (JSON) and/or its HTML rendering.
  case archive (--case <id> | --due)
                          Archive Temporal histories now (the records sweep does it every ARCHIVE_SWEEP_EVERY).
  operator act --case <id> --kind <${OPERATOR_ACTION_KINDS.join('|')}> --reason <why>
               [--activity-id <id>] [--reset-to <event id>] [--action-id <id>] [--operator <name>]
                          Record an OperatorAction in the case's events, then carry it out in Temporal.`;

function flags(args: readonly string[], spec: Record<string, { type: 'string' | 'boolean' }>) {
  try {
    return parseArgs({ args: [...args], options: spec, allowPositionals: false, strict: true }).values as Record<
      string,
      string | boolean | undefined
    >;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function withEngine<T>(config: UpliftConfig, work: (ds: DataSource, client: Client) => Promise<T>): Promise<T> {
  const dataConverter = engineDataConverter(operatorMasterKeys(config));
  return withDataSource(operatorDatabaseUrl(config), async (ds) => {
    const temporal = await connectTemporal({
      address: config.temporal.address ?? '127.0.0.1:7233',
      namespace: config.temporal.namespace,
      dataConverter,
    });
    try {
      return await work(ds, temporal.client);
    } finally {
      await temporal.connection.close();
    }
  });
}

const MARK: Record<AuditVerdict['status'], string> = { pass: 'PASS', fail: 'FAIL', skipped: 'SKIP' };

async function replay(args: readonly string[], config: UpliftConfig): Promise<number> {
  const values = flags(args, { case: { type: 'string' }, 'as-of': { type: 'string' } });
  const caseId = values['case'];
  if (typeof caseId !== 'string') throw new UsageError('case replay needs --case <id>');
  const asOfRaw = values['as-of'];
  const asOf = typeof asOfRaw === 'string' ? parseAsOf(asOfRaw) : null;
  if (typeof asOfRaw === 'string' && !asOf) throw new UsageError('--as-of must be a stream version or an ISO 8601 time');
  const keys = operatorMasterKeys(config);
  const audit = await withEngine(config, (dataSource, client) =>
    auditCase({ dataSource, keys, client, dataConverter: engineDataConverter(keys) }, caseId),
  );
  if (audit.events.length === 0) {
    console.error(`Case ${caseId}: no such case.`);
    return 1;
  }
  for (const v of audit.verdicts) console.log(`${MARK[v.status]}  ${v.step.padEnd(10)} ${v.detail}`);
  if (asOf) console.log(JSON.stringify(stateAsOf(caseId, audit.events, asOf), null, 2));
  console.log(
    audit.ok
      ? `Case ${caseId}: every check passed.`
      : `Case ${caseId}: ${audit.verdicts
          .filter((v) => v.status === 'fail')
          .map((v) => v.step)
          .join(', ')} failed.`,
  );
  return audit.ok ? 0 : 1;
}

async function report(args: readonly string[], config: UpliftConfig): Promise<number> {
  const values = flags(args, { case: { type: 'string' }, 'as-of': { type: 'string' }, out: { type: 'string' }, html: { type: 'string' } });
  const caseId = values['case'];
  if (typeof caseId !== 'string') throw new UsageError('case audit needs --case <id>');
  const asOf = typeof values['as-of'] === 'string' ? parseAsOf(values['as-of']) : null;
  const keys = operatorMasterKeys(config);
  const built = await withEngine(config, async (dataSource, client) => {
    const record = await new CaseQueries(dataSource, keys).get(caseId);
    if (!record) return null;
    const audit = await auditCase({ dataSource, keys, client, dataConverter: engineDataConverter(keys) }, caseId);
    return buildAuditReport(audit, record.erasedAt, keys, new Date(), asOf);
  });
  if (!built) {
    console.error(`Case ${caseId}: no such case.`);
    return 1;
  }
  const json = `${JSON.stringify(built, null, 2)}\n`;
  if (typeof values['out'] === 'string') writeFileSync(values['out'], json);
  if (typeof values['html'] === 'string') writeFileSync(values['html'], renderAuditHtml(built));
  if (values['out'] === undefined && values['html'] === undefined) process.stdout.write(json);
  console.error(`Audit of ${caseId}: ${built.verification.ok ? 'every check passed' : 'a check FAILED'}; digest ${built.integrity.digest}`);
  return built.verification.ok ? 0 : 1;
}

async function archive(args: readonly string[], config: UpliftConfig): Promise<number> {
  const values = flags(args, { case: { type: 'string' }, due: { type: 'boolean' } });
  const keys = operatorMasterKeys(config);
  return withEngine(config, async (dataSource, client) => {
    const archives = new CaseArchives(dataSource, new EventStore(dataSource, keys), keys);
    if (values['due']) {
      console.log(
        JSON.stringify(await archiveDueHistories(client, archives, { now: new Date(), openEveryMs: config.archive.openCasesEveryMs })),
      );
      return 0;
    }
    const caseId = values['case'];
    if (typeof caseId !== 'string') throw new UsageError('case archive needs --case <id> or --due');
    const outcome = await archiveCaseHistory(client, archives, caseId, { final: false, now: new Date() });
    console.log(`Case ${caseId}: ${outcome}`);
    return outcome === 'gone' ? 1 : 0;
  });
}

async function act(args: readonly string[], config: UpliftConfig): Promise<number> {
  const values = flags(args, {
    case: { type: 'string' },
    kind: { type: 'string' },
    reason: { type: 'string' },
    'activity-id': { type: 'string' },
    'reset-to': { type: 'string' },
    'action-id': { type: 'string' },
    operator: { type: 'string' },
  });
  const caseId = values['case'];
  const kind = values['kind'];
  const reason = values['reason'];
  if (typeof caseId !== 'string' || typeof kind !== 'string' || typeof reason !== 'string')
    throw new UsageError('operator act needs --case, --kind and --reason');
  if (!OPERATOR_ACTION_KINDS.includes(kind as OperatorActionKind))
    throw new UsageError(`--kind must be one of ${OPERATOR_ACTION_KINDS.join(', ')}`);
  const resetTo = typeof values['reset-to'] === 'string' ? Number(values['reset-to']) : null;
  const keys = operatorMasterKeys(config);
  const result = await withEngine(config, (dataSource, client) =>
    performOperatorAction(
      { client, events: new EventStore(dataSource, keys), now: () => new Date() },
      {
        caseId,
        kind: kind as OperatorActionKind,
        reason,
        actionId: typeof values['action-id'] === 'string' ? values['action-id'] : randomUUID(),
        operator: typeof values['operator'] === 'string' ? values['operator'] : `cli:${process.env['USER'] ?? 'operator'}`,
        activityId: typeof values['activity-id'] === 'string' ? values['activity-id'] : null,
        resetToEventId: resetTo,
      },
    ),
  );
  console.log(JSON.stringify(result));
  return 0;
}

/** Runs `case …` and `operator act`; null when the words are not an audit command. */
export function runAuditCommand(words: readonly string[], config: UpliftConfig): Promise<number> | null {
  const [group, action, ...rest] = words;
  switch (`${group} ${action}`) {
    case 'case replay':
      return replay(rest, config);
    case 'case audit':
      return report(rest, config);
    case 'case archive':
      return archive(rest, config);
    case 'operator act':
      return act(rest, config);
    default:
      return null;
  }
}
