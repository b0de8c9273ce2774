import { createDataSource } from '@uplift/persistence';

/** The TypeORM DataSource @uplift/persistence builds. */
export type EngineDataSource = ReturnType<typeof createDataSource>;

/** Opens a small DataSource on `url`, runs `work`, and always closes it. */
export async function withDataSource<T>(url: string, work: (dataSource: EngineDataSource) => Promise<T>): Promise<T> {
  const dataSource = createDataSource({ url, poolSize: 2, applicationName: 'uplift-devstack' });
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
