import { ERRORS, type ErrorCodeSlug } from '@access/errors';

interface ClientResult {
  error?: unknown;
  response: Response;
}

/** Asserts an error answer: its status, catalogue code and envelope; returns the envelope. */
export function expectError(result: ClientResult, status: number, code: ErrorCodeSlug) {
  expect({ status: result.response.status, code: (result.error as { code?: string } | undefined)?.code }).toEqual({ status, code });
  expect(result.error).toMatchObject({ errorCode: ERRORS[code].errorCode, message: expect.any(String), requestId: expect.any(String) });
  return result.error as { code: string; errors: Array<{ pointer: string; location: string }>; notices: string[]; requestId: string };
}

/** The envelope without its per-request id, to compare two answers. */
export function withoutRequestId(result: ClientResult): Record<string, unknown> {
  const { requestId: _requestId, ...rest } = result.error as Record<string, unknown>;
  return rest;
}
