import { createPrismaClient, type PrismaClient } from '@access/db';
import { openDatabase } from '../platform/database/database-runtime';
import { withDevelopmentSecret } from '../platform/config/development-secret';
import { ConfigError, loadConfig, type AppConfig } from '../platform/config/config';

/**
 * Runs an operator command against the configured database (DATABASE_URL, or the
 * working tree's embedded PostgreSQL, joined if `npm start` runs it), then exits.
 */
export function runCli(command: (prisma: PrismaClient, config: AppConfig) => Promise<void>): void {
  const run = async () => {
    const config = await withDevelopmentSecret(loadConfig());
    const database = await openDatabase(config.database);
    const prisma = createPrismaClient({ url: database.url, poolMax: 2 });
    try {
      await command(prisma, config);
    } finally {
      await prisma.$disconnect();
      await database.stop();
    }
  };
  run().catch((error) => {
    console.error(error instanceof ConfigError || error instanceof UsageError ? error.message : error);
    process.exit(error instanceof UsageError ? 64 : 1);
  });
}

/** A command-line mistake: its message is the usage, shown without a stack. */
export class UsageError extends Error {}
