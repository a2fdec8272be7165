import { HttpException } from '@nestjs/common';
import { ApiException, type ErrorCodeSlug } from '@access/errors';

/** Slugs for errors that arrive with only an HTTP status (from NestJS or Fastify). */
const BY_STATUS: Record<number, ErrorCodeSlug> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  503: 'service_unavailable',
};

/** Fastify's own request errors, by their stable `code`. */
const BY_FASTIFY_CODE: Record<string, { code: ErrorCodeSlug; message?: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type' },
  FST_ERR_CTP_INVALID_TYPE: { code: 'unsupported_media_type' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'malformed_json', message: 'The request body is empty but its Content-Type is application/json.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'malformed_json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'bad_request', message: 'Content-Length does not match the length of the body.' },
  FST_ERR_BAD_URL: { code: 'bad_request', message: 'The request URL is malformed.' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'bad_request', message: 'A path segment is longer than the API accepts.' },
  FST_ERR_ASYNC_CONSTRAINT: { code: 'bad_request' },
};

interface ErrorWithCodes {
  code?: unknown;
  statusCode?: unknown;
  status?: unknown;
}

/**
 * Turns anything thrown while serving a request into an ApiException, so one
 * renderer answers every failure in the envelope. Unknown errors become
 * `internal_error`: their messages can carry internals and are never shown.
 */
export function toApiException(error: unknown): ApiException {
  if (error instanceof ApiException) return error;

  if (error instanceof HttpException) {
    const slug = BY_STATUS[error.getStatus()] ?? (error.getStatus() < 500 ? 'bad_request' : 'internal_error');
    return new ApiException(slug, { cause: error });
  }

  const candidate = (typeof error === 'object' && error !== null ? error : {}) as ErrorWithCodes;
  const fastify = typeof candidate.code === 'string' ? BY_FASTIFY_CODE[candidate.code] : undefined;
  if (fastify) return new ApiException(fastify.code, { message: fastify.message, cause: error });

  // Fastify's JSON parser throws a SyntaxError carrying statusCode 400. Compared by
  // name: JSON.parse may throw another realm's SyntaxError (as under Jest).
  const status = Number(candidate.statusCode ?? candidate.status);
  if (error instanceof Error && error.name === 'SyntaxError' && status === 400) {
    return new ApiException('malformed_json', { cause: error });
  }
  if (Number.isInteger(status) && status >= 400 && status < 500) {
    return new ApiException(BY_STATUS[status] ?? 'bad_request', { cause: error });
  }
  return new ApiException('internal_error', { cause: error });
}
