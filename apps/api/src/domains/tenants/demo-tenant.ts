import type { PrismaClient } from '@access/db';
import type { AppConfig } from '../../platform/config/config';
import { signOwnerToken, signOperatorServiceToken } from './development-tokens';
import { provisionTenant } from './tenant-provisioning';

export const DEMO_TENANT_NAME = 'Demo';
export const DEMO_OWNER_EMAIL = 'owner@demo.example.com';

/**
 * On the embedded database in development: the first start creates a demo tenant,
 * and every start prints requests a newcomer can paste as they are. Written to the
 * terminal, not to the logs: the API key is shown this once and never stored.
 */
export async function announceDemoTenant(prisma: PrismaClient, config: AppConfig, baseUrl: string): Promise<string> {
  let tenant = await prisma.tenant.findFirst({ where: { name: DEMO_TENANT_NAME }, orderBy: { createdAt: 'asc' } });
  let firstStart: { integrationApiKey: string } | undefined;
  if (!tenant && (await prisma.tenant.count()) === 0) {
    firstStart = await provisionTenant(prisma, { name: DEMO_TENANT_NAME, ownerEmail: DEMO_OWNER_EMAIL, ownerName: 'Demo Owner' });
    tenant = await prisma.tenant.findFirst({ where: { name: DEMO_TENANT_NAME } });
  }
  if (!tenant) return '';
  const owner = await prisma.tenantUser.findFirst({ where: { tenantId: tenant.id, isOwner: true } });
  const token = owner ? await signOwnerToken(config.auth, tenant.id, owner.id) : undefined;
  const lines = ['', `Demo tenant "${DEMO_TENANT_NAME}" (development only): X-Tenant-ID ${tenant.id}`];
  if (token) {
    lines.push(
      'List its users as its owner (the token is valid for 7 days and printed anew at each start):',
      `  curl -s ${baseUrl}/v1/users -H 'Authorization: Bearer ${token}' -H 'X-Tenant-ID: ${tenant.id}'`,
    );
  }
  if (firstStart) {
    lines.push(
      'Integration API key (shown once, stored only as a hash):',
      `  curl -s ${baseUrl}/v1/identity-providers -H 'X-API-Key: ${firstStart.integrationApiKey}' -H 'X-Tenant-ID: ${tenant.id}'`,
    );
  }
  const service = await signOperatorServiceToken(config.auth);
  if (service) {
    lines.push(
      'Tenants with a development operator token (scopes tenants:read and tenants:write; README "Onboarding a tenant"):',
      `  curl -s ${baseUrl}/v1/tenants -H 'Authorization: Bearer ${service}'`,
      'Provider users with the same token (scopes provider_users:read and provider_users:write):',
      `  curl -s -X POST ${baseUrl}/v1/provider/users -H 'Authorization: Bearer ${service}' -H 'Content-Type: application/json' -d '{"email":"alex@example.com"}'`,
    );
  }
  return lines.join('\n') + '\n';
}
