import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createPrismaClient, PrismaClient } from '../lib/prisma-client';
import { quoteIdent, SERVER_URL_ENV, TEMPLATE_ENV, withDatabase } from './test-server';

export interface TestDatabase {
  /** URL of this test file's own database. */
  url: string;
  prisma: PrismaClient;
  /** Disconnects and drops the database; call it in afterAll. */
  drop(): Promise<void>;
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** A fresh, fully migrated database cloned from the run's template (see global-setup). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env[SERVER_URL_ENV];
  const template = process.env[TEMPLATE_ENV];
  if (!serverUrl || !template) {
    throw new Error('No test database server: add libs/db/src/testing/global-setup.ts and global-teardown.ts to this Jest config.');
  }
  const name = `access_test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
  const url = withDatabase(serverUrl, name);
  const prisma = createPrismaClient({ url, poolMax: 4 });
  return {
    url,
    prisma,
    drop: async () => {
      await prisma.$disconnect();
      await onServer(serverUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    },
  };
}
