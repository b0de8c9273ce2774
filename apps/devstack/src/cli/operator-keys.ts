import { resolve } from 'node:path';
import { masterKeys, type MasterKeys, type UpliftConfig } from '@uplift/config';
import { runningEmbeddedDatabaseUrl } from '../embedded-database';
import { readSecrets } from '../secrets';

/** The master keys: UPLIFT_MASTER_KEY (+ _PREVIOUS), or when it is unset the running dev stack's (secrets.json). */
export function operatorMasterKeys(config: UpliftConfig): MasterKeys {
  if (config.crypto.masterKeyBase64) return masterKeys(config);
  const stored = readSecrets(resolve(config.dataDir))?.masterKey;
  if (!stored)
    throw new Error(
      'UPLIFT_MASTER_KEY is not set and no dev stack secrets are found: set it (and UPLIFT_MASTER_KEY_PREVIOUS during a rotation).',
    );
  return masterKeys({ ...config, crypto: { ...config.crypto, masterKeyBase64: stored } });
}

/** DATABASE_URL, or when it is unset the running dev stack's database. */
export function operatorDatabaseUrl(config: UpliftConfig): string {
  return config.database.url ?? runningEmbeddedDatabaseUrl(resolve(config.dataDir));
}
