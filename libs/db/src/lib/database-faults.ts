import { Prisma } from '../generated/prisma/client';

/**
 * A failure of the database rather than of the request:
 * - `unavailable`: the server cannot be reached, went away or refuses connections;
 * - `timeout`: it is there but did not answer within one of the bounds of
 *   DATABASE_TIMEOUT_DEFAULTS (pool wait, lock wait, statement, transaction).
 */
export type DatabaseFault = { kind: 'unavailable' | 'timeout'; reason: string };

// The driver adapter's names for connection-level failures (@prisma/adapter-pg).
const UNAVAILABLE_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'TlsConnectionError',
  'DatabaseDoesNotExist',
  'DatabaseAccessDenied',
  'AuthenticationFailed',
]);

// PostgreSQL SQLSTATEs: 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now,
// 53xxx insufficient resources; the whole class 08 is "connection exception".
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53000', '53100', '53200', '53300', '53400']);
// 57014 query_canceled (statement_timeout), 55P03 lock_not_available (lock_timeout),
// 25P03 idle_in_transaction_session_timeout.
const TIMEOUT_SQLSTATES = new Set(['57014', '55P03', '25P03']);

// Prisma's own codes: P1001 can't reach the server, P1002 reached but timed out, P1008
// operations timed out, P1017 the server closed the connection, P2024 no pooled connection in
// time, P2028 the interactive transaction could not start or expired in time.
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1017']);
const TIMEOUT_PRISMA_CODES = new Set(['P1002', 'P1008', 'P2024', 'P2028']);

// node-postgres raises these as plain Errors, without a code.
const PG_MESSAGES: Array<[RegExp, DatabaseFault['kind']]> = [
  [/^timeout exceeded when trying to connect$/, 'timeout'],
  [/^Connection terminated/, 'unavailable'],
  [/is not queryable$/, 'unavailable'],
];
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EAI_AGAIN']);

interface AdapterCause {
  kind?: string;
  code?: string;
}

function bySqlState(code: string | undefined): DatabaseFault['kind'] | undefined {
  if (!code) return undefined;
  if (TIMEOUT_SQLSTATES.has(code)) return 'timeout';
  if (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08')) return 'unavailable';
  return undefined;
}

function byAdapterCause(cause: AdapterCause | undefined): DatabaseFault | undefined {
  if (!cause?.kind) return undefined;
  if (UNAVAILABLE_KINDS.has(cause.kind)) return { kind: 'unavailable', reason: cause.kind };
  const kind = cause.kind === 'postgres' ? bySqlState(cause.code) : undefined;
  return kind ? { kind, reason: `SQLSTATE ${cause.code}` } : undefined;
}

/**
 * Whether `error` is a fault of the database (to be answered 503 and retried later) and
 * which one. Anything else, such as a constraint violation or a bug, gives undefined.
 */
export function classifyDatabaseFault(error: unknown): DatabaseFault | undefined {
  if (error instanceof Prisma.PrismaClientInitializationError) return { kind: 'unavailable', reason: error.errorCode ?? 'initialization' };
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const meta = error.meta as { driverAdapterError?: { cause?: AdapterCause } } | undefined;
    const fromAdapter = byAdapterCause(meta?.driverAdapterError?.cause);
    if (fromAdapter) return fromAdapter;
    if (UNAVAILABLE_PRISMA_CODES.has(error.code)) return { kind: 'unavailable', reason: error.code };
    if (TIMEOUT_PRISMA_CODES.has(error.code)) return { kind: 'timeout', reason: error.code };
    return undefined;
  }
  if (!(error instanceof Error)) return undefined;
  const { code, cause } = error as Error & { code?: unknown; cause?: unknown };
  if (error.name === 'DriverAdapterError') return byAdapterCause(cause as AdapterCause | undefined);
  if (typeof code === 'string') {
    if (SOCKET_CODES.has(code)) return { kind: 'unavailable', reason: code };
    const kind = bySqlState(code);
    if (kind) return { kind, reason: `SQLSTATE ${code}` };
  }
  for (const [pattern, kind] of PG_MESSAGES) if (pattern.test(error.message)) return { kind, reason: error.message };
  return undefined;
}
