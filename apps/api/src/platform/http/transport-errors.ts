import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply } from 'fastify';
import { ApiException, renderEnvelope, type ErrorCodeSlug, type FieldError } from '@access/errors';
import { toApiException } from './to-api-exception';
import type { ContractOperation } from '../contract/contract-operations';
import type { SendError } from './error-reply';

/** What makes a raw path segment unacceptable to the router, by its error code. */
const SEGMENT_FAULTS: Record<string, { detail: string; faulty: (segment: string, maxLength: number) => boolean }> = {
  FST_ERR_BAD_URL: { detail: 'is not valid percent-encoded UTF-8', faulty: (segment) => !decodes(segment) },
  FST_ERR_MAX_PARAM_LENGTH: { detail: 'is longer than the API accepts', faulty: (segment, max) => segment.length > max },
};

function decodes(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/**
 * Names the path parameter the router refused, when the path otherwise matches a
 * documented operation: `/id` for `/v1/users/%E0%A4%A`.
 */
function segmentProblems(code: string, url: string, operations: readonly ContractOperation[], maxParamLength: number): FieldError[] {
  const fault = SEGMENT_FAULTS[code];
  if (!fault) return [];
  const segments = (url.split('?', 1)[0] ?? '').split('/');
  const index = segments.findIndex((segment) => fault.faulty(segment, maxParamLength));
  if (index < 0) return [];
  for (const { path } of operations) {
    const template = path.split('/');
    if (template.length !== segments.length) continue;
    const fits = template.every((part, i) => i === index || /^\{.+\}$/.test(part) || part === segments[i]);
    const name = /^\{(.+)\}$/.exec(template[index] ?? '')?.[1];
    if (fits && name) return [{ detail: fault.detail, pointer: `/${name}`, location: 'path' }];
  }
  return [];
}

/**
 * Fastify's router refuses some requests before any route or hook runs (a URL that is not
 * valid percent-encoding, a path segment over maxParamLength). They get the envelope, the
 * request id and, where the path names a documented parameter, a pointer to it.
 */
export function frameworkErrorHandler(operations: () => readonly ContractOperation[], maxParamLength: number, sendError: SendError) {
  return (error: FastifyError, request: { url: string }, reply: FastifyReply): void => {
    const exception = toApiException(error);
    const errors = segmentProblems(error.code, request.url, operations(), maxParamLength);
    sendError(reply, errors.length === 0 ? exception : new ApiException(exception.code, { message: exception.message, errors }));
  };
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
