import { assertTenant, type Principal } from '../src';
import { authErrorOfSync } from './support/expect-auth-error';

const TENANT = '9a7b5c3d-1e2f-4a6b-8c9d-0e1f2a3b4c5d';
const OTHER = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const user: Principal = { kind: 'user', subject: 'u1', tenantId: TENANT };
const apiKey: Principal = { kind: 'api_key', keyId: 'k1', tenantId: TENANT.toUpperCase(), keyKind: 'integration' };
const service: Principal = { kind: 'service', subject: 's1', scopes: ['provider_users:read'] };

describe('assertTenant', () => {
  it('accepts the credential tenant in any letter case and returns it canonical', () => {
    expect(assertTenant(user, TENANT.toUpperCase())).toBe(TENANT);
    expect(assertTenant(apiKey, TENANT)).toBe(TENANT);
  });

  it('refuses another tenant with tenant_mismatch', () => {
    const error = authErrorOfSync(() => assertTenant(user, OTHER), 'tenant_mismatch');
    expect(error.message).toBe('X-Tenant-ID does not name the tenant of the credential.');
    authErrorOfSync(() => assertTenant(apiKey, OTHER), 'tenant_mismatch');
  });

  it('refuses service principals, which have no tenant', () => {
    authErrorOfSync(() => assertTenant(service, TENANT), 'tenant_mismatch');
  });

  it.each([
    [undefined, 'is required'],
    ['', 'is required'],
    ['not-a-uuid', 'must be a UUID'],
    [`${TENANT}0`, 'must be a UUID'],
    [[TENANT, TENANT], 'must be sent once'],
  ])('answers a header validation error for %p', (value, detail) => {
    const error = authErrorOfSync(() => assertTenant(user, value), 'validation_failed');
    expect(error.errors).toEqual([{ detail, pointer: '/x-tenant-id', location: 'header' }]);
  });

  it('validates the header before looking at the principal', () => {
    authErrorOfSync(() => assertTenant(service, 'nope'), 'validation_failed');
  });
});
