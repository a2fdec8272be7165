import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../lib/embedded-postgres';
import { deployMigrations } from '../lib/migrations';
import { OWNER_FILE, removeStaleRuns, RUN_DIR_PREFIX } from './stale-runs';
import { quoteIdent, SERVER_URL_ENV, TEMPLATE_ENV, withDatabase } from './test-server';

export interface TestRunState {
  serverUrl: string;
  template: string;
  stop?: () => Promise<void>;
  runDir?: string;
}

const STATE_KEY = '__accessDbTestRun';

/**
 * Jest globalSetup: one PostgreSQL per run (embedded in a temp dir, or TEST_DATABASE_URL's
 * server), with the committed migrations applied once to a template database that each
 * test file clones (see createTestDatabase).
 */
export default async function globalSetup(): Promise<void> {
  const state: TestRunState = { serverUrl: '', template: `access_template_${randomBytes(4).toString('hex')}` };
  (globalThis as Record<string, unknown>)[STATE_KEY] = state;
  try {
    if (process.env['TEST_DATABASE_URL']) {
      state.serverUrl = process.env['TEST_DATABASE_URL'];
    } else {
      await removeStaleRuns();
      state.runDir = await mkdtemp(path.join(os.tmpdir(), RUN_DIR_PREFIX));
      await chmod(state.runDir, 0o755);
      await writeFile(path.join(state.runDir, OWNER_FILE), `${process.pid}\n`);
      const server = await startEmbeddedPostgres({ dataDir: path.join(state.runDir, 'data'), port: 0 });
      state.serverUrl = server.url;
      state.stop = server.stop;
    }
    const admin = new Client({ connectionString: state.serverUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${quoteIdent(state.template)}`);
    } finally {
      await admin.end();
    }
    await deployMigrations(withDatabase(state.serverUrl, state.template));
    process.env[SERVER_URL_ENV] = state.serverUrl;
    process.env[TEMPLATE_ENV] = state.template;
  } catch (error) {
    await teardownRun(state);
    throw error;
  }
}

export async function teardownRun(state: TestRunState | undefined): Promise<void> {
  if (!state) return;
  if (state.stop) {
    await state.stop();
  } else if (state.serverUrl) {
    // A shared server (TEST_DATABASE_URL) outlives the run: only our template goes.
    const admin = new Client({ connectionString: state.serverUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(state.template)} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
  if (state.runDir) await rm(state.runDir, { recursive: true, force: true });
}

export function currentRun(): TestRunState | undefined {
  return (globalThis as Record<string, unknown>)[STATE_KEY] as TestRunState | undefined;
}
