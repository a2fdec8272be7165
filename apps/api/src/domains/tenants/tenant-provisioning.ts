import { randomBytes } from 'node:crypto';
import type { ApiKeyKind, CreatedTenant } from '@access/contract';
import type { PrismaClient, PrismaService } from '@access/db';
import { CursorCodec } from '../../platform/pagination/cursor-codec';
import { ApiKeysRepository } from '../api-keys/api-keys.repository';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { TenantsRepository } from './tenants.repository';
import { TenantsService } from './tenants.service';

/**
 * The services of the HTTP API over a plain Prisma client, for what runs outside the app:
 * the operator commands and the development start. They page nothing, so their cursor
 * secret is a throwaway.
 */
export function administrationServices(prisma: PrismaClient): { tenants: TenantsService; apiKeys: ApiKeysService } {
  // Repositories use only `client` of PrismaService.
  const database = { client: prisma } as PrismaService;
  const cursors = new CursorCodec(randomBytes(32).toString('base64url'));
  return {
    tenants: new TenantsService(new TenantsRepository(database), cursors),
    apiKeys: new ApiKeysService(new ApiKeysRepository(database), cursors),
  };
}

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
 * createTenant with a first integration and SCIM key, as `npm run tenant:create` and the
 * development start make tenants. The owner has no password yet: it is set through the
 * owner's own sign-in flow, never printed.
 */
export async function provisionTenant(prisma: PrismaClient, input: ProvisionTenantInput): Promise<ProvisionedTenant> {
  const created = await administrationServices(prisma).tenants.create({
    name: input.name,
    owner: { email: input.ownerEmail, name: input.ownerName ?? 'Tenant owner' },
    api_keys: ['integration', 'scim'],
  });
  return {
    tenantId: created.tenant.id,
    ownerId: created.owner.id,
    integrationApiKey: firstKey(created, 'integration'),
    scimApiKey: firstKey(created, 'scim'),
  };
}

/** The plaintext of a new tenant's first key of a kind ('' when none was asked for). */
export const firstKey = (created: CreatedTenant, kind: ApiKeyKind): string =>
  created.api_keys.find((key) => key.api_key.kind === kind)?.key ?? '';
