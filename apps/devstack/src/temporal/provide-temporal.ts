import { join } from 'node:path';
import { CASE_SEARCH_ATTRIBUTES } from '@uplift/domain';
import type { Lifecycle } from '../lifecycle';
import { assertPortFree } from '../process/ports';
import { Supervised } from '../process/supervised';
import { TemporalDevServer } from './dev-server';
import { prepareNamespace } from './prepare-namespace';

/** Frontend port of the dev stack's Temporal server. */
export const DEV_TEMPORAL_PORT = 7233;

/** Options for {@link provideTemporal}. */
export interface ProvideTemporalOptions {
  /** TEMPORAL_ADDRESS when set: use that cluster instead of starting one. */
  externalAddress: string | undefined;
  namespace: string;
  uiPort: number;
  /** The API's codec endpoint, for the Web UI. */
  uiCodecEndpoint: string;
  cli: string;
  dataDir: string;
  lifecycle: Lifecycle;
  log: (line: string) => void;
  signal: AbortSignal;
}

/** What the engine connects to, and where a person can look at it. */
export interface ProvidedTemporal {
  address: string;
  uiUrl: string | undefined;
}

/** Uses the external cluster or starts the dev server, then ensures the namespace and search attributes. */
export async function provideTemporal(options: ProvideTemporalOptions): Promise<ProvidedTemporal> {
  let address = options.externalAddress;
  let uiUrl: string | undefined;
  if (address === undefined) {
    await assertPortFree(DEV_TEMPORAL_PORT, '127.0.0.1', 'The Temporal dev server', 'TEMPORAL_ADDRESS (to use another cluster)');
    await assertPortFree(options.uiPort, '127.0.0.1', 'The Temporal Web UI', 'TEMPORAL_UI_PORT');
    const start = () =>
      TemporalDevServer.start({
        cli: options.cli,
        port: DEV_TEMPORAL_PORT,
        uiPort: options.uiPort,
        uiCodecEndpoint: options.uiCodecEndpoint,
        dbFile: join(options.dataDir, 'temporal', 'temporal.db'),
        namespace: options.namespace,
        searchAttributes: CASE_SEARCH_ATTRIBUTES,
        logFile: join(options.dataDir, 'logs', 'temporal.log'),
        signal: options.signal,
      });
    // Restarted with backoff if it dies; the SQLite file keeps every workflow across restarts.
    const server = await Supervised.start('Temporal', start, { log: options.log });
    options.lifecycle.add('Temporal', () => server.stop());
    address = `127.0.0.1:${DEV_TEMPORAL_PORT}`;
    uiUrl = `http://127.0.0.1:${options.uiPort}`;
  }
  await prepareNamespace(address, options.namespace, options.signal);
  return { address, uiUrl };
}
