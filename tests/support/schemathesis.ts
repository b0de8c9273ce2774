import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSchemathesisEvents, type SchemathesisSummary } from './schemathesis-report';
import { repoRoot } from './test-env';

/** The schemathesis version `npm test` installs (apps/devstack/bin/uplift); the test refuses another. */
export const SCHEMATHESIS_VERSION = '4.32.5';

/** One schemathesis run against a live API. */
export interface SchemathesisRun {
  /** URL of the OpenAPI document (the API's /docs-json). */
  schemaUrl: string;
  /** Bearer token every request carries. */
  token: string;
  /** Folder for the JUnit and NDJSON reports. */
  reportDir: string;
  /** Test cases per operation and phase (the bound that keeps the run to minutes). */
  maxExamples: number;
  seed: number;
}

/** The run's exit code, its figures and the last lines it printed. */
export interface SchemathesisResult extends SchemathesisSummary {
  exitCode: number | null;
  outputTail: string;
}

/** The schemathesis executable: $SCHEMATHESIS_CLI, else the venv `npm test` installs under .tools. */
export function schemathesisCli(): string {
  const cli = process.env['SCHEMATHESIS_CLI'] ?? join(repoRoot(), '.tools', 'schemathesis', 'bin', 'schemathesis');
  if (!existsSync(cli)) {
    throw new Error(
      `schemathesis is not installed at ${cli}: run the suite with "npm test" (it installs schemathesis ${SCHEMATHESIS_VERSION}), or set SCHEMATHESIS_CLI.`,
    );
  }
  return cli;
}

/**
 * Runs every phase (examples, coverage, fuzzing, stateful) with every check, one worker and a fixed
 * seed, with the project's hooks (tests/support/schemathesis_hooks.py) loaded, and reads the figures
 * back from the NDJSON report.
 */
export async function runSchemathesis(run: SchemathesisRun): Promise<SchemathesisResult> {
  const args = [
    'run',
    run.schemaUrl,
    '--header',
    `Authorization: Bearer ${run.token}`,
    '--phases',
    'examples,coverage,fuzzing,stateful',
    '--checks',
    'all',
    '--max-examples',
    String(run.maxExamples),
    '--seed',
    String(run.seed),
    '--workers',
    '1',
    '--request-timeout',
    '60',
    '--report',
    'junit,ndjson',
    '--report-dir',
    run.reportDir,
    '--no-color',
  ];
  const env = { ...process.env, PYTHONPATH: join(repoRoot(), 'tests', 'support'), SCHEMATHESIS_HOOKS: 'schemathesis_hooks', NO_COLOR: '1' };
  const { exitCode, output } = await spawnCollecting(schemathesisCli(), args, env);
  const ndjson = readdirSync(run.reportDir).find((name) => name.endsWith('.ndjson'));
  if (!ndjson) throw new Error(`schemathesis wrote no NDJSON report (exit ${String(exitCode)}):\n${output.slice(-4000)}`);
  const summary = await readSchemathesisEvents(join(run.reportDir, ndjson));
  return { ...summary, exitCode, outputTail: output.slice(-6000) };
}

/** The installed schemathesis' version line. */
export async function schemathesisVersion(): Promise<string> {
  const { output } = await spawnCollecting(schemathesisCli(), ['--version'], process.env);
  return output.trim();
}

function spawnCollecting(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ exitCode: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    // Only the tail matters (the summary); the reports hold the rest.
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-200_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('close', (exitCode) => resolve({ exitCode, output }));
  });
}
