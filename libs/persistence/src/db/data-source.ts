import { DataSource } from 'typeorm';
import { ALL_MIGRATIONS } from '@uplift/migrations';
import { ALL_ENTITIES } from '../entities';

/** Connection settings for createDataSource; the caller reads them from validated config. */
export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  applicationName?: string;
}

/**
 * A TypeORM DataSource for the Uplift schema, not yet initialised. The schema only ever changes
 * through migrations, so synchronize and migrationsRun are off; logging is off because query
 * parameters can hold evidence ciphertext and key material.
 */
export function createDataSource(opts: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: opts.url,
    poolSize: opts.poolSize ?? 10,
    applicationName: opts.applicationName ?? 'uplift',
    entities: [...ALL_ENTITIES],
    migrations: [...ALL_MIGRATIONS],
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    logging: false,
  });
}
