import { openApiDocument } from '@access/contract';
import { createPrismaClient, type PrismaClient } from '@access/db';
import { ApiException } from '@access/errors';
import { ContractRegistry } from '../platform/contract/contract-registry';
import { RequestValidator } from '../platform/contract/request-validator';
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

/**
 * Checks a command's input as the HTTP API checks the same operation's request (the
 * document's schemas), so a command has no rules of its own; a refusal is a UsageError
 * listing each problem, then the usage.
 */
export function checkAsOperation(
  operationId: string,
  parts: { body?: unknown; headers?: Record<string, string | undefined> },
  usage: string,
): void {
  try {
    new RequestValidator(openApiDocument, [new ContractRegistry().get(operationId)]).validate(operationId, {
      body: parts.body,
      query: {},
      params: {},
      headers: parts.headers ?? {},
    });
  } catch (error) {
    if (!(error instanceof ApiException)) throw error;
    const problems = error.errors.map((problem) => `  ${problem.location} ${problem.pointer || '(whole)'}: ${problem.detail}`);
    throw new UsageError([...problems, usage].join('\n'));
  }
}
