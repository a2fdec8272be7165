import type { ApiException } from '@access/errors';

const ANSWERED = Symbol.for('access-management.answeredError');

export interface AnsweredError {
  code: string;
  errorCode: string;
}

/** Marks the raw HTTP response with the error it carries, so the request's log line can name it. */
export function recordAnsweredError(rawResponse: object | undefined, exception: ApiException): void {
  if (rawResponse) {
    (rawResponse as Record<symbol, AnsweredError>)[ANSWERED] = { code: exception.code, errorCode: exception.definition.errorCode };
  }
}

/** The error a response was answered with, if any (see recordAnsweredError). */
export function answeredError(rawResponse: object): AnsweredError | undefined {
  return (rawResponse as Record<symbol, AnsweredError | undefined>)[ANSWERED];
}
