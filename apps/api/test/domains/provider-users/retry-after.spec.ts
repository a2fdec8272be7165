import { retryAfterSeconds } from '../../../src/domains/provider-users/workos/retry-after';

describe('Retry-After in whole seconds', () => {
  const now = Date.parse('2026-11-24T10:00:00.000Z');

  it.each([
    ['0', 0],
    ['7', 7],
    [' 12 ', 12],
    ['1.5', 2],
    ['0.01', 1],
    ['999999', 86_400],
    // The three HTTP-date forms of RFC 9110 §5.6.7.
    ['Tue, 24 Nov 2026 10:00:30 GMT', 30],
    ['Tuesday, 24-Nov-26 10:01:00 GMT', 60],
    ['Tue Nov 24 10:00:05 2026', 5],
    ['Tue, 24 Nov 2026 09:00:00 GMT', 0],
  ])('reads %j as %i', (value, seconds) => {
    expect(retryAfterSeconds(value, now)).toBe(seconds);
  });

  it.each([null, undefined, '', 'soon', '-5', '1e3', '2026-11-24T10:00:30Z', '1.5.2'])('falls back to 10 for %j', (value) => {
    expect(retryAfterSeconds(value, now)).toBe(10);
  });
});
