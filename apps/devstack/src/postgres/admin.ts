import { Client } from 'pg';

/** Runs `work` with a connected client and always closes it. */
export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'uplift-devstack' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** True when a connection to `url` succeeds and answers a query. */
export async function canQuery(url: string): Promise<boolean> {
  return withClient(url, async (client) => {
    await client.query('SELECT 1');
    return true;
  });
}

/** Creates database `name` unless it exists. `adminUrl` must point at another database, e.g. `postgres`. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<boolean> {
  return withClient(adminUrl, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    try {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      return true;
    } catch (error) {
      // 42P04 duplicate_database: created by someone else between our check and our CREATE.
      if ((error as { code?: string }).code === '42P04') return false;
      throw error;
    }
  });
}

/** A LOGIN role the engine connects as, which gets its rights only through membership of a group role. */
export interface LoginRole {
  name: string;
  password: string;
  /** NOLOGIN role holding the privileges, created by the migrations. */
  memberOf: string;
}

/**
 * Creates (or updates the password of) a LOGIN role and makes it a member of `role.memberOf`.
 * Idempotent; fails clearly when the group role does not exist (migrations not applied).
 */
export async function ensureLoginRole(adminUrl: string, role: LoginRole): Promise<void> {
  await withClient(adminUrl, async (client) => {
    const group = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role.memberOf]);
    if (!group.rowCount) {
      throw new Error(`Role "${role.memberOf}" does not exist: the migrations should have created it.`);
    }
    const name = client.escapeIdentifier(role.name);
    const password = client.escapeLiteral(role.password);
    const existing = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role.name]);
    // DDL takes no bind parameters, hence the escaping. An existing role only gets its password
    // brought in line: its other attributes are someone else's decision.
    await client.query(
      existing.rowCount
        ? `ALTER ROLE ${name} WITH LOGIN PASSWORD ${password}`
        : `CREATE ROLE ${name} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD ${password}`,
    );
    const member = await client.query(
      `SELECT 1 FROM pg_auth_members m
         JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
        WHERE g.rolname = $1 AND u.rolname = $2`,
      [role.memberOf, role.name],
    );
    if (!member.rowCount) await client.query(`GRANT ${client.escapeIdentifier(role.memberOf)} TO ${name}`);
  });
}

/** Builds a postgres:// URL; user and password are percent-encoded. */
export function postgresUrl(parts: { user: string; password: string; host: string; port: number; database: string }): string {
  return `postgres://${encodeURIComponent(parts.user)}:${encodeURIComponent(parts.password)}@${parts.host}:${parts.port}/${encodeURIComponent(parts.database)}`;
}

/** The same server and credentials as `url`, but another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** host:port/database of a URL, without credentials: safe to print and to compare. */
export function describeDatabase(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}
