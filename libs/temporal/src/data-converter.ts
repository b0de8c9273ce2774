import type { DataConverter } from '@temporalio/common';
import { payloadCodecFor } from './payload-codec';

/** Master keys as bytes (from @uplift/config's masterKeys). */
export interface CodecKeys {
  current: Buffer;
  previous: readonly Buffer[];
}

/** Module clients and workers load as `failureConverterPath` (inside the workflow bundle, for workers). */
export const FAILURE_CONVERTER_PATH = require.resolve('./failure-converter');

/**
 * What every client and worker of the engine converts payloads with: compressed and encrypted under
 * the master keys, failure messages and stack traces included.
 */
export function engineDataConverter(keys: CodecKeys): DataConverter {
  return { payloadCodecs: [payloadCodecFor(keys)], failureConverterPath: FAILURE_CONVERTER_PATH };
}
