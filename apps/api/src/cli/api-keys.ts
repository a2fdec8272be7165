import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { generateApiKey } from '@access/auth';
import { isUuid } from '@access/contract';
import { recordAuditEvent } from '../platform/audit/audit-recorder';
import { runCli, UsageError } from './cli-database';

const USAGE = [
  'Usage: npm run api-key -- create --tenant <tenant id> --kind integration|scim --name <label>',
  '       npm run api-key -- revoke --prefix <ak_x_… prefix shown by list>',
  '       npm run api-key -- list --tenant <tenant id>',
].join('\n');

/** Creates, lists and revokes API keys; a new key's plaintext is printed once. */
runCli(async (prisma) => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { tenant: { type: 'string' }, kind: { type: 'string' }, name: { type: 'string' }, prefix: { type: 'string' } },
  });
  const [command] = positionals;

  if (command === 'create') {
    const kind = values.kind;
    if (!values.tenant || !isUuid(values.tenant) || (kind !== 'integration' && kind !== 'scim') || !values.name) {
      throw new UsageError(USAGE);
    }
    const key = generateApiKey(kind);
    const tenantId = values.tenant;
    const name = values.name;
    await prisma.$transaction(async (tx) => {
      const created = await tx.apiKey.create({
        data: { tenantId, kind, name, lookupPrefix: key.prefix, keyHash: key.hash },
        select: { id: true },
      });
      await recordAuditEvent(tx, { type: 'api_key.created', tenantId, resource: { type: 'api_key', id: created.id } });
    });
    process.stdout.write(`${kind} API key "${values.name}": ${key.plaintext}\nShown only now; the service keeps only its hash.\n`);
  } else if (command === 'revoke') {
    if (!values.prefix) throw new UsageError(USAGE);
    const prefix = values.prefix;
    const count = await prisma.$transaction(async (tx) => {
      const revoked = await tx.apiKey.updateManyAndReturn({
        where: { lookupPrefix: prefix, revokedAt: null },
        data: { revokedAt: new Date() },
        select: { id: true, tenantId: true },
      });
      for (const key of revoked) {
        await recordAuditEvent(tx, { type: 'api_key.revoked', tenantId: key.tenantId, resource: { type: 'api_key', id: key.id } });
      }
      return revoked.length;
    });
    if (count === 0) throw new UsageError(`No active API key has the prefix ${values.prefix}.`);
    process.stdout.write(`Revoked ${values.prefix}: requests with it are refused from now on.\n`);
  } else if (command === 'list') {
    if (!values.tenant || !isUuid(values.tenant)) throw new UsageError(USAGE);
    const keys = await prisma.apiKey.findMany({ where: { tenantId: values.tenant }, orderBy: { createdAt: 'asc' } });
    for (const key of keys) {
      const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active';
      const used = key.lastUsedAt ? key.lastUsedAt.toISOString() : 'never';
      process.stdout.write(`${key.lookupPrefix}  ${key.kind.padEnd(11)}  ${state.padEnd(32)}  last used ${used}  ${key.name}\n`);
    }
  } else {
    throw new UsageError(USAGE);
  }
});
