import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { startTestApp, type RunningApp, type TestTenant } from '../../support/start-test-app';

/** Production's way of verifying tokens: the identity provider's JWKS, fetched over HTTP. */
describe('Bearer tokens verified against a JWKS URL', () => {
  let running: RunningApp;
  let tenant: TestTenant;
  let jwks: Server;
  let privateKey: CryptoKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
    jwks = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [publicJwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as AddressInfo;
    running = await startTestApp({
      AUTH_JWT_SECRET: '',
      AUTH_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`,
      AUTH_JWT_ISSUER: 'https://id.example.com/',
      AUTH_JWT_AUDIENCE: 'access-api',
    });
    tenant = await running.createTenant();
  });
  afterAll(async () => {
    await running.close();
    await new Promise((resolve) => jwks.close(resolve));
  });

  const sign = (kid: string, claims: { iss?: string; aud?: string } = {}) =>
    new SignJWT({ tid: tenant.tenantId })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setSubject(tenant.ownerId)
      .setIssuer(claims.iss ?? 'https://id.example.com/')
      .setAudience(claims.aud ?? 'access-api')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);

  const listUsers = (token: string) =>
    fetch(`${running.baseUrl}/v1/users`, { headers: { authorization: `Bearer ${token}`, 'x-tenant-id': tenant.tenantId } });

  it('admits a token signed by a key of the JWKS', async () => {
    expect((await listUsers(await sign('key-1'))).status).toBe(200);
  });

  it('refuses a token whose key is not in the JWKS, or for another audience', async () => {
    expect((await listUsers(await sign('key-unknown'))).status).toBe(401);
    expect((await listUsers(await sign('key-1', { aud: 'someone-else' }))).status).toBe(401);
  });

  it('refuses the development HS256 tokens once a JWKS is configured', async () => {
    const hs256 = await new SignJWT({ tid: tenant.tenantId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(tenant.ownerId)
      .setIssuer('https://id.example.com/')
      .setAudience('access-api')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('a-guessable-development-secret-of-32+'));
    expect((await listUsers(hs256)).status).toBe(401);
  });
});
