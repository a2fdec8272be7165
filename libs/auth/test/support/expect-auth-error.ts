import { AuthError, type AuthErrorCode } from '../../src';

/** Awaits a rejection and returns it as an AuthError with the expected code. */
export async function authErrorOf(promise: Promise<unknown>, code: AuthErrorCode = 'unauthenticated'): Promise<AuthError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AuthError);
  expect((error as AuthError).code).toBe(code);
  return error as AuthError;
}

export function authErrorOfSync(run: () => unknown, code: AuthErrorCode): AuthError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AuthError);
  expect((caught as AuthError).code).toBe(code);
  return caught as AuthError;
}
