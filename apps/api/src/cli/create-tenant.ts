import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { signOwnerToken } from '../domains/tenants/development-tokens';
import { provisionTenant } from '../domains/tenants/tenant-provisioning';
import { runCli, UsageError } from './cli-database';

const USAGE = 'Usage: npm run tenant:create -- --name <tenant name> --owner-email <email> [--owner-name <name>]';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Creates a tenant with its default roles, owner and first API keys, and prints the credentials once. */
runCli(async (prisma, config) => {
  const { values } = parseArgs({
    options: { name: { type: 'string' }, 'owner-email': { type: 'string' }, 'owner-name': { type: 'string' } },
  });
  const name = values.name?.trim();
  const ownerEmail = values['owner-email']?.trim();
  if (!name || name.length > 200 || !ownerEmail || !EMAIL.test(ownerEmail)) throw new UsageError(USAGE);

  const tenant = await provisionTenant(prisma, { name, ownerEmail, ownerName: values['owner-name'] });
  const token = await signOwnerToken(config.auth, tenant.tenantId, tenant.ownerId);
  const lines = [
    `Tenant created: ${name}`,
    `  tenant id (X-Tenant-ID): ${tenant.tenantId}`,
    `  owner user id:           ${tenant.ownerId} (${ownerEmail}, role admin)`,
    `  integration API key:     ${tenant.integrationApiKey}`,
    `  SCIM API key:            ${tenant.scimApiKey}`,
  ];
  if (token) lines.push(`  owner token (development, 7 days): ${token}`);
  lines.push('The API keys are shown only now; the service keeps only their hashes.');
  process.stdout.write(lines.join('\n') + '\n');
});
