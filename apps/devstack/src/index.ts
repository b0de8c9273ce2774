export { EmbeddedPostgres } from './postgres/embedded-server';
export type { EmbeddedPostgresOptions } from './postgres/embedded-server';
export { TemporalDevServer } from './temporal/dev-server';
export type { DevServerOptions } from './temporal/dev-server';
export { prepareNamespace } from './temporal/prepare-namespace';
export { startTestInfrastructure, TEST_NAMESPACE } from './test-runner/test-infrastructure';
export type { TestInfrastructure } from './test-runner/test-infrastructure';
