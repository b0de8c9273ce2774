import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The OS account PostgreSQL runs as when we are root (it refuses to run as root itself). */
export interface OsAccount {
  name: string;
  uid: number;
  gid: number;
}

const POSTGRES_ACCOUNT = 'postgres';

/** The account to run PostgreSQL as: none when we are not root; `postgres` (created if missing) when we are. */
export function postgresAccount(): OsAccount | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const existing = lookupAccount(POSTGRES_ACCOUNT);
  if (existing) return existing;
  try {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', POSTGRES_ACCOUNT], {
      stdio: 'pipe',
    });
  } catch (error) {
    throw new Error(
      `PostgreSQL cannot run as root and there is no "${POSTGRES_ACCOUNT}" OS user; creating one with useradd failed: ` +
        `${(error as Error).message}. Create it yourself, or run as a non-root user.`,
    );
  }
  const created = lookupAccount(POSTGRES_ACCOUNT);
  if (!created) throw new Error(`useradd ${POSTGRES_ACCOUNT} succeeded but the account cannot be found`);
  return created;
}

function lookupAccount(name: string): OsAccount | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: 'pipe' }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: 'pipe' }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { name, uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fails clearly when `account` cannot reach `path` because a parent folder denies it search
 * permission (for example a root-only 0700 home directory): PostgreSQL's own error is cryptic.
 */
export function assertReachableBy(account: OsAccount, path: string): void {
  let current = resolve(path);
  for (;;) {
    const parent = dirname(current);
    if (parent === current) return;
    current = parent;
    const stat = statSync(current);
    const bit = stat.uid === account.uid ? 0o100 : stat.gid === account.gid ? 0o010 : 0o001;
    if ((stat.mode & bit) === 0) {
      throw new Error(
        `PostgreSQL runs as the OS user "${account.name}", which cannot enter ${current} ` +
          `(mode ${(stat.mode & 0o777).toString(8)}). Set UPLIFT_DATA_DIR to a folder outside it, ` +
          `or allow others to enter it (chmod o+x ${current}).`,
      );
    }
  }
}
