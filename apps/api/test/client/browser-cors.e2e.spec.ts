import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { launchChromium, servePages, type PageServer } from '../support/browser';
import { packClient, type PackedClient } from '../support/packed-client';
import { startTestApp, type RunningApp, type TestTenant } from '../support/start-test-app';

interface PageReport {
  created?: { status: number; location: string | null; requestId: string | null };
  walked?: string[];
  refusal?: { isAccessApiError: boolean; code?: string; errorCode?: string; requestId?: string };
  failure?: { name: string; message: string };
}

/** What a page does with the client: create a user, walk the list, meet a typed 409. */
async function scenario(args: { api: string; token: string; tenantId: string; email: string }): Promise<PageReport> {
  const sdk = (globalThis as unknown as { AccessClient: typeof import('@access/client') }).AccessClient;
  const client = sdk.createAccessClient({ baseUrl: args.api, bearerToken: args.token, tenantId: args.tenantId });
  const report: PageReport = {};
  try {
    const body = { email: args.email, name: 'Browser User', auth_provider: 'oidc' as const };
    const created = await client.POST('/v1/users', { body });
    report.created = {
      status: created.response.status,
      location: created.response.headers.get('location'),
      requestId: created.response.headers.get('x-request-id'),
    };
    const walked: string[] = [];
    for await (const user of sdk.paginate((after) => client.GET('/v1/users', { params: { query: { after, limit: 1 } } }))) {
      walked.push(user.email);
    }
    report.walked = walked;
    try {
      sdk.unwrap(await client.POST('/v1/users', { body }));
    } catch (error) {
      const refused = error instanceof sdk.AccessApiError ? error : undefined;
      report.refusal = {
        isAccessApiError: refused !== undefined,
        code: refused?.code,
        errorCode: refused?.errorCode,
        requestId: refused?.requestId,
      };
    }
  } catch (error) {
    report.failure = { name: (error as Error).name, message: String((error as Error).message) };
  }
  return report;
}

/**
 * A page of an allowed origin drives the packed client against the API in headless
 * Chromium; a page of another origin is kept from it by the browser.
 */
describe('browsers: the client from a page, with CORS', () => {
  let packed: PackedClient;
  let browser: Browser;
  let allowed: PageServer;
  let refused: PageServer;
  let running: RunningApp;
  let tenant: TestTenant;

  beforeAll(async () => {
    packed = await packClient();
    const bundle = await build({
      entryPoints: [path.join(packed.packageDir, 'dist/index.mjs')],
      bundle: true,
      format: 'iife',
      globalName: 'AccessClient',
      platform: 'browser',
      write: false,
    });
    const files = {
      '/': { type: 'text/html', body: '<!doctype html><title>app</title><script src="/client.js"></script>' },
      '/client.js': { type: 'text/javascript', body: bundle.outputFiles[0]?.text ?? '' },
    };
    [allowed, refused, browser] = await Promise.all([servePages(files), servePages(files), launchChromium()]);
    running = await startTestApp({ CORS_ALLOWED_ORIGINS: `https://app.example.com, ${allowed.origin}` });
    tenant = await running.createTenant();
  }, 120_000);

  afterAll(async () => {
    await Promise.all([browser?.close(), allowed?.close(), refused?.close(), running?.close(), packed?.remove()]);
  });

  async function runPage(origin: string, email: string): Promise<PageReport> {
    const page = await browser.newPage();
    try {
      await page.goto(`${origin}/`);
      return await page.evaluate(scenario, { api: running.baseUrl, token: tenant.ownerToken, tenantId: tenant.tenantId, email });
    } finally {
      await page.close();
    }
  }

  it('lets a page of an allowed origin create, list and be refused, reading the exposed headers', async () => {
    const email = `browser-${randomBytes(4).toString('hex')}@example.com`;
    const report = await runPage(allowed.origin, email);

    expect(report.failure).toBeUndefined();
    expect(report.created).toEqual({
      status: 201,
      location: expect.stringMatching(/^\/v1\/users\/[0-9a-f-]{36}$/),
      requestId: expect.any(String),
    });
    expect(report.walked).toEqual(expect.arrayContaining([email]));
    expect(report.refusal).toEqual({ isAccessApiError: true, code: 'user_exists', errorCode: '40920001', requestId: expect.any(String) });
  });

  it('keeps the API from a page of another origin: the preflight is refused and nothing is written', async () => {
    const email = `refused-${randomBytes(4).toString('hex')}@example.com`;
    const report = await runPage(refused.origin, email);

    expect(report.created).toBeUndefined();
    expect(report.failure).toEqual({ name: 'TypeError', message: 'Failed to fetch' });
    expect(await running.prisma.tenantUser.count({ where: { tenantId: tenant.tenantId, email } })).toBe(0);
  });
});

describe('CORS over HTTP', () => {
  let running: RunningApp;
  const ORIGIN = 'https://app.example.com';

  beforeAll(async () => {
    running = await startTestApp({ CORS_ALLOWED_ORIGINS: ORIGIN });
  });
  afterAll(async () => {
    await running.close();
  });

  const preflight = (origin: string) =>
    fetch(`${running.baseUrl}/v1/users`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type,x-tenant-id',
      },
    });

  it('answers the preflight of an allowed origin with the contract methods and headers', async () => {
    const response = await preflight(ORIGIN);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(response.headers.get('access-control-allow-methods')?.split(/,\s*/)).toEqual(
      expect.arrayContaining(['GET', 'POST', 'PATCH', 'DELETE']),
    );
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase().split(/,\s*/)).toEqual(
      expect.arrayContaining([
        'authorization',
        'content-type',
        'x-api-key',
        'x-tenant-id',
        'x-request-id',
        'idempotency-key',
        'if-match',
        'if-none-match',
      ]),
    );
    expect(response.headers.get('access-control-max-age')).toBe('600');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('gives another origin no CORS header', async () => {
    const response = await preflight('https://evil.example.net');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('exposes the documented response headers, on errors too', async () => {
    const response = await fetch(`${running.baseUrl}/v1/users`, { headers: { origin: ORIGIN } });
    expect(response.status).toBe(401);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(response.headers.get('vary')?.toLowerCase()).toContain('origin');
    expect(response.headers.get('access-control-expose-headers')?.split(/,\s*/)).toEqual(
      expect.arrayContaining(['X-Request-Id', 'Location', 'Retry-After', 'ETag', 'Idempotency-Replayed']),
    );
  });

  it('is off by default: no CORS header, and OPTIONS is not a method of the API', async () => {
    const plain = await startTestApp();
    try {
      const response = await fetch(`${plain.baseUrl}/v1/users`, {
        method: 'OPTIONS',
        headers: { origin: ORIGIN, 'access-control-request-method': 'GET' },
      });
      expect(response.status).toBe(405);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await plain.close();
    }
  });
});
