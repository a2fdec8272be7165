import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { CreateTenantRequest } from '@access/contract';
import { signOwnerToken } from '../domains/tenants/development-tokens';
import { administrationServices, firstKey } from '../domains/tenants/tenant-provisioning';
import { checkAsOperation, runCli, UsageError } from './cli-database';

const USAGE = 'Usage: npm run tenant:create -- --name <tenant name> --owner-email <email> [--owner-name <name>]';

/**
 * createTenant from the command line (the same service as POST /v1/tenants, with a first
 * integration and SCIM key), printing the credentials once.
 */
runCli(async (prisma, config) => {
  const { values } = parseArgs({
    options: { name: { type: 'string' }, 'owner-email': { type: 'string' }, 'owner-name': { type: 'string' } },
  });
  if (values.name === undefined || values['owner-email'] === undefined) throw new UsageError(USAGE);
  const request: CreateTenantRequest = {
    name: values.name.trim(),
    owner: { email: values['owner-email'].trim(), name: values['owner-name']?.trim() ?? 'Tenant owner' },
    api_keys: ['integration', 'scim'],
  };
  checkAsOperation('createTenant', { body: request }, USAGE);

  const created = await administrationServices(prisma).tenants.create(request);
  const token = await signOwnerToken(config.auth, created.tenant.id, created.owner.id);
  const lines = [
    `Tenant created: ${created.tenant.name}`,
    `  tenant id (X-Tenant-ID): ${created.tenant.id}`,
    `  owner user id:           ${created.owner.id} (${created.owner.email}, role admin)`,
    `  integration API key:     ${firstKey(created, 'integration')}`,
    `  SCIM API key:            ${firstKey(created, 'scim')}`,
  ];
  if (token) lines.push(`  owner token (development, 7 days): ${token}`);
  lines.push('The API keys are shown only now; the service keeps only their hashes.');
  process.stdout.write(lines.join('\n') + '\n');
});
