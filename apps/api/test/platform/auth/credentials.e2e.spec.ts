import { randomUUID } from 'node:crypto';
import { signDevelopmentToken } from '@access/auth';
import { ERRORS } from '@access/errors';
import { eventually } from '../../support/eventually';
import { startTestApp, type RunningApp, type TestTenant } from '../../support/start-test-app';

/** Every way a credential can fail, answered 401 or 403 in the envelope, and the ways it succeeds. */
describe('credentials, tenants and policies', () => {
  let running: RunningApp;
  let tenant: TestTenant;
  let other: TestTenant;

  beforeAll(async () => {
    running = await startTestApp();
    [tenant, other] = [await running.createTenant('Acme'), await running.createTenant('Globex')];
  });
  afterAll(async () => {
    await running.close();
  });

  async function get(path: string, headers: Record<string, string>) {
    const response = await fetch(`${running.baseUrl}${path}`, { headers });
    return { response, body: (await response.json()) as Record<string, unknown> };
  }
  const asTenant = (token: string, tenantId = tenant.tenantId) => ({ authorization: `Bearer ${token}`, 'x-tenant-id': tenantId });
  const sign = (overrides: Partial<Parameters<typeof signDevelopmentToken>[0]> = {}) =>
    signDevelopmentToken({
      secret: running.config.auth.hs256Secret as string,
      issuer: running.config.auth.issuer,
      audience: running.config.auth.audience,
      subject: tenant.ownerId,
      kind: 'user',
      tenantId: tenant.tenantId,
      ...overrides,
    } as Parameters<typeof signDevelopmentToken>[0]);

  function expectUnauthenticated(result: { response: Response; body: Record<string, unknown> }, scheme = 'Bearer') {
    expect(result.response.status).toBe(401);
    expect(result.body).toMatchObject({ code: 'unauthenticated', errorCode: ERRORS.unauthenticated.errorCode });
    expect(result.response.headers.get('www-authenticate')).toMatch(new RegExp(`^${scheme}`));
  }

  it('admits the owner token and an integration API key of the tenant', async () => {
    expect((await get('/v1/users', asTenant(tenant.ownerToken))).response.status).toBe(200);
    const withKey = await get('/v1/users', { 'x-api-key': tenant.integrationApiKey, 'x-tenant-id': tenant.tenantId });
    expect(withKey.response.status).toBe(200);
  });

  it('answers a request without credentials with 401 and a Bearer challenge', async () => {
    expectUnauthenticated(await get('/v1/users', { 'x-tenant-id': tenant.tenantId }));
  });

  it.each([
    ['expired', { issuedAt: new Date(Date.now() - 3 * 3600_000), expiresInSec: 3600 }],
    ['for another audience', { audience: 'someone-else' }],
    ['from another issuer', { issuer: 'https://evil.example.com' }],
    ['signed with another secret', { secret: 'another-secret-another-secret-another-secret' }],
    ['naming a user that does not exist', { subject: randomUUID() }],
  ])('refuses a token %s with 401', async (_label, overrides) => {
    expectUnauthenticated(await get('/v1/users', asTenant(await sign(overrides))));
  });

  it('refuses an unsigned token (alg: none) with 401', async () => {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${part({ alg: 'none', typ: 'JWT' })}.${part({
      sub: tenant.ownerId,
      tid: tenant.tenantId,
      iss: running.config.auth.issuer,
      aud: running.config.auth.audience,
      iat: now,
      exp: now + 600,
    })}.`;
    expectUnauthenticated(await get('/v1/users', asTenant(unsigned)));
  });

  it('refuses an unknown, a tampered and a revoked API key with 401', async () => {
    const tampered = tenant.integrationApiKey.slice(0, -2) + (tenant.integrationApiKey.endsWith('A') ? 'BB' : 'AA');
    const answers = [];
    for (const key of ['ak_i_aaaaaaaaaaaa_' + 'x'.repeat(43), tampered]) {
      const result = await get('/v1/users', { 'x-api-key': key, 'x-tenant-id': tenant.tenantId });
      expectUnauthenticated(result, 'ApiKey');
      answers.push(result.body['message']);
    }
    const extra = await running.createTenant('Revoked keys');
    await running.prisma.apiKey.updateMany({ where: { tenantId: extra.tenantId }, data: { revokedAt: new Date() } });
    const revoked = await get('/v1/users', { 'x-api-key': extra.integrationApiKey, 'x-tenant-id': extra.tenantId });
    expectUnauthenticated(revoked, 'ApiKey');
    // Unknown and tampered keys are indistinguishable; a revoked key's holder is told so.
    expect(new Set(answers).size).toBe(1);
    expect(revoked.body['message']).toMatch(/revoked/i);
  });

  it('records when an API key was last used', async () => {
    const fresh = await running.createTenant('Last used');
    await get('/v1/users', { 'x-api-key': fresh.scimApiKey, 'x-tenant-id': fresh.tenantId });
    const lastUsedAt = await eventually(
      async () => (await running.prisma.apiKey.findFirst({ where: { tenantId: fresh.tenantId, kind: 'scim' } }))?.lastUsedAt,
      (value) => value instanceof Date,
    );
    expect(Date.now() - (lastUsedAt as Date).getTime()).toBeLessThan(60_000);
  });

  it('answers 403 tenant_mismatch when X-Tenant-ID names another tenant', async () => {
    for (const headers of [
      asTenant(tenant.ownerToken, other.tenantId),
      { 'x-api-key': tenant.integrationApiKey, 'x-tenant-id': other.tenantId },
    ]) {
      const { response, body } = await get('/v1/users', headers);
      expect(response.status).toBe(403);
      expect(body).toMatchObject({ code: 'tenant_mismatch', errorCode: '40340001' });
    }
  });

  it('answers 403 tenant_mismatch to a service token on tenant data', async () => {
    const service = await running.serviceToken(['provider_users:read', 'provider_users:write']);
    const { response, body } = await get('/v1/users', asTenant(service));
    expect(response.status).toBe(403);
    expect(body['code']).toBe('tenant_mismatch');
  });

  it('refuses by policy with the deciding policies’ notices', async () => {
    const memberId = await running.addUser(tenant.tenantId, ['member']);
    const member = await running.userToken(tenant.tenantId, memberId);
    const response = await fetch(`${running.baseUrl}/v1/identity-providers`, {
      method: 'POST',
      headers: { ...asTenant(member), 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Okta', type: 'oidc' }),
    });
    const body = (await response.json()) as { code: string; notices: string[] };
    expect(response.status).toBe(403);
    expect(body.code).toBe('forbidden');
    expect(body.notices.length).toBeGreaterThan(0);
    expect(body.notices.join(' ')).toMatch(/policy|permit|member|admin/i);
  });

  it('lets only the owner grant admin, with the policy’s notice', async () => {
    const adminId = await running.addUser(tenant.tenantId, ['admin']);
    const admin = await running.userToken(tenant.tenantId, adminId);
    const response = await fetch(`${running.baseUrl}/v1/users`, {
      method: 'POST',
      headers: { ...asTenant(admin), 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'new-admin@example.com', name: 'New Admin', auth_provider: 'oidc', roles: ['admin'] }),
    });
    const body = (await response.json()) as { code: string; notices: string[] };
    expect(response.status).toBe(403);
    expect(body.notices).toContain('Only the tenant owner may grant the admin role.');
  });

  it('takes a person’s roles from the database, not from the token', async () => {
    const memberId = await running.addUser(tenant.tenantId, ['member']);
    const claimsAdmin = await signDevelopmentToken({
      secret: running.config.auth.hs256Secret as string,
      issuer: running.config.auth.issuer,
      audience: running.config.auth.audience,
      subject: memberId,
      kind: 'user',
      tenantId: tenant.tenantId,
      roles: ['admin'],
    });
    const response = await fetch(`${running.baseUrl}/v1/identity-providers`, {
      method: 'POST',
      headers: { ...asTenant(claimsAdmin), 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Forged', type: 'oidc' }),
    });
    expect(response.status).toBe(403);
  });

  it('gates provider users by service scopes', async () => {
    const body = JSON.stringify({ email: 'scoped@example.com' });
    const post = async (token: string) =>
      fetch(`${running.baseUrl}/v1/provider/users`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body,
      });
    const readOnly = await post(await running.serviceToken(['provider_users:read']));
    expect(readOnly.status).toBe(403);
    expect(((await readOnly.json()) as { code: string }).code).toBe('insufficient_scope');
    const person = await post(tenant.ownerToken);
    expect(person.status).toBe(403);
    const apiKeyOnly = await fetch(`${running.baseUrl}/v1/provider/users`, {
      method: 'POST',
      headers: { 'x-api-key': tenant.integrationApiKey, 'content-type': 'application/json' },
      body,
    });
    expect(apiKeyOnly.status).toBe(401);
  });
});
