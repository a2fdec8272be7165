import { redactUrl } from '../../../src/platform/http/redact-url';

describe('redactUrl', () => {
  it.each([
    ['/v1/users?email=alex%40example.com&limit=5', '/v1/users?email=[redacted]&limit=5'],
    ['/v1/users?EMAIL=alex', '/v1/users?EMAIL=[redacted]'],
    ['/v1/users?role=admin&after=abc', '/v1/users?role=admin&after=abc'],
    ['/v1/users?q=someone@example.com', '/v1/users?q=[redacted]'],
    ['/v1/users?note=%E0%A4%A', '/v1/users?note=%E0%A4%A'],
    ['/v1/users/0b9f6c1e-6a0e-4c55-9c8e-3f2a1d7b5e10', '/v1/users/0b9f6c1e-6a0e-4c55-9c8e-3f2a1d7b5e10'],
  ])('%s is logged as %s', (url, logged) => {
    expect(redactUrl(url)).toBe(logged);
  });
});
