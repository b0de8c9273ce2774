import type { DataSource, QueryRunner } from 'typeorm';

/** Typed access to hand-written SQL on one connection (and, inside inTransaction, one transaction). */
export class Sql {
  constructor(private readonly runner: QueryRunner) {}

  /** Rows of a query; the caller states their shape, which the SQL's column aliases must match. */
  async rows<T>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    const result = await this.runner.query(text, [...params], true);
    return result.records as T[];
  }

  /** First row of a query, or null. */
  async one<T>(text: string, params: readonly unknown[] = []): Promise<T | null> {
    const rows = await this.rows<T>(text, params);
    return rows[0] ?? null;
  }

  /** Runs a statement and returns how many rows it affected. */
  async run(text: string, params: readonly unknown[] = []): Promise<number> {
    const result = await this.runner.query(text, [...params], true);
    return result.affected ?? 0;
  }
}

/**
 * Runs `work` in one READ COMMITTED transaction: committed if it resolves, rolled back if it throws.
 * The transaction is opened with its isolation level in one statement (TypeORM's startTransaction
 * sends two, a round trip more on every commit of a turn); `work` only reaches the connection through
 * `Sql`, so nothing else needs to know a transaction is open.
 */
export async function inTransaction<T>(ds: DataSource, work: (sql: Sql) => Promise<T>): Promise<T> {
  const runner = ds.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('BEGIN ISOLATION LEVEL READ COMMITTED');
    let result: T;
    try {
      result = await work(new Sql(runner));
    } catch (error) {
      // Keep the original failure: a rollback error on a broken connection would only mask it.
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    await runner.query('COMMIT');
    return result;
  } finally {
    await runner.release();
  }
}

/** Runs `work` on one pooled connection without an explicit transaction. */
export async function withSql<T>(ds: DataSource, work: (sql: Sql) => Promise<T>): Promise<T> {
  const runner = ds.createQueryRunner();
  try {
    return await work(new Sql(runner));
  } finally {
    await runner.release();
  }
}
