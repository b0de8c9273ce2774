import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { createApiApp } from '@uplift/api';
import { ApiKeys, type ApiKeyRole } from '@uplift/persistence';
import type { EngineHarness } from './engine-harness';
import { apiClient } from './http-client';

/** The real HTTP API on a free loopback port, over an engine harness. */
export interface ApiHarness {
  app: INestApplication;
  base: string;
  /** A client authenticated with a new API key of that channel and role. */
  client(channel: string, role: ApiKeyRole, name?: string): Promise<{ api: ReturnType<typeof apiClient>; keyId: string }>;
}

/** Boots the API in-process against the harness's database and Temporal client (close with app.close()). */
export async function startApi(h: EngineHarness): Promise<ApiHarness> {
  const app = await createApiApp({ config: h.config, dataSource: h.dataSource, temporal: h.client });
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${((app.getHttpServer() as Server).address() as AddressInfo).port}`;
  const keys = new ApiKeys(h.dataSource);
  return {
    app,
    base,
    async client(channel, role, name = `${role} key`) {
      const { keyId, token } = await keys.create({ channel, role, name });
      return { api: apiClient(base, token), keyId };
    },
  };
}
