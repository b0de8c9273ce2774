import { Client, Connection } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';

/** Where the Temporal frontend is and which namespace the engine works in. */
export interface TemporalTarget {
  /** host:port of the frontend gRPC service. */
  address: string;
  namespace: string;
  /** The engine's payload codec (clientDataConverter); without it payloads travel in plain JSON. */
  dataConverter?: DataConverter;
}

/** An open connection and a client bound to the engine's namespace. Close `connection` when done. */
export interface TemporalHandle {
  connection: Connection;
  client: Client;
}

/** Connects to Temporal and returns a client for `target.namespace`. */
export async function connectTemporal(target: TemporalTarget): Promise<TemporalHandle> {
  const connection = await Connection.connect({ address: target.address });
  const client = new Client({
    connection,
    namespace: target.namespace,
    ...(target.dataConverter ? { dataConverter: target.dataConverter } : {}),
  });
  return { connection, client };
}
