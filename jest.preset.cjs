// Shared Jest settings for every project: SWC compiles TypeScript (with the decorator
// metadata NestJS needs) and the workspace's path aliases resolve to library sources.
const path = require('node:path');

const root = __dirname;

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // Node loads these ESM-only dependencies with require(esm); Jest's module
  // runtime cannot, so SWC turns them into CommonJS like our own sources.
  transformIgnorePatterns: ['/node_modules/(?!(.*/node_modules/)?(content-disposition|jose|graphile-worker|graphile-config)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@access/contract/constants$': path.join(root, 'libs/contract/src/constants.ts'),
    '^@access/db/testing$': path.join(root, 'libs/db/src/testing/index.ts'),
    '^@access/(auth|client|contract|db|errors)$': path.join(root, 'libs/$1/src/index.ts'),
  },
  testMatch: ['**/*.spec.ts', '**/*.test.ts'],
  reporters: ['default', path.join(root, 'tools/test/results-reporter.cjs')],
};
