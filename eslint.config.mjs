import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import access from './tools/lint-rules/index.cjs';

export default [
  {
    // libs/client/test/consumer is an outside app, compiled apart by its own test.
    ignores: ['**/dist', '**/node_modules', '**/generated/**', '**/.nx', '**/tmp', '.data/**', 'libs/client/test/consumer/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx, access },
    // Type-aware rules: each file is checked with the tsconfig of the project that owns it.
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A promise nobody awaits loses its rejection; `void` marks the deliberate ones.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/await-thenable': 'error',
      // A new union member must be handled wherever the union is switched on.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      // Architecture, enforced (tools/lint-rules; each rule's spec shows what it refuses). That every
      // route is bound to an operation or marked public is checked at start-up instead (RouteAudit),
      // against the document itself.
      'access/repositories-return-outcomes': 'error',
      'access/refusals-in-errors-files': 'error',
      'access/platform-below-domains': 'error',
      'access/test-kind-in-name': 'error',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // What a project is: apps and tools build on libraries; a library never reaches into an app or a tool.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            // Where it runs. A shared library (the contract, the errors) depends only on shared
            // libraries; the client, which runs in browsers too, only on shared ones; server-side
            // libraries (auth, db) on shared and server-side ones. The API uses all of them (its
            // tests drive it through the client).
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:client', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:shared', 'scope:server'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:shared', 'scope:server', 'scope:client'] },
            // Framework-free libraries (auth, errors, contract, client) stay so: no NestJS, no
            // Fastify, and no library that brings them.
            {
              sourceTag: 'framework:none',
              onlyDependOnLibsWithTags: ['framework:none'],
              bannedExternalImports: ['@nestjs/*', 'fastify', '@fastify/*', 'nestjs-pino', 'rxjs', 'reflect-metadata'],
            },
          ],
        },
      ],
    },
  },
  {
    // Test helpers never reach the service or the libraries' own code.
    files: ['apps/*/src/**/*.ts', 'libs/*/src/**/*.ts'],
    ignores: ['libs/db/src/testing/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: '@access/db/testing', message: 'Test helpers are for tests only.' }] }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: {
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Formatting is Prettier's alone (npm run format:check).
  prettier,
];
