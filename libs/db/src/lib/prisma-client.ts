import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { PrismaClient } from '../generated/prisma/client';

export { PrismaClient };

/**
 * How long the service waits on the database, chosen together so that the innermost bound
 * fires first and each failure has one meaning:
 *
 *   lock wait (2 s) < statement (5 s) < interactive transaction (10 s)
 *   waiting for a pooled connection: 3 s (also Prisma's transaction maxWait)
 *
 * A request that waits on a row lock ends at the lock timeout, a slow statement at the
 * statement timeout, a transaction that does too much at the transaction timeout; all of
 * them are answered 503 with Retry-After (see classifyDatabaseFault). The server also ends
 * a session left idle inside a transaction after the transaction timeout, so a connection
 * lost in the middle of one never holds its locks for long.
 */
export const DATABASE_TIMEOUT_DEFAULTS = {
  connectionTimeoutMs: 3_000,
  lockTimeoutMs: 2_000,
  statementTimeoutMs: 5_000,
  transactionTimeoutMs: 10_000,
} as const;

export interface DatabaseOptions {
  /** postgresql:// URL. */
  url: string;
  /** Most pooled connections this process opens (default 10). */
  poolMax?: number;
  /** How long to wait for a pooled connection (or to open one), in ms. */
  connectionTimeoutMs?: number;
  /** Server-side limit per statement, in ms. */
  statementTimeoutMs?: number;
  /** Server-side limit on waiting for a row or table lock, in ms. */
  lockTimeoutMs?: number;
  /** Limit on one interactive transaction ($transaction(async tx => …)), in ms. */
  transactionTimeoutMs?: number;
  /**
   * Called with every error a pooled connection reports outside a query (the server went
   * away, was restarted, or ended the session). Without a listener such an error would end
   * the process (node-postgres issue 2762); the pool replaces the connection by itself.
   */
  onConnectionError?: (error: Error) => void;
  /** Called with the SQL of every query the client runs (and its parameters, as JSON): for tests that keep a query's SQL. */
  onQuery?: (query: { sql: string; params: string }) => void;
}

export interface PooledPrisma {
  client: PrismaClient;
  /** The node-postgres pool under the client (for its counters); closed by client.$disconnect(). */
  pool: Pool;
}

/**
 * The pool is created here rather than by the adapter, so that every connection has an
 * 'error' listener from the moment it exists: the adapter attaches its own only after
 * pool.connect() resolves, and an error in between used to end the process.
 */
export function createPool(options: DatabaseOptions): Pool {
  const timeouts = { ...DATABASE_TIMEOUT_DEFAULTS, ...definedOnly(options) };
  const pool = new Pool({
    connectionString: options.url,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: timeouts.connectionTimeoutMs,
    statement_timeout: timeouts.statementTimeoutMs,
    lock_timeout: timeouts.lockTimeoutMs,
    idle_in_transaction_session_timeout: timeouts.transactionTimeoutMs,
    application_name: 'access-management-api',
    keepAlive: true,
  });
  const report = options.onConnectionError ?? (() => undefined);
  pool.on('error', report);
  pool.on('connect', (client) => client.on('error', report));
  return pool;
}

/** Prisma Client over node-postgres (no native query engine), on a pool made by createPool. */
export function createPooledPrisma(options: DatabaseOptions): PooledPrisma {
  const timeouts = { ...DATABASE_TIMEOUT_DEFAULTS, ...definedOnly(options) };
  const pool = createPool(options);
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const transactionOptions = { maxWait: timeouts.connectionTimeoutMs, timeout: timeouts.transactionTimeoutMs };
  const { onQuery } = options;
  if (!onQuery) return { client: new PrismaClient({ adapter, transactionOptions }), pool };
  const client = new PrismaClient({ adapter, transactionOptions, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => onQuery({ sql: event.query, params: event.params }));
  return { client, pool };
}

export function createPrismaClient(options: DatabaseOptions): PrismaClient {
  return createPooledPrisma(options).client;
}

function definedOnly(options: DatabaseOptions): Partial<typeof DATABASE_TIMEOUT_DEFAULTS> {
  const { connectionTimeoutMs, lockTimeoutMs, statementTimeoutMs, transactionTimeoutMs } = options;
  return Object.fromEntries(
    Object.entries({ connectionTimeoutMs, lockTimeoutMs, statementTimeoutMs, transactionTimeoutMs }).filter(([, v]) => v !== undefined),
  );
}
