import { ApiException } from '@access/errors';

/** The tenants domain's refusals, worded once. */

export const tenantNotFound = (): ApiException =>
  new ApiException('tenant_not_found', { errors: [{ detail: 'is not a tenant', pointer: '/id', location: 'path' }] });

export const tenantHasUsers = (): ApiException => new ApiException('tenant_has_users');
