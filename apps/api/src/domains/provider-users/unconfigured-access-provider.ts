import type { AccessProvider } from './access-provider';
import { providerNotConfigured } from './provider-users.errors';

function notConfigured(): never {
  throw providerNotConfigured();
}

/** ACCESS_PROVIDER=none (the production default without WorkOS): every operation answers 503. */
export class UnconfiguredAccessProvider implements AccessProvider {
  readonly kind = 'none' as const;
  createUser = async () => notConfigured();
  getUser = async () => notConfigured();
  updateUser = async () => notConfigured();
  listOrganizationUsers = async () => notConfigured();
}
