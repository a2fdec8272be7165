import { ApiException } from '@access/errors';
import type { Metrics } from '../../platform/observability/metrics';
import type { AccessProvider } from './access-provider';

type Call = 'createUser' | 'getUser' | 'updateUser' | 'listOrganizationUsers';

/**
 * The configured access provider, with each call counted and timed by outcome: `ok`, or
 * the code of the error it answered (provider_unavailable, provider_rate_limited, …).
 */
export function meteredAccessProvider(provider: AccessProvider, metrics: Metrics): AccessProvider {
  const measure = async <T>(call: Call, run: () => Promise<T>): Promise<T> => {
    const stopTimer = metrics.providerDuration.startTimer({ provider: provider.kind, call });
    let outcome = 'ok';
    try {
      return await run();
    } catch (error) {
      outcome = error instanceof ApiException ? error.code : 'internal_error';
      throw error;
    } finally {
      metrics.providerCalls.inc({ provider: provider.kind, call, outcome });
      stopTimer({ outcome });
    }
  };
  return {
    kind: provider.kind,
    createUser: (input) => measure('createUser', () => provider.createUser(input)),
    getUser: (userId) => measure('getUser', () => provider.getUser(userId)),
    updateUser: (userId, changes) => measure('updateUser', () => provider.updateUser(userId, changes)),
    listOrganizationUsers: (organizationId, page) =>
      measure('listOrganizationUsers', () => provider.listOrganizationUsers(organizationId, page)),
  };
}
