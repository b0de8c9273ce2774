import type { Client } from '@temporalio/client';
import type { UpliftConfig } from '@uplift/config';
import type { DataSource } from 'typeorm';

/** What the HTTP API needs from its host process; the host owns (opens and closes) all of it. */
export interface ApiDependencies {
  config: UpliftConfig;
  /** An initialised TypeORM data source (see createDataSource in @uplift/persistence). */
  dataSource: DataSource;
  /** A Temporal client bound to the engine's namespace. */
  temporal: Client;
  /** Called once when the app shuts down (e.g. on SIGTERM), after the HTTP server stopped. */
  onShutdown?: () => Promise<void>;
}

/** Injection tokens of the API's collaborators. */
export const TOKENS = {
  config: Symbol('UpliftConfig'),
  dataSource: Symbol('DataSource'),
  temporal: Symbol('TemporalClient'),
  logger: Symbol('JsonLogger'),
  caseQueries: Symbol('CaseQueries'),
  eventStore: Symbol('EventStore'),
  evidenceVault: Symbol('EvidenceVault'),
  apiKeys: Symbol('ApiKeys'),
  idempotency: Symbol('IdempotencyStore'),
  caseOperations: Symbol('CaseOperations'),
  payloadCodec: Symbol('PayloadCodec'),
  metrics: Symbol('ApiMetrics'),
  caseErasures: Symbol('CaseErasures'),
} as const;
