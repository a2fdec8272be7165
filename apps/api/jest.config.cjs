module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'api',
  rootDir: __dirname,
  // One throwaway PostgreSQL per run; each test file gets its own database (libs/db).
  globalSetup: '<rootDir>/../../libs/db/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/db/src/testing/global-teardown.ts',
  testTimeout: 30_000,
};
