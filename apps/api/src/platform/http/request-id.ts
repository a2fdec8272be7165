import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HEADER } from './headers';

/** Accept a caller's id only when it is short and plain, so it is safe to echo and log. */
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Fastify's genReqId: reuse a well-formed X-Request-Id, else mint one. The id is also
 * put on the raw request, where pino-http picks it up, so every log line carries it.
 */
export function generateRequestId(raw: IncomingMessage): string {
  const offered = raw.headers[HEADER.requestId];
  const id = typeof offered === 'string' && ACCEPTABLE_REQUEST_ID.test(offered) ? offered : randomUUID();
  (raw as IncomingMessage & { id?: string }).id = id;
  return id;
}
