import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { UpliftConfig } from '@uplift/config';
import { CaseOperations, EventStore, rebuildReadModel, rewrapCaseKeys, runMigrations } from '@uplift/persistence';
import { connectTemporal, engineDataConverter, findStuckCases } from '@uplift/temporal';
import { withDataSource } from '../data-source';
import { operatorDatabaseUrl, operatorMasterKeys } from './operator-keys';
import { runningEmbeddedDatabaseUrl } from '../embedded-database';
import { provisionEngineRole } from '../engine-role';
import { prepareNamespace } from '../temporal/prepare-namespace';
import { workerOnThisHostIsPolling } from '../temporal/worker-check';
import { runApiKeyCommand } from './api-key-commands';
import { UsageError } from './usage';

/** Runs one operator command and returns the process exit code. */
export async function runCommand(words: readonly string[], config: UpliftConfig): Promise<number> {
  const [group, action, ...rest] = words;
  const command = [group, action].filter(Boolean).join(' ');
  switch (command) {
    case 'read-model rebuild':
      return rebuild(rest, config);
    case 'events verify':
      return verifyEvents(rest, config);
    case 'temporal setup':
      return setUpTemporal(rest, config);
    case 'worker check':
      return checkWorker(rest, config);
    case 'operations stuck':
      return stuckCases(rest, config);
    case 'keys rewrap':
      return rewrapKeys(rest, config);
    default:
      if (group === 'api-key') return runApiKeyCommand(action, rest, config);
      if (group === 'migrate')
        return migrate(
          [action, ...rest].filter((word): word is string => word !== undefined),
          config,
        );
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
}

function options<T extends Record<string, { type: 'string' }>>(args: readonly string[], spec: T) {
  try {
    return parseArgs({ args: [...args], options: spec, allowPositionals: false, strict: true }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** After a master key rotation: moves every case key to the current master key (then the previous can go). */
async function rewrapKeys(args: readonly string[], config: UpliftConfig): Promise<number> {
  options(args, {});
  const keys = operatorMasterKeys(config);
  const result = await withDataSource(operatorDatabaseUrl(config), (dataSource) => rewrapCaseKeys(dataSource, keys));
  console.log(`Case keys: ${result.rewrapped} re-wrapped under the current master key, ${result.current} already were.`);
  if (result.unreadable.length === 0) return 0;
  console.error(
    `${result.unreadable.length} case keys open with none of the configured master keys (left as they are): ${result.unreadable.slice(0, 20).join(', ')}`,
  );
  return 1;
}

async function rebuild(args: readonly string[], config: UpliftConfig): Promise<number> {
  options(args, {});
  const result = await withDataSource(operatorDatabaseUrl(config), (dataSource) =>
    rebuildReadModel(dataSource, operatorMasterKeys(config)),
  );
  console.log(`Read model rebuilt: ${result.cases} cases from ${result.events} events.`);
  return 0;
}

async function verifyEvents(args: readonly string[], config: UpliftConfig): Promise<number> {
  const values = options(args, { case: { type: 'string' } });
  if (!values.case) throw new UsageError('events verify needs --case <id>');
  const caseId = values.case;
  const result = await withDataSource(operatorDatabaseUrl(config), (dataSource) =>
    new EventStore(dataSource, operatorMasterKeys(config)).verifyChain(caseId),
  );
  if (result.ok) {
    console.log(`Case ${caseId}: hash chain intact (${result.checked} events checked).`);
    return 0;
  }
  console.log(`Case ${caseId}: hash chain BROKEN at seq ${result.brokenAtSeq ?? '?'} (${result.checked} events checked).`);
  return 1;
}

async function migrate(args: readonly string[], config: UpliftConfig): Promise<number> {
  options(args, {});
  const migrationUrl = config.database.migrationUrl ?? config.database.url ?? runningEmbeddedDatabaseUrl(resolve(config.dataDir));
  const applied = await runMigrations(migrationUrl);
  console.log(applied.length ? `Applied migrations:\n  ${applied.join('\n  ')}` : 'No pending migrations.');
  if (config.database.url && config.database.migrationUrl) {
    await provisionEngineRole(config.database.migrationUrl, config.database.url);
  }
  return 0;
}

async function checkWorker(args: readonly string[], config: UpliftConfig): Promise<number> {
  options(args, {});
  const address = config.temporal.address ?? '127.0.0.1:7233';
  const polling = await workerOnThisHostIsPolling(address, config.temporal.namespace, config.temporal.taskQueue);
  console.log(polling ? 'worker is polling' : `no worker on this host polls task queue "${config.temporal.taskQueue}"`);
  return polling ? 0 : 1;
}

async function setUpTemporal(args: readonly string[], config: UpliftConfig): Promise<number> {
  options(args, {});
  const address = config.temporal.address ?? '127.0.0.1:7233';
  await prepareNamespace(address, config.temporal.namespace);
  console.log(`Temporal at ${address}: namespace "${config.temporal.namespace}" and case search attributes are in place.`);
  return 0;
}

/** Lists the cases that cannot go on by themselves; --refresh sweeps Temporal now instead of reading the last sweep. */
async function stuckCases(args: readonly string[], config: UpliftConfig): Promise<number> {
  const values = parseFlags(args, { refresh: { type: 'boolean' } });
  const items = await withDataSource(operatorDatabaseUrl(config), async (dataSource) => {
    const operations = new CaseOperations(dataSource);
    if (values.refresh) {
      const dataConverter = engineDataConverter(operatorMasterKeys(config));
      const temporal = await connectTemporal({
        address: config.temporal.address ?? '127.0.0.1:7233',
        namespace: config.temporal.namespace,
        dataConverter,
      });
      try {
        await operations.replace(
          await findStuckCases(temporal.client, { activityAttempts: config.operations.stuckAttempts }, dataConverter.payloadCodecs ?? []),
          new Date(),
        );
      } finally {
        await temporal.connection.close();
      }
    }
    return operations.list();
  });
  if (items.length === 0) console.log('No stuck cases.');
  for (const item of items) {
    const what = item.problem === 'workflow_task_failing' ? 'workflow task failing' : `${item.detail.activityType ?? 'activity'} retrying`;
    console.log(`${item.caseId}  ${what} since ${item.since} (attempt ${item.detail.attempts}): ${item.detail.lastFailure}`);
  }
  return items.length === 0 ? 0 : 1;
}

function parseFlags<T extends Record<string, { type: 'boolean' | 'string' }>>(args: readonly string[], spec: T) {
  try {
    return parseArgs({ args: [...args], options: spec, allowPositionals: false, strict: true }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
