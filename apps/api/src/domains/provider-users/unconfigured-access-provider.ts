import { ApiException } from '@access/errors';
import type { AccessProvider } from './access-provider';

function notConfigured(): never {
  throw new ApiException('provider_not_configured');
}

/** ACCESS_PROVIDER=none (the production default without WorkOS): every operation answers 503. */
export class UnconfiguredAccessProvider implements AccessProvider {
  readonly kind = 'none' as const;
  createUser = async () => notConfigured();
  getUser = async () => notConfigured();
  updateUser = async () => notConfigured();
  listOrganizationUsers = async () => notConfigured();
}
