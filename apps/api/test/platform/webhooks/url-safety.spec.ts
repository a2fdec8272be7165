import { checkWebhookUrl, isForbiddenAddress } from '../../../src/platform/webhooks/url-safety';

describe('webhook URL safety (SSRF)', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    'not-an-ip',
  ])('refuses %s', (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '172.32.0.1', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8'])('allows %s', (address) => {
    expect(isForbiddenAddress(address)).toBe(false);
  });

  it('refuses other schemes and credentials in URLs even when private addresses are allowed', async () => {
    expect(await checkWebhookUrl('ftp://example.com/x', true)).toEqual({ allowed: false, reason: 'must be an http or https URL' });
    expect(await checkWebhookUrl('https://user:pw@example.com/x', true)).toEqual({ allowed: false, reason: 'must not carry credentials' });
    expect(await checkWebhookUrl('http://127.0.0.1/x', true)).toEqual({ allowed: true });
    expect(await checkWebhookUrl('http://[fe80::1]/x', false)).toEqual({
      allowed: false,
      reason: 'resolves to a loopback, private or link-local address',
    });
  });
});
