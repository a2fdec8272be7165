import { classifyDatabaseFault, type DatabaseAvailability } from '@access/db';
import { ApiException } from '@access/errors';
import type { FaultTranslator } from './api-exception.filter';
import { errorSource, isSecured } from '../contract/error-sources';

/** Seconds a caller should wait before retrying, by fault (documented with the 503 response). */
export const RETRY_AFTER_SEC = { database_unavailable: 5, database_timeout: 2, shutting_down: 1 } as const;

/**
 * 503 database_unavailable and database_timeout, with Retry-After, on every operation that
 * needs a credential: each can reach the database (authentication looks up API keys, the
 * policies read a user's roles, the handlers and the local access provider keep their data
 * there). The probes do not: liveness touches nothing, and readiness answers its own 503.
 */
export const DATABASE_ERRORS = errorSource('database', isSecured);

/**
 * A database fault met while serving a request becomes 503 database_unavailable or
 * database_timeout, with Retry-After, instead of an internal error with a stack. An
 * unavailable database is reported to `availability`, which logs the outage once and
 * watches for the database's return.
 */
export function databaseFaultAnswer(availability: DatabaseAvailability): FaultTranslator {
  return (error) => {
    const fault = classifyDatabaseFault(error);
    if (!fault) return undefined;
    if (fault.kind === 'unavailable') availability.suspect(error);
    const code = fault.kind === 'unavailable' ? 'database_unavailable' : 'database_timeout';
    return new ApiException(code, { headers: { 'retry-after': String(RETRY_AFTER_SEC[code]) }, cause: error });
  };
}
