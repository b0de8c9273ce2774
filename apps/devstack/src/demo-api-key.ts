import { ApiKeys } from '@uplift/persistence';
import { withDataSource } from './data-source';
import { describeDatabase } from './postgres/admin';
import { writeSecrets } from './secrets';
import type { DevSecrets, StoredApiKey } from './secrets';

/** Channel whose API key the dev stack creates on first start. */
export const DEMO_CHANNEL = 'demo';

/**
 * Returns the demo channel's API key, creating it (and remembering it in secrets.json) the first
 * time the stack starts against a database. Keys are stored hashed, so the token is only known here.
 */
export async function ensureDemoApiKey(dataDir: string, secrets: DevSecrets, databaseUrl: string): Promise<StoredApiKey> {
  const database = describeDatabase(databaseUrl);
  if (secrets.demoApiKey?.database === database) return secrets.demoApiKey;
  const created = await withDataSource(databaseUrl, (dataSource) =>
    new ApiKeys(dataSource).create({ channel: DEMO_CHANNEL, role: 'channel', name: 'dev stack demo key' }),
  );
  const stored: StoredApiKey = { keyId: created.keyId, token: created.token, database };
  secrets.demoApiKey = stored;
  writeSecrets(dataDir, secrets);
  return stored;
}
