import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** The test phases schemathesis runs against the API. */
export const SCHEMATHESIS_PHASES = ['examples', 'coverage', 'fuzzing', 'stateful'] as const;
export type SchemathesisPhase = (typeof SCHEMATHESIS_PHASES)[number];

/** What one phase did: requests sent, checks failed, and the phase's own verdict. */
export interface PhaseFigures {
  requests: number;
  failedChecks: number;
  status: string;
}

/** A schemathesis run read from its NDJSON event stream. */
export interface SchemathesisSummary {
  requests: number;
  failedChecks: number;
  phases: Record<SchemathesisPhase, PhaseFigures>;
  /** Non-fatal and fatal errors schemathesis reported (a crashed generator, an unreachable API...). */
  errors: string[];
  /** One line per failed check: phase, operation, check name. */
  failures: string[];
  completed: boolean;
}

type CheckResult = { name?: string; status?: string };
type Recorder = { label?: string; checks?: Record<string, CheckResult[]>; interactions?: Record<string, unknown> };
type Event = Record<
  string,
  { phase?: unknown; status?: string; recorder?: Recorder; value?: { type?: string; message?: string }; label?: string }
>;

/** Reads schemathesis' `--report ndjson` file line by line (it holds every request and answer). */
export async function readSchemathesisEvents(path: string): Promise<SchemathesisSummary> {
  const phases = Object.fromEntries(SCHEMATHESIS_PHASES.map((p) => [p, { requests: 0, failedChecks: 0, status: 'not run' }])) as Record<
    SchemathesisPhase,
    PhaseFigures
  >;
  const summary: SchemathesisSummary = { requests: 0, failedChecks: 0, phases, errors: [], failures: [], completed: false };
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const event = JSON.parse(line) as Event;
    const [kind, body] = Object.entries(event)[0] ?? [];
    if (!kind || !body) continue;
    if (kind === 'ScenarioFinished') addScenario(summary, body.phase, body.recorder ?? {});
    else if (kind === 'PhaseFinished') setPhaseStatus(summary, body.phase, body.status);
    else if (kind === 'NonFatalError' || kind === 'FatalError')
      summary.errors.push(`${body.label ?? kind}: ${body.value?.type ?? ''} ${body.value?.message ?? ''}`.trim());
    else if (kind === 'EngineFinished') summary.completed = true;
  }
  return summary;
}

function phaseOf(raw: unknown): SchemathesisPhase | undefined {
  const name = typeof raw === 'object' && raw !== null ? (raw as { name?: unknown }).name : raw;
  return SCHEMATHESIS_PHASES.find((phase) => phase === name);
}

function addScenario(summary: SchemathesisSummary, rawPhase: unknown, recorder: Recorder): void {
  const phase = phaseOf(rawPhase);
  const requests = Object.keys(recorder.interactions ?? {}).length;
  const failed = Object.values(recorder.checks ?? {})
    .flat()
    .filter((check) => check.status === 'failure');
  summary.requests += requests;
  summary.failedChecks += failed.length;
  for (const check of failed) summary.failures.push(`${phase ?? 'unknown'} ${recorder.label ?? '?'}: ${check.name ?? '?'}`);
  if (phase) {
    summary.phases[phase].requests += requests;
    summary.phases[phase].failedChecks += failed.length;
  }
}

function setPhaseStatus(summary: SchemathesisSummary, rawPhase: unknown, status: string | undefined): void {
  const phase = phaseOf(rawPhase);
  if (phase) summary.phases[phase].status = status ?? 'unknown';
}
