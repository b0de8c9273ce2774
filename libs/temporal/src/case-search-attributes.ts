import type { Connection } from '@temporalio/client';
import { CASE_SEARCH_ATTRIBUTES } from '@uplift/domain';
import { ensureSearchAttributes } from './search-attributes';

/** Makes sure `namespace` has the search attributes the case workflow sets (all Keyword). Idempotent. */
export async function ensureCaseSearchAttributes(connection: Connection, namespace: string): Promise<void> {
  await ensureSearchAttributes(connection, namespace, CASE_SEARCH_ATTRIBUTES);
}
