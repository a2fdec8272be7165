module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'db',
  rootDir: __dirname,
  // One throwaway PostgreSQL per run; each test file clones its own database from it.
  globalSetup: '<rootDir>/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/src/testing/global-teardown.ts',
  testTimeout: 30_000,
};
