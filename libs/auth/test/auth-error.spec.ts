import { ApiException } from '@access/errors';
import { AuthError, isAuthError, type AuthErrorCode } from '../src';

describe('AuthError', () => {
  it.each<[AuthErrorCode, number, string]>([
    ['unauthenticated', 401, '40140001'],
    ['forbidden', 403, '40340002'],
    ['tenant_mismatch', 403, '40340001'],
    ['insufficient_scope', 403, '40340003'],
    ['validation_failed', 400, '40000001'],
    ['service_unavailable', 503, '50300001'],
  ])('%s is the catalogue entry with status %i', (code, status, errorCode) => {
    const error = new AuthError(code, 'Safe message.', { headers: { 'WWW-Authenticate': 'Bearer' }, notices: ['n'] });
    expect(error).toBeInstanceOf(ApiException);
    expect(isAuthError(error)).toBe(true);
    expect(error.status).toBe(status);
    expect(error.definition.errorCode).toBe(errorCode);
    expect(error).toMatchObject({ code, message: 'Safe message.', headers: { 'WWW-Authenticate': 'Bearer' }, notices: ['n'], errors: [] });
  });
});
