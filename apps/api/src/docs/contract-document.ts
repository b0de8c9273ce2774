import type { OpenAPIObject } from '@nestjs/swagger';
import { greaterThanRules } from '../cases/dto/is-greater-than';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENCY_KEY_PATTERN } from '../cases/idempotency-key';
import { ErrorResponseDto } from './api-error-responses';
import { CASE_LINKS, type OperationLinks } from './case-links';

type Schema = Record<string, unknown>;
type Parameter = { name?: string; in?: string; schema?: Schema; example?: unknown };
type Operation = {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, Schema>;
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const ERROR_SCHEMA = ErrorResponseDto.name;

/**
 * Completes the generated document with what the decorators cannot say and the API enforces:
 * request bodies take no unknown members (the global ValidationPipe forbids them), the syntax of
 * Idempotency-Key wherever it is taken, errors as JSON on every route, cross-field rules (`x-greater-than`), and the links that say which answer feeds which request.
 */
export function completeContract(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const bodies = operations(document).flatMap((op) => Object.values(op.requestBody?.content ?? {}).map((media) => media.schema));
  for (const name of reachableSchemas(bodies, schemas)) {
    const target = schemas[name];
    if (target?.['type'] === 'object' && target['properties'] !== undefined) target['additionalProperties'] = false;
  }
  // IdempotencyKeyGuard enforces one syntax on every route that takes the header.
  for (const parameter of operations(document).flatMap((op) => op.parameters ?? [])) {
    if (parameter.in === 'header' && parameter.name?.toLowerCase() === IDEMPOTENCY_KEY_HEADER) {
      parameter.schema = { ...parameter.schema, type: 'string', pattern: IDEMPOTENCY_KEY_PATTERN.source, minLength: 1, maxLength: 128 };
    }
  }
  // Every error leaves through ApiExceptionFilter as JSON, whatever a route's @ApiProduces says of its successes.
  for (const operation of operations(document)) {
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      const content = response['content'] as Record<string, { schema?: Schema }> | undefined;
      const schema = Object.values(content ?? {}).find((media) => refName(media.schema) === ERROR_SCHEMA)?.schema;
      if (Number(status) >= 400 && schema) response['content'] = { 'application/json': { schema } };
    }
  }
  for (const rule of greaterThanRules()) {
    const property = (schemas[rule.schema]?.['properties'] as Record<string, Schema> | undefined)?.[rule.property];
    if (property) property['x-greater-than'] = rule.other;
  }
  addLinks(document, CASE_LINKS);
  return document;
}

function operations(document: OpenAPIObject): Operation[] {
  return Object.values(document.paths).flatMap((item) =>
    METHODS.map((method) => (item as Record<string, Operation | undefined>)[method]).filter((op): op is Operation => op !== undefined),
  );
}

/** Names of the component schemas `roots` refer to, directly or through other schemas. */
function reachableSchemas(roots: (Schema | undefined)[], schemas: Record<string, Schema>): Set<string> {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const name = refName(node as Schema);
    if (name !== undefined && !found.has(name)) {
      found.add(name);
      visit(schemas[name]);
    }
    Object.values(node).forEach(visit);
  };
  roots.forEach(visit);
  return found;
}

function refName(schema: Schema | undefined): string | undefined {
  const ref = schema?.['$ref'];
  return typeof ref === 'string' ? ref.split('/').pop() : undefined;
}

function addLinks(document: OpenAPIObject, links: readonly OperationLinks[]): void {
  const byId = new Map(operations(document).flatMap((op) => (op.operationId ? [[op.operationId, op] as const] : [])));
  for (const { from, statuses, to } of links) {
    const source = byId.get(from);
    if (!source) throw new Error(`OpenAPI link source ${from} is not an operation`);
    for (const status of statuses) {
      const response = source.responses?.[status];
      if (!response) throw new Error(`OpenAPI link source ${from} has no ${status} response`);
      const declared: Record<string, unknown> = {};
      for (const [name, link] of Object.entries(to)) {
        if (!byId.has(link.operationId)) throw new Error(`OpenAPI link target ${link.operationId} is not an operation`);
        declared[name] = link;
      }
      response['links'] = declared;
    }
  }
}
