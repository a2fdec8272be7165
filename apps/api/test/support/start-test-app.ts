import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { signDevelopmentToken } from '@access/auth';
import { createAccessClient } from '@access/client';
import { type PrismaClient } from '@access/db';
import { createTestDatabase, type TestDatabase } from '@access/db/testing';
import { createApp } from '../../src/app/create-app';
import { loadConfig, type AppConfig } from '../../src/platform/config/config';
import { provisionTenant } from '../../src/domains/tenants/tenant-provisioning';

export interface TestTenant {
  tenantId: string;
  ownerId: string;
  ownerToken: string;
  integrationApiKey: string;
  scimApiKey: string;
}

export interface RunningApp {
  app: NestFastifyApplication;
  baseUrl: string;
  config: AppConfig;
  prisma: PrismaClient;
  /** A tenant with its owner, default roles and first API keys, as `tenant:create` makes it. */
  createTenant(name?: string): Promise<TestTenant>;
  /** Adds a user with the given roles to a tenant directly in the database. */
  addUser(tenantId: string, roles: string[], email?: string): Promise<string>;
  userToken(tenantId: string, userId: string, overrides?: { expiresInSec?: number }): Promise<string>;
  serviceToken(scopes: string[]): Promise<string>;
  /** The typed client library, as other apps use it. */
  client(credentials: { bearerToken?: string; apiKey?: string; tenantId?: string }): ReturnType<typeof createAccessClient>;
  close(): Promise<void>;
}

/**
 * Starts the real application on a free loopback port against this test file's own
 * PostgreSQL database, quietly. Environment values in `env` override the defaults.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<RunningApp> {
  const database: TestDatabase = await createTestDatabase();
  const secret = randomBytes(32).toString('base64url');
  const config = loadConfig({
    APP_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    DATABASE_POOL_MAX: '5',
    AUTH_JWT_SECRET: secret,
    AUTH_JWT_ISSUER: 'access-test',
    AUTH_JWT_AUDIENCE: 'access-api-test',
    ACCESS_PROVIDER: 'local',
    ...env,
  });
  const app = await createApp(config);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const prisma = database.prisma;
  const issuer = { secret, issuer: config.auth.issuer, audience: config.auth.audience };

  const userToken: RunningApp['userToken'] = (tenantId, userId, overrides = {}) =>
    signDevelopmentToken({ ...issuer, subject: userId, kind: 'user', tenantId, expiresInSec: overrides.expiresInSec ?? 600 });

  return {
    app,
    baseUrl,
    config,
    prisma,
    async createTenant(name = `Tenant ${randomBytes(3).toString('hex')}`) {
      const tenant = await provisionTenant(prisma, { name, ownerEmail: `owner-${randomBytes(4).toString('hex')}@example.com` });
      return { ...tenant, ownerToken: await userToken(tenant.tenantId, tenant.ownerId) };
    },
    async addUser(tenantId, roles, email = `user-${randomBytes(4).toString('hex')}@example.com`) {
      const user = await prisma.tenantUser.create({ data: { tenantId, email, name: 'Test User', authProvider: 'oidc' } });
      for (const name of roles) {
        const role = await prisma.role.findUniqueOrThrow({ where: { tenantId_name: { tenantId, name } } });
        await prisma.userRole.create({ data: { tenantId, userId: user.id, roleId: role.id } });
      }
      return user.id;
    },
    userToken,
    serviceToken: (scopes) => signDevelopmentToken({ ...issuer, subject: 'test-service', kind: 'service', scopes, expiresInSec: 600 }),
    client: (credentials) => createAccessClient({ baseUrl, ...credentials }),
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
