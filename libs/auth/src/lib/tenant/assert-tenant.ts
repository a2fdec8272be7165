import { AuthError } from '../errors/auth-error';
import type { Principal } from '../principal';
import { isUuid, TENANT_ID_HEADER } from '@access/contract/constants';

/** X-Tenant-ID as the document spells it, in the lower case of header pointers. */
const TENANT_HEADER = TENANT_ID_HEADER.toLowerCase();

function invalidHeader(detail: string): AuthError {
  return new AuthError('validation_failed', `The ${TENANT_HEADER} header is not valid.`, {
    errors: [{ detail, pointer: `/${TENANT_HEADER}`, location: 'header' }],
  });
}

/**
 * Checks the X-Tenant-ID header against the credential and returns the tenant id in
 * lowercase canonical form. Throws AuthError `validation_failed` for a missing, repeated
 * or non-uuid header, and `tenant_mismatch` when it names another tenant than the
 * credential's, or the credential (a service token) has no tenant.
 */
export function assertTenant(principal: Principal, headerValue: string | readonly string[] | undefined): string {
  if (headerValue === undefined || headerValue === '') throw invalidHeader('is required');
  if (typeof headerValue !== 'string') throw invalidHeader('must be sent once');
  const requested = headerValue.trim();
  if (!isUuid(requested)) throw invalidHeader('must be a UUID');

  if (principal.kind === 'service') {
    throw new AuthError('tenant_mismatch', 'Service tokens are not bound to a tenant and cannot act on tenant data.');
  }
  if (principal.tenantId.toLowerCase() !== requested.toLowerCase()) {
    throw new AuthError('tenant_mismatch', 'X-Tenant-ID does not name the tenant of the credential.');
  }
  return requested.toLowerCase();
}
