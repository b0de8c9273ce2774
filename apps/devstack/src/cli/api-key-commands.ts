import { parseArgs } from 'node:util';
import { parseDuration, type UpliftConfig } from '@uplift/config';
import { ErrorCode, isDomainError } from '@uplift/domain';
import { API_KEY_ROLES, ApiKeys, type ApiKeyRecord, type ApiKeyRole, type RotatedApiKey } from '@uplift/persistence';
import { withDataSource } from '../data-source';
import { operatorDatabaseUrl } from './operator-keys';
import { UsageError } from './usage';

// `api-key create|list|revoke|rotate`: the key lifecycle from the operator's shell. A token is printed
// once, alone on stdout (so `TOKEN=$(npm run -s uplift -- api-key create ...)` captures it); everything
// else goes to stderr. Secrets are never listed: only their SHA-256 is stored. Help text: usage.ts.

type Flags = Record<string, { type: 'string' | 'boolean' }>;

/** Runs `api-key <action> ...` and returns the exit code. */
export async function runApiKeyCommand(action: string | undefined, args: readonly string[], config: UpliftConfig): Promise<number> {
  const keysOf = <T>(work: (keys: ApiKeys) => Promise<T>) => withDataSource(operatorDatabaseUrl(config), (ds) => work(new ApiKeys(ds)));
  if (action === undefined) throw new UsageError('api-key needs create, list, revoke or rotate');
  switch (action) {
    case 'create':
      return create(args, keysOf);
    case 'list':
      return list(args, keysOf);
    case 'revoke':
      return revoke(args, keysOf);
    case 'rotate':
      return rotate(args, keysOf);
    default:
      throw new UsageError(`unknown command "api-key ${action}"`);
  }
}

type KeysOf = <T>(work: (keys: ApiKeys) => Promise<T>) => Promise<T>;

async function create(args: readonly string[], keysOf: KeysOf): Promise<number> {
  const values = flags(args, {
    channel: { type: 'string' },
    role: { type: 'string' },
    name: { type: 'string' },
    'expires-in': { type: 'string' },
  });
  const channel = stringFlag(values, 'channel');
  if (!channel) throw new UsageError('api-key create needs --channel <name>');
  const role = stringFlag(values, 'role') ?? 'channel';
  if (!isRole(role)) throw new UsageError(`--role must be one of ${API_KEY_ROLES.join(', ')}`);
  const name = stringFlag(values, 'name') ?? `${role} key for ${channel}`;
  const expiresInMs = durationFlag(values, 'expires-in');
  const key = await keysOf((keys) => keys.create({ channel, role, name, expiresInMs }));
  console.error(`Created API key ${key.keyId} (channel "${channel}", role ${role}${expiry(key)}). The token is shown only now:`);
  console.log(key.token);
  return 0;
}

async function list(args: readonly string[], keysOf: KeysOf): Promise<number> {
  const values = flags(args, { channel: { type: 'string' }, 'include-revoked': { type: 'boolean' } });
  const channel = stringFlag(values, 'channel');
  const items = await keysOf((keys) => keys.list({ ...(channel ? { channel } : {}), includeRevoked: values['include-revoked'] === true }));
  if (items.length === 0) {
    console.log('No API keys.');
    return 0;
  }
  const rows = items.map((k) => [k.keyId, k.channel, k.role, statusText(k), k.expiresAt ?? 'never', k.lastUsedAt ?? 'never', k.name]);
  printTable(['KEY', 'CHANNEL', 'ROLE', 'STATUS', 'EXPIRES', 'LAST USED', 'NAME'], rows);
  return 0;
}

async function revoke(args: readonly string[], keysOf: KeysOf): Promise<number> {
  const keyId = requiredKey(flags(args, { key: { type: 'string' } }), 'revoke');
  const before = await keysOf(async (keys) => ({ was: await keys.find(keyId), now: await keys.revoke(keyId) }));
  if (!before.now) {
    console.error(`No API key ${keyId}.`);
    return 1;
  }
  const already = before.was?.status === 'revoked';
  console.log(
    `${already ? 'Already revoked' : 'Revoked'}: API key ${keyId} (channel "${before.now.channel}", role ${before.now.role}) at ${before.now.revokedAt ?? '?'}.`,
  );
  return 0;
}

async function rotate(args: readonly string[], keysOf: KeysOf): Promise<number> {
  const values = flags(args, { key: { type: 'string' }, 'expires-in': { type: 'string' }, grace: { type: 'string' } });
  const keyId = requiredKey(values, 'rotate');
  const expiresInMs = durationFlag(values, 'expires-in');
  const graceMs = durationFlag(values, 'grace') ?? 0;
  let rotated: RotatedApiKey;
  try {
    rotated = await keysOf((keys) => keys.rotate(keyId, { ...(expiresInMs !== null ? { expiresInMs } : {}), graceMs }));
  } catch (error) {
    if (!isDomainError(error) || error.code === ErrorCode.ValidationFailed) throw error;
    console.error(`API key ${keyId}: ${error.message}`);
    return 1;
  }
  const { issued, replaced } = rotated;
  const ends = replaced.status === 'revoked' ? 'is revoked' : `keeps working until ${replaced.revokedAt ?? '?'}`;
  console.error(
    `Rotated API key ${keyId} into ${issued.keyId} (channel "${issued.channel}", role ${issued.role}${expiry(issued)}); the old key ${ends}. The new token is shown only now:`,
  );
  console.log(issued.token);
  return 0;
}

function flags(args: readonly string[], spec: Flags): Record<string, string | boolean | undefined> {
  try {
    return parseArgs({ args: [...args], options: spec, allowPositionals: false, strict: true }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function stringFlag(values: Record<string, string | boolean | undefined>, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

function requiredKey(values: Record<string, string | boolean | undefined>, action: string): string {
  const keyId = stringFlag(values, 'key');
  if (!keyId) throw new UsageError(`api-key ${action} needs --key <keyId> (see api-key list)`);
  return keyId;
}

function durationFlag(values: Record<string, string | boolean | undefined>, name: string): number | null {
  const text = stringFlag(values, name);
  if (text === undefined) return null;
  try {
    return parseDuration(text);
  } catch (error) {
    throw new UsageError(`--${name}: ${(error as Error).message}`);
  }
}

function isRole(role: string): role is ApiKeyRole {
  return (API_KEY_ROLES as readonly string[]).includes(role);
}

function expiry(key: ApiKeyRecord): string {
  return key.expiresAt ? `, expires ${key.expiresAt}` : ', does not expire';
}

function statusText(key: ApiKeyRecord): string {
  return key.status === 'active' && key.revokedAt ? `active until ${key.revokedAt}` : key.status;
}

function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  for (const row of [header, ...rows])
    console.log(row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  '));
}
