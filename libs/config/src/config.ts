import type { LogLevel } from './log-lines';
import { envSchema } from './schema';

/** The engine's configuration, grouped by the part that uses it. Libraries receive these objects. */
export interface UpliftConfig {
  dataDir: string;
  database: { url: string | undefined; migrationUrl: string | undefined; poolSize: number };
  temporal: {
    address: string | undefined;
    namespace: string;
    taskQueue: string;
    evidenceTaskQueue: string;
    uiPort: number;
    /** Workflows a worker keeps in memory between tasks (the rest are replayed from history when they wake). */
    maxCachedWorkflows: number;
  };
  /** temporalCallTimeoutMs: how long a request waits for its case before answering 503 (the client may retry). */
  api: { host: string; port: number; temporalCallTimeoutMs: number };
  /** The master key (newest) and the ones it replaced (still read, never written with). */
  crypto: { masterKeyBase64: string | undefined; previousMasterKeysBase64: string[] };
  /** Origins of the Temporal Web UI allowed to call the codec server (CORS). */
  temporalUiOrigins: string[];
  evidence: { maxBytes: number; maxPixels: number };
  caseTimers: { reminderAfterMs: number; abandonAfterMs: number; reviewEscalateAfterMs: number };
  caseSettings: { proposalTtlMs: number; assessmentConcurrency: number; languageModel: boolean };
  /** An OpenAI-compatible chat endpoint that advises the dialogue's understanding (off when url is unset). */
  dialogueModel: { url: string | undefined; model: string; apiKey: string | undefined; timeoutMs: number };
  /** Examinations one worker process runs at a time. */
  evidenceWorkerConcurrency: number;
  /** What a worker process polls: the case queue (workflows, commits, decisions), the evidence queue (OCR and forensics), or both. */
  workerRoles: 'all' | 'cases' | 'evidence';
  /** How often stuck cases are looked for, and how many attempts make a retrying activity "stuck". */
  operations: { sweepEveryMs: number; stuckAttempts: number };
  /** Closed cases are erased `retentionAfterCloseMs` after closing unless held; the sweep runs every `sweepEveryMs`. */
  privacy: { retentionAfterCloseMs: number; sweepEveryMs: number };
  /** The records sweep: how often it runs, and how often an open case's history is archived (docs/adr/0024). */
  archive: { sweepEveryMs: number; openCasesEveryMs: number };
  vision: { ocrThreads: number; objectDetection: boolean; externalModelUrl: string | undefined };
  /** Worker threads for the single-image authenticity checks (AUTHENTICITY_THREADS). */
  authenticityThreads: number;
  /** Where a worker serves Prometheus metrics (`/metrics`), or undefined for none. */
  workerMetricsAddress: string | undefined;
  logLevel: LogLevel;
  /** The browser console's sessions: lifetime, and whether the cookie is marked Secure (auto: when the request came over TLS). */
  console: { sessionTtlMs: number; secureCookie: 'auto' | 'on' | 'off' };
  /** Human review: how long a reviewer's claim on a case lasts, and the granted limit above which an override needs a second reviewer. */
  review: { claimTtlMs: number; fourEyesAboveCny: number };
}

/** Thrown at boot when the environment is invalid; the message lists every problem. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates `env` (process.env at the edge of a process) and returns the typed configuration. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): UpliftConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  if (e.CASE_ABANDON_AFTER <= e.CASE_REMINDER_AFTER) {
    throw new ConfigError(['CASE_ABANDON_AFTER: must be longer than CASE_REMINDER_AFTER']);
  }
  return {
    dataDir: e.UPLIFT_DATA_DIR,
    database: { url: e.DATABASE_URL, migrationUrl: e.DATABASE_MIGRATION_URL, poolSize: e.DATABASE_POOL_SIZE },
    temporal: {
      address: e.TEMPORAL_ADDRESS,
      namespace: e.TEMPORAL_NAMESPACE,
      taskQueue: e.TEMPORAL_TASK_QUEUE,
      evidenceTaskQueue: e.TEMPORAL_EVIDENCE_TASK_QUEUE,
      uiPort: e.TEMPORAL_UI_PORT,
      maxCachedWorkflows: e.TEMPORAL_MAX_CACHED_WORKFLOWS,
    },
    api: { host: e.API_HOST, port: e.API_PORT, temporalCallTimeoutMs: e.API_TEMPORAL_CALL_TIMEOUT },
    crypto: { masterKeyBase64: e.UPLIFT_MASTER_KEY, previousMasterKeysBase64: e.UPLIFT_MASTER_KEY_PREVIOUS?.split(',') ?? [] },
    temporalUiOrigins: e.TEMPORAL_UI_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    evidence: { maxBytes: e.EVIDENCE_MAX_BYTES, maxPixels: e.EVIDENCE_MAX_PIXELS },
    caseTimers: {
      reminderAfterMs: e.CASE_REMINDER_AFTER,
      abandonAfterMs: e.CASE_ABANDON_AFTER,
      reviewEscalateAfterMs: e.CASE_REVIEW_ESCALATE_AFTER,
    },
    caseSettings: {
      proposalTtlMs: e.CASE_PROPOSAL_TTL,
      assessmentConcurrency: e.EVIDENCE_ASSESSMENT_CONCURRENCY,
      languageModel: e.DIALOGUE_LLM_URL !== undefined,
    },
    dialogueModel: {
      url: e.DIALOGUE_LLM_URL,
      model: e.DIALOGUE_LLM_MODEL,
      apiKey: e.DIALOGUE_LLM_API_KEY,
      timeoutMs: e.DIALOGUE_LLM_TIMEOUT,
    },
    evidenceWorkerConcurrency: e.EVIDENCE_WORKER_CONCURRENCY,
    workerRoles: e.WORKER_ROLES,
    operations: { sweepEveryMs: e.OPERATIONS_SWEEP_EVERY, stuckAttempts: e.OPERATIONS_STUCK_ATTEMPTS },
    privacy: { retentionAfterCloseMs: e.RETENTION_AFTER_CLOSE, sweepEveryMs: e.PRIVACY_SWEEP_EVERY },
    archive: { sweepEveryMs: e.ARCHIVE_SWEEP_EVERY, openCasesEveryMs: e.ARCHIVE_OPEN_CASES_EVERY },
    vision: {
      ocrThreads: e.VISION_OCR_THREADS,
      objectDetection: e.VISION_OBJECT_DETECTION === 'on',
      externalModelUrl: e.VISION_EXTERNAL_MODEL_URL,
    },
    authenticityThreads: e.AUTHENTICITY_THREADS,
    workerMetricsAddress: e.WORKER_METRICS_ADDRESS === 'off' ? undefined : e.WORKER_METRICS_ADDRESS,
    logLevel: e.LOG_LEVEL,
    console: { sessionTtlMs: e.CONSOLE_SESSION_TTL, secureCookie: e.CONSOLE_SECURE_COOKIE },
    review: { claimTtlMs: e.REVIEW_CLAIM_TTL, fourEyesAboveCny: e.REVIEW_FOUR_EYES_ABOVE },
  };
}
