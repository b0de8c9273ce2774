import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { INestApplication } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import Ajv from 'ajv';
import { createApiApp } from '@uplift/api';
import { loadConfig } from '@uplift/config';
import type { DataSource } from 'typeorm';
import { brokenCrossFieldRules, documentExamples, resolve, type Json } from '../support/openapi-examples';

let app: INestApplication;
let document: Json;

// Building the document needs the app's routes, not its dependencies: nothing here is called.
before(async () => {
  const config = loadConfig({ UPLIFT_MASTER_KEY: randomBytes(32).toString('base64'), LOG_LEVEL: 'error' });
  app = await createApiApp({ config, dataSource: {} as DataSource, temporal: {} as Client });
  await app.listen(0, '127.0.0.1');
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  document = (await (await fetch(`http://127.0.0.1:${port}/docs-json`)).json()) as Json;
});
after(async () => {
  await app?.close();
});

void describe('the OpenAPI document', () => {
  void test('every example validates against its own schema', () => {
    // OpenAPI 3.0 schemas: `nullable` and `example` are keywords; formats are the API's to check.
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema({ components: document['components'] }, 'doc');
    const examples = documentExamples(document);
    assert.ok(examples.length > 50, `only ${examples.length} examples found`);
    const problems = examples.flatMap(({ where, example, schema }) => {
      const target = resolve(document, schema);
      const validate = ajv.compile(withRefsInto(target));
      const valid = validate(example);
      const crossField = brokenCrossFieldRules(target, example);
      return [...(valid ? [] : [`${where}: ${ajv.errorsText(validate.errors)}`]), ...crossField.map((rule) => `${where}: ${rule}`)];
    });
    assert.deepEqual(problems, []);
  });

  void test('every operation documents a success response', () => {
    const missing = Object.entries(document['paths'] as Record<string, Record<string, Json>>).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, operation]) => !Object.keys(operation['responses'] as Json).some((status) => status.startsWith('2')))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    assert.deepEqual(missing, []);
  });

  void test('request bodies take no members they do not declare', () => {
    const open = Object.entries((document['components'] as Json)['schemas'] as Record<string, Json>)
      .filter(([name]) => /Dto$/.test(name) && JSON.stringify(document['paths']).includes(`"#/components/schemas/${name}"`))
      .filter(([name]) => JSON.stringify(requestBodies(document)).includes(`"#/components/schemas/${name}"`))
      .filter(([, schema]) => schema['additionalProperties'] !== false)
      .map(([name]) => name);
    assert.deepEqual(open, []);
  });
});

/** The schema with its `#/components/...` references pointed at the document registered as "doc". */
function withRefsInto(schema: Json): Json {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/')) as Json;
}

function requestBodies(doc: Json): unknown[] {
  return Object.values(doc['paths'] as Record<string, Record<string, Json>>).flatMap((item) =>
    Object.values(item).map((operation) => operation['requestBody']),
  );
}
