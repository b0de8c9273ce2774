import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The demo channel's API key, remembered with the database it was created in. */
export interface StoredApiKey {
  keyId: string;
  token: string;
  /** host:port/database (no credentials) the key lives in. */
  database: string;
}

/** Credentials the dev stack generates once and keeps in `<dataDir>/secrets.json` (mode 0600). */
export interface DevSecrets {
  /** Superuser password of the embedded cluster; fixed when the cluster is initialised. */
  postgresPassword: string;
  /** Password of the LOGIN role the engine connects as. */
  appRolePassword: string;
  /** UPLIFT_MASTER_KEY, when the environment does not set one. */
  masterKey?: string;
  demoApiKey?: StoredApiKey;
}

/** Path of the secrets file inside a data folder. */
export function secretsPath(dataDir: string): string {
  return join(dataDir, 'secrets.json');
}

/** Reads the secrets file; undefined when it does not exist. */
export function readSecrets(dataDir: string): DevSecrets | undefined {
  const path = secretsPath(dataDir);
  if (!existsSync(path)) return undefined;
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<DevSecrets>;
  if (typeof parsed.postgresPassword !== 'string' || typeof parsed.appRolePassword !== 'string') {
    throw new Error(`${path} is missing postgresPassword or appRolePassword; restore it or delete ${dataDir} to start afresh.`);
  }
  return parsed as DevSecrets;
}

/** Reads the secrets file, creating it with fresh passwords when missing. */
export function loadOrCreateSecrets(dataDir: string): { secrets: DevSecrets; created: boolean } {
  const existing = readSecrets(dataDir);
  if (existing) return { secrets: existing, created: false };
  const secrets: DevSecrets = { postgresPassword: randomSecret(), appRolePassword: randomSecret() };
  writeSecrets(dataDir, secrets);
  return { secrets, created: true };
}

/** Replaces the secrets file atomically, readable by its owner only. */
export function writeSecrets(dataDir: string, secrets: DevSecrets): void {
  const path = secretsPath(dataDir);
  mkdirSync(dirname(path), { recursive: true });
  const staging = `${path}.${process.pid}.tmp`;
  writeFileSync(staging, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  renameSync(staging, path);
}

/** A URL-safe random password (hex, so no encoding surprises in connection strings). */
export function randomSecret(): string {
  return randomBytes(24).toString('hex');
}

/** A new UPLIFT_MASTER_KEY: 32 random bytes in base64. */
export function newMasterKey(): string {
  return randomBytes(32).toString('base64');
}
