import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiException, type FieldError } from '@access/errors';
import { errorSource } from '../contract/error-sources';
import type { SendError } from './error-reply';

/** 400 duplicate_header: every operation takes X-Request-Id, and the check runs before any route. */
export const REPEATED_HEADER_ERRORS = errorSource('headers', () => true);

/**
 * Refuses a request that sends a header taking one value (a credential, X-Tenant-ID,
 * X-Request-Id) more than once. Node keeps only the first Authorization and joins other
 * repeats with ", ", so `request.headers` cannot tell; the raw header list can.
 */
export function refuseRepeatedHeaders(singleValued: readonly string[], sendError: SendError) {
  const watched = new Set(singleValued.map((name) => name.toLowerCase()));
  return (request: FastifyRequest, reply: FastifyReply, done: () => void): void => {
    const counts = new Map<string, number>();
    const raw = request.raw.rawHeaders;
    for (let i = 0; i < raw.length; i += 2) {
      const name = raw[i]?.toLowerCase() ?? '';
      if (watched.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const errors: FieldError[] = [...counts]
      .filter(([, count]) => count > 1)
      .map(([name, count]) => ({ detail: `was sent ${count} times; send it once`, pointer: `/${name}`, location: 'header' }));
    if (errors.length === 0) {
      done();
      return;
    }
    sendError(reply, new ApiException('duplicate_header', { errors }));
  };
}
