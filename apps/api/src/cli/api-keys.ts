import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { ApiKey, CreateApiKeyRequest } from '@access/contract';
import { administrationServices } from '../domains/tenants/tenant-provisioning';
import { checkAsOperation, runCli, UsageError } from './cli-database';

const USAGE = [
  'Usage: npm run api-key -- create --tenant <tenant id> --kind integration|scim --name <label> [--expires-at <RFC 3339 time>]',
  '       npm run api-key -- revoke --prefix <ak_x_… prefix shown by list>',
  '       npm run api-key -- list --tenant <tenant id>',
].join('\n');

/**
 * createApiKey, listApiKeys and revokeApiKey from the command line, for the operator: the
 * same service as /v1/api-keys. A new key's plaintext is printed once.
 */
runCli(async (prisma) => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      tenant: { type: 'string' },
      kind: { type: 'string' },
      name: { type: 'string' },
      prefix: { type: 'string' },
      'expires-at': { type: 'string' },
    },
  });
  const [command] = positionals;
  const { apiKeys } = administrationServices(prisma);

  if (command === 'create') {
    if (!values.tenant || !values.kind || !values.name) throw new UsageError(USAGE);
    const request = { kind: values.kind, name: values.name, ...(values['expires-at'] ? { expires_at: values['expires-at'] } : {}) };
    checkAsOperation('createApiKey', { body: request, headers: { 'x-tenant-id': values.tenant } }, USAGE);
    const created = await apiKeys.create(values.tenant, request as CreateApiKeyRequest, null);
    process.stdout.write(
      `${created.api_key.kind} API key "${created.api_key.name}": ${created.key}\nShown only now; the service keeps only its hash.\n`,
    );
  } else if (command === 'revoke') {
    if (!values.prefix) throw new UsageError(USAGE);
    if (!(await apiKeys.revokeByPrefix(values.prefix))) throw new UsageError(`No active API key has the prefix ${values.prefix}.`);
    process.stdout.write(`Revoked ${values.prefix}: requests with it are refused from now on.\n`);
  } else if (command === 'list') {
    if (!values.tenant) throw new UsageError(USAGE);
    checkAsOperation('listApiKeys', { headers: { 'x-tenant-id': values.tenant } }, USAGE);
    let after: string | undefined;
    do {
      const page = await apiKeys.list(values.tenant, { limit: 100, ...(after ? { after } : {}) });
      for (const key of page.data) process.stdout.write(describe(key));
      after = page.pagination.nextCursor ?? undefined;
    } while (after);
  } else {
    throw new UsageError(USAGE);
  }
});

function describe(key: ApiKey): string {
  const state = key.revoked_at ? `revoked ${key.revoked_at}` : key.expires_at ? `expires ${key.expires_at}` : 'active';
  return `${key.prefix}  ${key.kind.padEnd(11)}  ${state.padEnd(32)}  last used ${key.last_used_at ?? 'never'}  ${key.name}\n`;
}
