import type { FastifyReply } from 'fastify';
import type { ApiException } from '@access/errors';
import type { ApiExceptionFilter } from './api-exception.filter';
import { HEADER } from './headers';

/** Answers with an error from outside NestJS (the router's refusals, request hooks). */
export type SendError = (reply: FastifyReply, exception: ApiException) => void;

/**
 * Errors answered before NestJS runs go through the app's one exception filter all the
 * same: checked against what the operation documents, named on the request's log line, in
 * the envelope, and with the request id (set here, as the router's refusals run no hook).
 * The filter is passed lazily: the router's handler is configured before the app exists.
 */
export function sendThrough(filter: () => ApiExceptionFilter): SendError {
  return (reply, exception) => {
    filter().answer(reply.request, reply.header(HEADER.requestId, reply.request.id), exception);
  };
}
