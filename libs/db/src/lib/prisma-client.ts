import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';

export { PrismaClient };

export interface DatabaseOptions {
  /** postgresql:// URL. */
  url: string;
  /** Most pooled connections this process opens (default 10). */
  poolMax?: number;
  /** How long to wait for a connection before failing, in ms (default 5000). */
  connectionTimeoutMs?: number;
  /** Server-side limit per statement, in ms (default: none). */
  statementTimeoutMs?: number;
}

/** Prisma Client over node-postgres: no native query engine is involved. */
export function createPrismaClient(options: DatabaseOptions): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: options.url,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
    statement_timeout: options.statementTimeoutMs,
  });
  return new PrismaClient({ adapter });
}
