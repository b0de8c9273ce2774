import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DataSource } from '@uplift/persistence';
import type { Page } from 'playwright-core';

const INDUSTRIES = ['catering', 'retail', 'logistics', 'construction', 'manufacturing', 'wholesale', 'agriculture', 'personal_services'];

/**
 * Fills the read model with `count` referred cases shaped like `templateCaseId` (its erased state:
 * no personal data), each with its own id, industry, requested amount and referral time, all older
 * than the template. They stand in for a busy queue; they have no stream or key of their own, so only
 * the queue and counts read them.
 */
export async function seedReferredCases(ds: DataSource, templateCaseId: string, count: number): Promise<number> {
  const rows = await ds.query<{ n: number }[]>(
    `WITH made AS (
       INSERT INTO cases (case_id, channel, merchant_ref, status, industry, language, current_limit, requested_limit, granted_limit, outcome,
                          version, opened_at, updated_at, closed_at, state, sealed_state)
       SELECT gen_random_uuid()::text, c.channel, 'seeded-' || g, 'in_review', ($3::text[])[1 + g % cardinality($3::text[])], c.language,
              c.current_limit, c.requested_limit + (g % 20) * 10000, NULL, NULL, c.version,
              c.opened_at - g * interval '7 minutes', c.updated_at - g * interval '7 minutes', NULL,
              jsonb_set(c.state, '{review,referredAt}', to_jsonb(to_char((c.opened_at - g * interval '7 minutes') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))),
              NULL
       FROM cases c, generate_series(1, $2::int) g WHERE c.case_id = $1
       RETURNING 1)
     SELECT count(*)::int AS n FROM made`,
    [templateCaseId, count, INDUSTRIES],
  );
  return rows[0]?.n ?? 0;
}

/** When CONSOLE_WALKTHROUGH_DIR is set (e.g. docs/console), saves a screenshot of the page there for the README. */
export async function walkthroughShot(page: Page, name: string): Promise<void> {
  const dir = process.env['CONSOLE_WALKTHROUGH_DIR'];
  if (!dir) return;
  mkdirSync(resolve(dir), { recursive: true });
  await page.screenshot({ path: join(resolve(dir), `${name}.jpg`), type: 'jpeg', quality: 80, fullPage: false });
}

/** Milliseconds `work` took, on a monotonic clock. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return Math.round(performance.now() - started);
}

/** A bearer-authenticated JSON call of any method (the shared test client has GET and POST only). */
export function bearerClient(base: string, token: string) {
  return async <T = Record<string, unknown>>(method: string, path: string, json?: unknown): Promise<{ status: number; body: T }> => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (json !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${base}${path}`, { method, headers, body: json === undefined ? null : JSON.stringify(json) });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as T };
  };
}

/**
 * The call, or undefined when the connection was reset: the API runs in this process next to the
 * worker, whose image forensics can hold the event loop for seconds, and a pooled keep-alive socket
 * may then be closed by the server just as the poll reuses it. The poll simply asks again.
 */
export async function resetTolerant<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    if (error instanceof TypeError && (cause?.code === 'ECONNRESET' || cause?.code === 'UND_ERR_SOCKET')) return undefined;
    throw error;
  }
}
