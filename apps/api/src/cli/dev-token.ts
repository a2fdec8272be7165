import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { isUuid } from '@access/contract';
import { signOwnerToken } from '../domains/tenants/development-tokens';
import { runCli, UsageError } from './cli-database';

const USAGE = 'Usage: npm run -s dev:token -- --tenant <tenant id> --user <user id>';

/**
 * Development only: what an identity provider does in production, signing in a user of a
 * tenant. Prints a 7-day user token signed with the development secret (the one `npm start`
 * verifies with), and nothing else, so `$(npm run -s dev:token -- …)` captures it. Refuses a
 * user the tenant does not have.
 */
runCli(async (prisma, config) => {
  const { values } = parseArgs({ options: { tenant: { type: 'string' }, user: { type: 'string' } } });
  const { tenant, user } = values;
  if (!tenant || !user || !isUuid(tenant) || !isUuid(user)) throw new UsageError(USAGE);
  if (!(await prisma.tenantUser.findUnique({ where: { tenantId_id: { tenantId: tenant, id: user } }, select: { id: true } }))) {
    throw new UsageError(`The tenant ${tenant} has no user ${user}.`);
  }
  const token = await signOwnerToken(config.auth, tenant, user);
  if (!token) throw new UsageError('dev:token signs only with the development secret (APP_ENV=development, no AUTH_JWKS_URL).');
  process.stdout.write(`${token}\n`);
});
