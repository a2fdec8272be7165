import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiException } from '@access/errors';
import { errorSource } from '../contract/error-sources';
import { RETRY_AFTER_SEC } from '../http/database-fault-answer';
import type { SendError } from '../http/error-reply';
import type { ServiceLifecycle } from './service-lifecycle';

/** Liveness stays 200 while the process runs, as documented: the one path served while shutting down. */
const LIVENESS_PATH = '/healthz';

/** 503 shutting_down, with Retry-After, on every operation but liveness once shutdown began. */
export const SHUTDOWN_ERRORS = errorSource('shutdown', (operation) => operation.path !== LIVENESS_PATH);

export function shuttingDown(): ApiException {
  return new ApiException('shutting_down', { headers: { 'retry-after': String(RETRY_AFTER_SEC.shutting_down) } });
}

/**
 * A request that arrives on an open connection once shutdown began is refused before
 * anything else runs: another instance will serve it.
 */
export function refuseWhileShuttingDown(lifecycle: ServiceLifecycle, sendError: SendError) {
  return (request: FastifyRequest, reply: FastifyReply, done: () => void): void => {
    if (!lifecycle.shuttingDown || request.routeOptions.url === LIVENESS_PATH) {
      done();
      return;
    }
    sendError(reply, shuttingDown());
  };
}

/** Answers finished while shutting down close their connection, so the server can stop without waiting for keep-alive timeouts. */
export function closeConnectionsWhileShuttingDown(lifecycle: ServiceLifecycle) {
  return (_request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (error: null, payload: unknown) => void): void => {
    if (lifecycle.shuttingDown) void reply.header('connection', 'close');
    done(null, payload);
  };
}
