import type { ErrorEnvelope } from '@access/contract';
import { ERRORS, type ErrorCodeSlug } from '@access/errors';

interface ClientResult {
  error?: unknown;
  response: Response;
}

/**
 * Asserts an error answer of the typed client: the catalogue's status and errorCode
 * for `code`, a message and a request id. Returns the envelope.
 */
export function expectError(result: ClientResult, code: ErrorCodeSlug): ErrorEnvelope {
  expect({ status: result.response.status, code: (result.error as ErrorEnvelope | undefined)?.code }).toEqual({
    status: ERRORS[code].status,
    code,
  });
  expect(result.error).toMatchObject({ errorCode: ERRORS[code].errorCode, message: expect.any(String), requestId: expect.any(String) });
  return result.error as ErrorEnvelope;
}

/** The envelope without its per-request id, to compare two answers. */
export function withoutRequestId(result: ClientResult): Record<string, unknown> {
  const { requestId: _requestId, ...rest } = result.error as Record<string, unknown>;
  return rest;
}
