import type { FieldError } from '@access/errors';

const PASSWORD_POINTER = { pointer: '/password', location: 'body' } as const;

export function passwordNotAllowed(authProvider: string): FieldError {
  return { detail: `must not be set for ${authProvider} users, who sign in at their identity provider`, ...PASSWORD_POINTER };
}

/**
 * createUser: a `local` user (the default) needs a password; `oidc` and `saml` users
 * sign in elsewhere and must not have one. Nothing is said about an auth_provider the
 * schema already refuses.
 */
export function createUserPasswordProblems(body: unknown): FieldError[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [];
  const { auth_provider: provider = 'local', password } = body as { auth_provider?: unknown; password?: unknown };
  if (provider === 'local' && password === undefined) return [{ detail: 'is required for local users', ...PASSWORD_POINTER }];
  if ((provider === 'oidc' || provider === 'saml') && password !== undefined) return [passwordNotAllowed(provider)];
  return [];
}
