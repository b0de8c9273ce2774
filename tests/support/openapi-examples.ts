/** An OpenAPI 3.0 document as JSON, read loosely. */
export type Json = Record<string, unknown>;

/** An example the document gives, the schema it must satisfy, and where it sits. */
export interface DocumentExample {
  where: string;
  example: unknown;
  schema: Json;
}

/** The schema `ref` points at (`#/components/schemas/Name`), or the node itself. */
export function resolve(document: Json, node: Json): Json {
  const ref = node['$ref'];
  if (typeof ref !== 'string') return node;
  const name = ref.split('/').pop() ?? '';
  return ((document['components'] as Json)['schemas'] as Record<string, Json>)[name] ?? {};
}

/**
 * Every example in the document, each with its schema: property examples, the whole object a
 * schema's property examples make up (what a client copying the docs would send), and parameter
 * examples.
 */
export function documentExamples(document: Json): DocumentExample[] {
  const found: DocumentExample[] = [];
  const schemas = ((document['components'] as Json)['schemas'] ?? {}) as Record<string, Json>;
  for (const [name, schema] of Object.entries(schemas)) {
    const properties = (schema['properties'] ?? {}) as Record<string, Json>;
    const whole: Json = {};
    for (const [property, raw] of Object.entries(properties)) {
      const propertySchema = resolve(document, raw);
      if ('example' in raw) {
        found.push({ where: `${name}.${property}`, example: raw['example'], schema: raw });
        whole[property] = raw['example'];
      } else if ('example' in propertySchema) {
        whole[property] = propertySchema['example'];
      }
    }
    const required = (schema['required'] ?? []) as string[];
    if (required.every((property) => property in whole) && Object.keys(whole).length > 0) {
      found.push({ where: `${name} (its property examples together)`, example: whole, schema });
    }
  }
  for (const [path, item] of Object.entries((document['paths'] ?? {}) as Record<string, Record<string, Json>>)) {
    for (const [method, operation] of Object.entries(item)) {
      for (const parameter of (operation['parameters'] ?? []) as Json[]) {
        const schema = (parameter['schema'] ?? {}) as Json;
        const example = 'example' in parameter ? parameter['example'] : schema['example'];
        if (example !== undefined)
          found.push({ where: `${method.toUpperCase()} ${path} ${String(parameter['in'])} ${String(parameter['name'])}`, example, schema });
      }
    }
  }
  return found;
}

/** Broken `x-greater-than` rules of an object example (JSON Schema cannot state them). */
export function brokenCrossFieldRules(schema: Json, example: unknown): string[] {
  if (typeof example !== 'object' || example === null) return [];
  const values = example as Record<string, unknown>;
  return Object.entries((schema['properties'] ?? {}) as Record<string, Json>).flatMap(([property, propertySchema]) => {
    const other = propertySchema['x-greater-than'];
    const value = values[property];
    const bound = typeof other === 'string' ? values[other] : undefined;
    return typeof value === 'number' && typeof bound === 'number' && !(value > bound)
      ? [`${property} must be greater than ${String(other)}`]
      : [];
  });
}
