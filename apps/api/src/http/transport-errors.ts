import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import { ApiException, renderEnvelope, toApiException, type ErrorCodeSlug } from '@access/errors';

/**
 * Fastify's router refuses some requests before any route or hook runs (a URL that
 * is not valid percent-encoding, a path segment over maxParamLength). They get the
 * envelope like every other error: this is the status and JSON body to send.
 */
export function frameworkErrorAnswer(error: Error, requestId: string): { status: number; body: string; exception: ApiException } {
  const exception = toApiException(error);
  return { status: exception.status, body: JSON.stringify(renderEnvelope(exception, requestId)), exception };
}

const CLIENT_ERRORS: Record<string, ErrorCodeSlug> = {
  HPE_HEADER_OVERFLOW: 'header_fields_too_large',
  ERR_HTTP_REQUEST_TIMEOUT: 'request_timeout',
};

/**
 * Node's HTTP parser refuses some requests before Fastify sees them (headers over
 * the size limit, malformed HTTP, a request that never finished). Answered on the
 * socket, in the envelope, with a fresh request id, then the connection is closed.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const exception = new ApiException(CLIENT_ERRORS[error.code ?? ''] ?? 'bad_request', {
    message:
      error.code === 'HPE_HEADER_OVERFLOW' || error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? undefined : 'The request is not valid HTTP.',
  });
  const requestId = randomUUID();
  const body = JSON.stringify(renderEnvelope(exception, requestId));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${exception.status} ${exception.code}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nX-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
