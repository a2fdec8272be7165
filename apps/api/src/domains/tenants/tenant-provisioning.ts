import { generateApiKey } from '@access/auth';
import type { PrismaClient } from '@access/db';
import { recordAuditEvent } from '../../platform/audit/audit-recorder';
import { normalizeEmail } from '../users/email';

/** Roles every tenant starts with; the policies give them their meaning. */
export const DEFAULT_ROLES = [
  { name: 'admin', description: 'Manages users, identities and identity providers of the tenant.' },
  { name: 'member', description: 'Reads users, identities and identity providers of the tenant.' },
] as const;

export interface ProvisionTenantInput {
  name: string;
  ownerEmail: string;
  ownerName?: string;
}

export interface ProvisionedTenant {
  tenantId: string;
  ownerId: string;
  /** Plaintext keys: shown to the operator once, stored only as hashes. */
  integrationApiKey: string;
  scimApiKey: string;
}

/**
 * Creates a tenant with its default roles, its owner (holding admin) and a first
 * integration and SCIM API key, in one transaction. The owner has no password yet:
 * it is set through the owner's own sign-in flow, never printed.
 */
export async function provisionTenant(prisma: PrismaClient, input: ProvisionTenantInput): Promise<ProvisionedTenant> {
  const integration = generateApiKey('integration');
  const scim = generateApiKey('scim');
  return prisma.$transaction(async (tx) => {
    const tenant = await tx.tenant.create({ data: { name: input.name } });
    await tx.role.createMany({ data: DEFAULT_ROLES.map((role) => ({ ...role, tenantId: tenant.id })) });
    const admin = await tx.role.findUniqueOrThrow({ where: { tenantId_name: { tenantId: tenant.id, name: 'admin' } } });
    const owner = await tx.tenantUser.create({
      data: {
        tenantId: tenant.id,
        email: normalizeEmail(input.ownerEmail),
        name: input.ownerName ?? 'Tenant owner',
        authProvider: 'local',
        isOwner: true,
      },
    });
    await tx.userRole.create({ data: { tenantId: tenant.id, userId: owner.id, roleId: admin.id } });
    const keys = await tx.apiKey.createManyAndReturn({
      data: [
        {
          tenantId: tenant.id,
          kind: 'integration',
          name: 'Initial integration key',
          lookupPrefix: integration.prefix,
          keyHash: integration.hash,
        },
        { tenantId: tenant.id, kind: 'scim', name: 'Initial SCIM key', lookupPrefix: scim.prefix, keyHash: scim.hash },
      ],
      select: { id: true },
    });
    // Outside a request these name the operator (the system) as their actor.
    const tenantId = tenant.id;
    await recordAuditEvent(tx, { type: 'tenant.created', tenantId, resource: { type: 'tenant', id: tenantId } });
    await recordAuditEvent(tx, { type: 'user.created', tenantId, resource: { type: 'user', id: owner.id } });
    for (const key of keys) await recordAuditEvent(tx, { type: 'api_key.created', tenantId, resource: { type: 'api_key', id: key.id } });
    return { tenantId: tenant.id, ownerId: owner.id, integrationApiKey: integration.plaintext, scimApiKey: scim.plaintext };
  });
}
