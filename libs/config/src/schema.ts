import { z } from 'zod';
import { parseDuration } from './duration';

const duration = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((text, ctx) => {
      try {
        return parseDuration(text);
      } catch (error) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: (error as Error).message });
        return z.NEVER;
      }
    });

const port = (fallback: number) => z.coerce.number().int().min(0).max(65_535).default(fallback);

/** The environment variables the engine reads, with defaults for the embedded developer set-up. */
export const envSchema = z.object({
  UPLIFT_DATA_DIR: z.string().min(1).default('.data'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_MIGRATION_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  TEMPORAL_ADDRESS: z.string().min(1).optional(),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('uplift-cases'),
  TEMPORAL_EVIDENCE_TASK_QUEUE: z.string().min(1).default('uplift-evidence'),
  TEMPORAL_UI_PORT: port(8233),
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: port(3000),
  API_TEMPORAL_CALL_TIMEOUT: duration('30s'),
  UPLIFT_MASTER_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes in base64 (44 characters)')
    .optional(),
  UPLIFT_MASTER_KEY_PREVIOUS: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=(,[A-Za-z0-9+/]{43}=)*$/, 'must be a comma-separated list of 32-byte keys in base64')
    .optional(),
  TEMPORAL_UI_ORIGINS: z.string().min(1).default('http://127.0.0.1:8233,http://localhost:8233'),
  EVIDENCE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(20 * 1024 * 1024),
  EVIDENCE_MAX_PIXELS: z.coerce.number().int().min(10_000).default(50_000_000),
  CASE_REMINDER_AFTER: duration('24h'),
  CASE_ABANDON_AFTER: duration('7d'),
  CASE_REVIEW_ESCALATE_AFTER: duration('24h'),
  CASE_PROPOSAL_TTL: duration('15m'),
  EVIDENCE_ASSESSMENT_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(3),
  WORKER_ROLES: z.enum(['all', 'cases', 'evidence']).default('all'),
  EVIDENCE_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(3),
  OPERATIONS_SWEEP_EVERY: duration('1m'),
  RETENTION_AFTER_CLOSE: duration('1825d'),
  PRIVACY_SWEEP_EVERY: duration('1h'),
  ARCHIVE_SWEEP_EVERY: duration('10m'),
  ARCHIVE_OPEN_CASES_EVERY: duration('24h'),
  OPERATIONS_STUCK_ATTEMPTS: z.coerce.number().int().min(2).max(1_000).default(5),
  TEMPORAL_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).max(100_000).default(2_000),
  VISION_OCR_THREADS: z.coerce.number().int().min(1).max(16).default(1),
  AUTHENTICITY_THREADS: z.coerce.number().int().min(1).max(16).default(1),
  VISION_OBJECT_DETECTION: z.enum(['on', 'off']).default('on'),
  VISION_EXTERNAL_MODEL_URL: z.string().url().optional(),
  DIALOGUE_LLM_URL: z.string().url().optional(),
  DIALOGUE_LLM_MODEL: z.string().min(1).default('default'),
  DIALOGUE_LLM_API_KEY: z.string().min(1).optional(),
  DIALOGUE_LLM_TIMEOUT: duration('3s'),
  WORKER_METRICS_ADDRESS: z
    .string()
    .regex(/^(off|[^\s:]+:\d{1,5})$/, 'must be host:port (e.g. 0.0.0.0:9464) or off')
    .default('off'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  CONSOLE_SESSION_TTL: duration('8h'),
  CONSOLE_SECURE_COOKIE: z.enum(['auto', 'on', 'off']).default('auto'),
  REVIEW_CLAIM_TTL: duration('30m'),
  REVIEW_FOUR_EYES_ABOVE: z.coerce.number().int().min(0).default(200_000),
});

/** Raw, validated environment. */
export type Env = z.infer<typeof envSchema>;
