/**
 * @access/db/testing: what tests need of the database, kept out of the library's main entry
 * point (and out of the production build). Each test file gets its own database, cloned from
 * a template that the Jest globalSetup of this folder migrates once per run.
 */
export { createTestDatabase } from './create-test-database';
export type { TestDatabase } from './create-test-database';
