import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiException } from '@access/errors';
import type { ContractOperation } from '../contract/contract-operations';
import { errorSource } from '../contract/error-sources';
import { routedOperation } from '../contract/routed-operation';
import type { SendError } from './error-reply';

/** 400 body_not_allowed on every operation that takes no request body. */
export const UNEXPECTED_BODY_ERRORS = errorSource('no-body', (operation) => !operation.hasJsonBody);

/** Whether the request carries a message body (RFC 9112 §6.3): a Content-Length above 0, or any Transfer-Encoding. */
function carriesBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * An operation the document gives no request body (every GET and DELETE) refuses a request
 * that carries one, before it is read: neither parsed and ignored, nor answered 413 or 415
 * as if a body were expected.
 */
export function refuseUnexpectedBodies(operations: readonly ContractOperation[], sendError: SendError) {
  const bodyless = routedOperation(operations.filter((op) => UNEXPECTED_BODY_ERRORS.appliesTo(op)));
  return (request: FastifyRequest, reply: FastifyReply, done: () => void): void => {
    const operation = bodyless(request);
    if (!operation) {
      done();
      return;
    }
    if (!carriesBody(request)) {
      // A Content-Type without a body (clients that set it on every request) describes
      // nothing: without this, Fastify would parse the empty body as JSON and refuse it.
      delete request.headers['content-type'];
      done();
      return;
    }
    sendError(
      reply,
      new ApiException('body_not_allowed', {
        message: `${operation.method} ${operation.path} takes no request body; send the request without one.`,
        errors: [{ detail: 'must be empty', pointer: '', location: 'body' }],
      }),
    );
  };
}
