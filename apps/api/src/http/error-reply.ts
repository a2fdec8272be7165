import type { FastifyReply } from 'fastify';
import { renderEnvelope, type ApiException } from '@access/errors';
import { REQUEST_ID_HEADER } from './request-id';

/**
 * Answers in the envelope from outside NestJS (router errors, request hooks), where the
 * exception filter does not run. The reply carries the request id like every other.
 */
export function sendApiException(reply: FastifyReply, exception: ApiException): FastifyReply {
  reply.code(exception.status);
  for (const [name, value] of Object.entries(exception.headers)) reply.header(name, value);
  return reply
    .header(REQUEST_ID_HEADER, reply.request.id)
    .header('content-type', 'application/json; charset=utf-8')
    .send(renderEnvelope(exception, reply.request.id));
}
