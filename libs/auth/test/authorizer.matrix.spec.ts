import {
  ACTION_RESOURCE_TYPES,
  AUTHORIZATION_ACTIONS,
  Authorizer,
  denialError,
  type AuthorizationAction,
  type AuthorizationPrincipal,
  type AuthorizationResource,
} from '../src';

const TENANT = 'c0ffee00-1111-4222-8333-444455556666';
const OTHER_TENANT = 'deadbeef-1111-4222-8333-444455556666';

const NOTICES = {
  manage:
    'The tenant owner and users with the admin role manage users, roles, API keys, identities and identity providers of their tenant.',
  memberRead: 'Users with the member role may read users, roles, identities and identity providers of their tenant.',
  keysNeverManage: 'API keys cannot create, list, read or revoke API keys, nor manage roles; only the tenant owner or an admin can.',
  tenantsRead: 'Service tokens with the tenants:read scope may list and read tenants.',
  tenantsWrite: 'Service tokens with the tenants:write scope may create, rename, suspend, reactivate and delete tenants.',
  suspended: 'This tenant is suspended: its users and API keys are refused until an operator reactivates it.',
  ownerGrantsAdmin: 'Only the tenant owner may grant the admin role.',
  keysIdentities: 'Integration and SCIM API keys may create, list and delete identities of users in their tenant.',
  keysRead: 'Integration and SCIM API keys may read users and identity providers of their tenant to link identities.',
  serviceRead: 'Service tokens with the provider_users:read scope may read provider users.',
  serviceWrite: 'Service tokens with the provider_users:write scope may create and update provider users.',
  userIsolation: 'A user can only act on resources of their own tenant.',
  keyIsolation: 'An API key can only act on resources of its own tenant.',
};

const user = (roles: string[], isOwner = false, tenantId = TENANT): AuthorizationPrincipal => ({
  kind: 'user',
  subject: `user-${roles.join('-') || 'none'}${isOwner ? '-owner' : ''}`,
  tenantId,
  roles,
  isOwner,
});
const PRINCIPALS = {
  owner: user([], true),
  admin: user(['admin']),
  member: user(['member']),
  roleless: user([]),
  integrationKey: { kind: 'api_key', keyId: 'key-int', tenantId: TENANT, keyKind: 'integration' },
  scimKey: { kind: 'api_key', keyId: 'key-scim', tenantId: TENANT, keyKind: 'scim' },
  serviceRead: { kind: 'service', subject: 'svc-r', scopes: ['provider_users:read'] },
  serviceWrite: { kind: 'service', subject: 'svc-w', scopes: ['provider_users:write'] },
  serviceNoScope: { kind: 'service', subject: 'svc-0', scopes: ['something:else'] },
  tenantsRead: { kind: 'service', subject: 'svc-tr', scopes: ['tenants:read'] },
  tenantsWrite: { kind: 'service', subject: 'svc-tw', scopes: ['tenants:write'] },
} satisfies Record<string, AuthorizationPrincipal>;

function resourceFor(action: AuthorizationAction, tenantId = TENANT): AuthorizationResource {
  switch (ACTION_RESOURCE_TYPES[action]) {
    case 'Tenant':
      return { type: 'Tenant', id: tenantId };
    case 'User':
      return { type: 'User', id: 'u-1', tenantId };
    case 'Identity':
      return { type: 'Identity', id: 'i-1', tenantId };
    case 'IdentityProvider':
      return { type: 'IdentityProvider', id: 'p-1', tenantId };
    case 'Role':
      return { type: 'Role', id: 'r-1', tenantId };
    case 'ApiKeyRecord':
      return { type: 'ApiKeyRecord', id: 'k-1', tenantId };
    case 'ProviderDirectory':
      return { type: 'ProviderDirectory' };
    case 'TenantDirectory':
      return { type: 'TenantDirectory' };
  }
}

const TENANT_ACTIONS = AUTHORIZATION_ACTIONS.filter(
  (action) => ACTION_RESOURCE_TYPES[action] !== 'ProviderDirectory' && ACTION_RESOURCE_TYPES[action] !== 'TenantDirectory',
);
const READS: AuthorizationAction[] = [
  'listUsers',
  'getUser',
  'listUserIdentities',
  'listIdentityProviders',
  'getIdentityProvider',
  'listRoles',
  'getRole',
];
/** What no API key may ever do, whatever else a policy permits (keys-never-manage-access). */
const ACCESS_MANAGEMENT: AuthorizationAction[] = [
  'createApiKey',
  'listApiKeys',
  'getApiKey',
  'revokeApiKey',
  'createRole',
  'listRoles',
  'getRole',
  'updateRole',
  'deleteRole',
];
const KEY_ACTIONS: AuthorizationAction[] = [
  'createUserIdentity',
  'listUserIdentities',
  'deleteUserIdentity',
  'listUsers',
  'getUser',
  'listIdentityProviders',
  'getIdentityProvider',
];

/** Expected allowed actions per principal, written out independently of the policy files. */
const ALLOWED: Record<keyof typeof PRINCIPALS, AuthorizationAction[]> = {
  owner: TENANT_ACTIONS,
  admin: TENANT_ACTIONS,
  member: READS,
  roleless: [],
  integrationKey: KEY_ACTIONS,
  scimKey: KEY_ACTIONS,
  serviceRead: ['getProviderUser', 'listProviderOrganizationUsers'],
  serviceWrite: ['createProviderUser', 'updateProviderUser'],
  serviceNoScope: [],
  tenantsRead: ['listTenants', 'getTenant'],
  tenantsWrite: ['createTenant', 'updateTenant', 'suspendTenant', 'reactivateTenant', 'deleteTenant'],
};

describe('Authorizer with the committed policies', () => {
  const authorizer = Authorizer.fromDirectory();

  describe.each(Object.keys(PRINCIPALS) as Array<keyof typeof PRINCIPALS>)('%s', (name) => {
    it.each(AUTHORIZATION_ACTIONS)('%s', (action) => {
      const decision = authorizer.authorize({ principal: PRINCIPALS[name], action, resource: resourceFor(action) });
      expect(decision.allowed).toBe(ALLOWED[name].includes(action));
      expect(decision.notices.length).toBeGreaterThan(0);
      expect(decision.evaluationErrors).toEqual([]);
      const principal = PRINCIPALS[name];
      if (principal.kind === 'api_key' && ACCESS_MANAGEMENT.includes(action)) {
        expect(decision).toMatchObject({ notices: [NOTICES.keysNeverManage], policyIds: ['keys-never-manage-access'] });
      } else if (!decision.allowed) {
        expect(decision.notices).toEqual([`No policy permits ${action} for this principal.`]);
        expect(decision.policyIds).toEqual([]);
      }
      expect(decision.refusal).toBeUndefined();
    });
  });

  it('names the permitting policies in the notices of an allow', () => {
    const admin = authorizer.authorize({ principal: PRINCIPALS.admin, action: 'getUser', resource: resourceFor('getUser') });
    expect(admin.notices).toEqual([NOTICES.manage]);
    expect(admin.policyIds).toEqual(['owner-and-admins-manage-tenant']);

    const both = authorizer.authorize({ principal: user(['admin', 'member']), action: 'listUsers', resource: resourceFor('listUsers') });
    expect(both.notices).toEqual(expect.arrayContaining([NOTICES.manage, NOTICES.memberRead]));
    expect(both.notices).toHaveLength(2);

    const scim = authorizer.authorize({
      principal: PRINCIPALS.scimKey,
      action: 'deleteUserIdentity',
      resource: resourceFor('deleteUserIdentity'),
    });
    expect(scim.notices).toEqual([NOTICES.keysIdentities]);
    const linkRead = authorizer.authorize({
      principal: PRINCIPALS.integrationKey,
      action: 'getIdentityProvider',
      resource: resourceFor('getIdentityProvider'),
    });
    expect(linkRead.notices).toEqual([NOTICES.keysRead]);

    const read = authorizer.authorize({
      principal: PRINCIPALS.serviceRead,
      action: 'getProviderUser',
      resource: resourceFor('getProviderUser'),
    });
    expect(read.notices).toEqual([NOTICES.serviceRead]);
    const write = authorizer.authorize({
      principal: PRINCIPALS.serviceWrite,
      action: 'createProviderUser',
      resource: resourceFor('createProviderUser'),
    });
    expect(write.notices).toEqual([NOTICES.serviceWrite]);

    const tenants = authorizer.authorize({
      principal: PRINCIPALS.tenantsWrite,
      action: 'suspendTenant',
      resource: resourceFor('suspendTenant'),
    });
    expect(tenants.notices).toEqual([NOTICES.tenantsWrite]);
    const tenantsRead = authorizer.authorize({
      principal: PRINCIPALS.tenantsRead,
      action: 'getTenant',
      resource: resourceFor('getTenant'),
    });
    expect(tenantsRead.notices).toEqual([NOTICES.tenantsRead]);
  });

  describe('a suspended tenant', () => {
    const suspendedOwner = {
      kind: 'user',
      subject: 'owner-of-suspended',
      tenantId: TENANT,
      roles: ['admin'],
      isOwner: true,
      tenantSuspended: true,
    } satisfies AuthorizationPrincipal;
    const suspendedKey = { ...PRINCIPALS.integrationKey, tenantSuspended: true } satisfies AuthorizationPrincipal;

    it.each(TENANT_ACTIONS)('refuses its owner %s with tenant_suspended and the policy notice', (action) => {
      const decision = authorizer.authorize({ principal: suspendedOwner, action, resource: resourceFor(action) });
      expect(decision).toMatchObject({
        allowed: false,
        refusal: 'tenant_suspended',
        notices: [NOTICES.suspended],
        policyIds: ['suspended-tenant-users'],
      });
      expect(denialError(suspendedOwner, decision)).toMatchObject({ code: 'tenant_suspended', notices: [NOTICES.suspended] });
    });

    it.each(KEY_ACTIONS)('refuses its API keys %s with tenant_suspended', (action) => {
      const decision = authorizer.authorize({ principal: suspendedKey, action, resource: resourceFor(action) });
      expect(decision).toMatchObject({ allowed: false, refusal: 'tenant_suspended', policyIds: ['suspended-tenant-keys'] });
    });

    it('is the same tenant again once reactivated', () => {
      const decision = authorizer.authorize({
        principal: { ...suspendedOwner, tenantSuspended: false },
        action: 'listUsers',
        resource: resourceFor('listUsers'),
      });
      expect(decision.allowed).toBe(true);
    });
  });

  describe('granting admin', () => {
    it.each(['createUser', 'updateUser'] as const)('only the owner may request the admin role on %s', (action) => {
      const resource = resourceFor(action);
      const owner = authorizer.authorize({ principal: PRINCIPALS.owner, action, resource, context: { requestedRoles: ['admin'] } });
      expect(owner.allowed).toBe(true);

      const admin = authorizer.authorize({
        principal: PRINCIPALS.admin,
        action,
        resource,
        context: { requestedRoles: ['member', 'admin'] },
      });
      expect(admin).toMatchObject({ allowed: false, notices: [NOTICES.ownerGrantsAdmin], policyIds: ['only-owner-grants-admin'] });

      const other = authorizer.authorize({ principal: PRINCIPALS.admin, action, resource, context: { requestedRoles: ['member'] } });
      expect(other.allowed).toBe(true);
    });
  });

  describe('tenant isolation', () => {
    it.each(TENANT_ACTIONS)('an admin of another tenant is refused %s with the isolation notice', (action) => {
      const decision = authorizer.authorize({ principal: PRINCIPALS.admin, action, resource: resourceFor(action, OTHER_TENANT) });
      expect(decision).toMatchObject({ allowed: false, notices: [NOTICES.userIsolation] });
    });

    it('an owner of another tenant is refused too', () => {
      const decision = authorizer.authorize({
        principal: user([], true, OTHER_TENANT),
        action: 'deleteUser',
        resource: resourceFor('deleteUser'),
      });
      expect(decision).toMatchObject({ allowed: false, notices: [NOTICES.userIsolation] });
    });

    it.each(KEY_ACTIONS)('an API key is refused %s in another tenant', (action) => {
      const decision = authorizer.authorize({ principal: PRINCIPALS.scimKey, action, resource: resourceFor(action, OTHER_TENANT) });
      expect(decision).toMatchObject({ allowed: false, notices: [NOTICES.keyIsolation] });
    });

    it('compares tenant ids case-insensitively', () => {
      const decision = authorizer.authorize({
        principal: PRINCIPALS.admin,
        action: 'getUser',
        resource: { type: 'User', id: 'u-1', tenantId: TENANT.toUpperCase() },
      });
      expect(decision.allowed).toBe(true);
    });
  });

  describe('denialError', () => {
    it('maps a refused service token to insufficient_scope and others to forbidden, carrying notices', () => {
      const service = authorizer.authorize({
        principal: PRINCIPALS.serviceRead,
        action: 'createProviderUser',
        resource: resourceFor('createProviderUser'),
      });
      const scopeError = denialError(PRINCIPALS.serviceRead, service);
      expect(scopeError).toMatchObject({
        code: 'insufficient_scope',
        notices: ['No policy permits createProviderUser for this principal.'],
      });
      expect(scopeError.headers['WWW-Authenticate']).toBe('Bearer error="insufficient_scope"');

      const member = authorizer.authorize({
        principal: PRINCIPALS.admin,
        action: 'createUser',
        resource: resourceFor('createUser'),
        context: { requestedRoles: ['admin'] },
      });
      expect(denialError(PRINCIPALS.admin, member)).toMatchObject({ code: 'forbidden', notices: [NOTICES.ownerGrantsAdmin] });
    });
  });

  describe('malformed requests (programming errors)', () => {
    it('throws when the resource type does not fit the action', () => {
      expect(() =>
        authorizer.authorize({ principal: PRINCIPALS.admin, action: 'getUser', resource: { type: 'Tenant', id: TENANT } }),
      ).toThrow(/does not fit the schema/);
    });

    it('throws when requestedRoles is given to an action without it', () => {
      expect(() =>
        authorizer.authorize({
          principal: PRINCIPALS.admin,
          action: 'getUser',
          resource: resourceFor('getUser'),
          context: { requestedRoles: [] },
        }),
      ).toThrow(/requestedRoles applies only/);
    });
  });
});
