import type { UpliftConfig } from './config';
import { ConfigError } from './config';

/** The master keys as bytes: the current one (used for everything new) and the previous ones (still read). */
export interface MasterKeys {
  current: Buffer;
  previous: Buffer[];
}

/** Decodes UPLIFT_MASTER_KEY (required here) and UPLIFT_MASTER_KEY_PREVIOUS; fails at boot with the variable's name. */
export function masterKeys(config: UpliftConfig): MasterKeys {
  const base64 = config.crypto.masterKeyBase64;
  if (!base64) throw new ConfigError(['UPLIFT_MASTER_KEY: required (32 random bytes, base64)']);
  const decode = (value: string, name: string) => {
    const key = Buffer.from(value, 'base64');
    if (key.length !== 32) throw new ConfigError([`${name}: must decode to exactly 32 bytes`]);
    return key;
  };
  return {
    current: decode(base64, 'UPLIFT_MASTER_KEY'),
    previous: config.crypto.previousMasterKeysBase64.map((k) => decode(k, 'UPLIFT_MASTER_KEY_PREVIOUS')),
  };
}
