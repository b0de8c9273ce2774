import type { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { GrpcStatus, hasGrpcStatus } from './grpc-errors';
import { retryUntilDeadline } from './retry';

const IndexedValueType = temporal.api.enums.v1.IndexedValueType;

/** The search attribute types Temporal supports, by the names its CLI uses. */
export type SearchAttributeKind = 'Text' | 'Keyword' | 'Int' | 'Double' | 'Bool' | 'Datetime' | 'KeywordList';

const INDEXED_TYPE: Record<SearchAttributeKind, temporal.api.enums.v1.IndexedValueType> = {
  Text: IndexedValueType.INDEXED_VALUE_TYPE_TEXT,
  Keyword: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  Int: IndexedValueType.INDEXED_VALUE_TYPE_INT,
  Double: IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE,
  Bool: IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
  Datetime: IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  KeywordList: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST,
};

/** Name → type of each custom search attribute a namespace must have. */
export type SearchAttributeSpec = Readonly<Record<string, SearchAttributeKind>>;

/**
 * Adds the attributes of `wanted` that `namespace` lacks and waits until all are listed. Idempotent;
 * fails if an attribute exists with another type (Temporal cannot change a type in place).
 */
export async function ensureSearchAttributes(
  connection: Connection,
  namespace: string,
  wanted: SearchAttributeSpec,
  timeoutMs = 30_000,
): Promise<void> {
  const retryOptions = {
    timeoutMs,
    // Right after a namespace is registered the frontend's namespace cache may not know it yet.
    isRetryable: (error: unknown) => hasGrpcStatus(error, GrpcStatus.NOT_FOUND) || hasGrpcStatus(error, GrpcStatus.UNAVAILABLE),
  };
  const existing = await retryUntilDeadline(() => listCustomAttributes(connection, namespace), {
    ...retryOptions,
    what: `search attributes of namespace "${namespace}" could not be listed`,
  });
  const missing = missingAttributes(existing, wanted);
  if (Object.keys(missing).length === 0) return;

  try {
    await retryUntilDeadline(() => connection.operatorService.addSearchAttributes({ namespace, searchAttributes: missing }), {
      ...retryOptions,
      what: `search attributes could not be added to namespace "${namespace}"`,
    });
  } catch (error) {
    // A concurrent caller added them first; the check below decides whether the result is right.
    if (!hasGrpcStatus(error, GrpcStatus.ALREADY_EXISTS)) throw error;
  }
  await retryUntilDeadline(
    async () => {
      const stillMissing = missingAttributes(await listCustomAttributes(connection, namespace), wanted);
      if (Object.keys(stillMissing).length > 0) {
        throw new Error(`still missing: ${Object.keys(stillMissing).join(', ')}`);
      }
    },
    { timeoutMs, what: `search attributes added to namespace "${namespace}" did not appear` },
  );
}

async function listCustomAttributes(
  connection: Connection,
  namespace: string,
): Promise<Record<string, temporal.api.enums.v1.IndexedValueType>> {
  const response = await connection.operatorService.listSearchAttributes({ namespace });
  return response.customAttributes ?? {};
}

function missingAttributes(
  existing: Readonly<Record<string, temporal.api.enums.v1.IndexedValueType>>,
  wanted: SearchAttributeSpec,
): Record<string, temporal.api.enums.v1.IndexedValueType> {
  const missing: Record<string, temporal.api.enums.v1.IndexedValueType> = {};
  for (const [name, kind] of Object.entries(wanted)) {
    const expected = INDEXED_TYPE[kind];
    const actual = existing[name];
    if (actual === undefined) {
      missing[name] = expected;
    } else if (actual !== expected) {
      throw new Error(
        `Search attribute ${name} exists with type ${IndexedValueType[actual]}, expected ${kind}; ` +
          'remove it (temporal operator search-attribute remove) or use another namespace.',
      );
    }
  }
  return missing;
}
