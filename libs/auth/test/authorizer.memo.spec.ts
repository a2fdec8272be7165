import fc from 'fast-check';
import {
  ACTION_RESOURCE_TYPES,
  AUTHORIZATION_ACTIONS,
  Authorizer,
  readPolicyDirectory,
  type AuthorizationAction,
  type AuthorizationPrincipal,
  type AuthorizationRequest,
  type AuthorizationResource,
} from '../src';
import { DecisionMemo } from '../src/lib/authz/decision-memo';

const TENANTS = ['c0ffee00-1111-4222-8333-444455556666', 'deadbeef-1111-4222-8333-444455556666', 'DEADBEEF-1111-4222-8333-444455556666'];
const IDS = ['0b6a3f8e-2c1d-4e5f-8a9b-0c1d2e3f4a5b', '7f3e2d1c-0b9a-4877-8655-443322110000', 'key-1'];
const ROLES = ['admin', 'member', 'auditor', 'billing'];
const SCOPES = ['tenants:read', 'tenants:write', 'provider_users:read', 'provider_users:write', 'other'];

const principal: fc.Arbitrary<AuthorizationPrincipal> = fc.oneof(
  fc.record({
    kind: fc.constant('user' as const),
    subject: fc.constantFrom(...IDS),
    tenantId: fc.constantFrom(...TENANTS),
    roles: fc.subarray(ROLES),
    isOwner: fc.boolean(),
    tenantSuspended: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('api_key' as const),
    keyId: fc.constantFrom(...IDS),
    tenantId: fc.constantFrom(...TENANTS),
    keyKind: fc.constantFrom('integration' as const, 'scim' as const),
    tenantSuspended: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('service' as const), subject: fc.constantFrom(...IDS), scopes: fc.subarray(SCOPES) }),
);

function resourceFor(action: AuthorizationAction, id: string, tenantId: string): AuthorizationResource {
  const type = ACTION_RESOURCE_TYPES[action];
  switch (type) {
    case 'Tenant':
      return { type, id: tenantId };
    case 'TenantDirectory':
      return { type };
    case 'ProviderDirectory':
      return { type };
    default:
      return { type, id, tenantId };
  }
}

const request: fc.Arbitrary<AuthorizationRequest> = fc
  .record({
    principal,
    action: fc.constantFrom(...AUTHORIZATION_ACTIONS),
    id: fc.constantFrom(...IDS),
    tenantId: fc.constantFrom(...TENANTS),
    requestedRoles: fc.subarray(ROLES),
  })
  .map(({ principal, action, id, tenantId, requestedRoles }) => ({
    principal,
    action,
    resource: resourceFor(action, id, tenantId),
    context: Object.fromEntries(['createUser', 'updateUser'].includes(action) ? [['requestedRoles', requestedRoles]] : []),
  }));

describe('decisions remembered per shape of request', () => {
  const sources = readPolicyDirectory();
  const remembering = new Authorizer(sources);
  const asking = new Authorizer(sources, { rememberDecisions: false });

  it('are the decisions the engine makes, for any principal, action, resource, ids and tenants', () => {
    fc.assert(
      fc.property(fc.array(request, { minLength: 1, maxLength: 20 }), (requests) => {
        // Twice over, so the second pass answers from memory what the first one learned.
        for (const each of [...requests, ...requests]) expect(remembering.authorize(each)).toEqual(asking.authorize(each));
      }),
      { numRuns: 300 },
    );
  });

  it('keep a revoked role from being honoured: the same caller without admin is refused at once', () => {
    const admin: AuthorizationRequest = {
      principal: { kind: 'user', subject: IDS[0] ?? '', tenantId: TENANTS[0] ?? '', roles: ['admin'], isOwner: false },
      action: 'deleteUser',
      resource: { type: 'User', id: IDS[1] ?? '', tenantId: TENANTS[0] ?? '' },
    };
    expect(remembering.authorize(admin).allowed).toBe(true);
    expect(
      remembering.authorize({ ...admin, principal: { ...admin.principal, roles: ['member'] } as AuthorizationPrincipal }).allowed,
    ).toBe(false);
  });

  it('tell another tenant apart from the caller’s own, though both are ids the policies never name', () => {
    const own: AuthorizationRequest = {
      principal: { kind: 'user', subject: IDS[0] ?? '', tenantId: TENANTS[0] ?? '', roles: ['admin'], isOwner: false },
      action: 'getUser',
      resource: { type: 'User', id: IDS[1] ?? '', tenantId: TENANTS[0] ?? '' },
    };
    expect(remembering.authorize(own).allowed).toBe(true);
    expect(remembering.authorize({ ...own, resource: { type: 'User', id: IDS[1] ?? '', tenantId: TENANTS[1] ?? '' } }).allowed).toBe(false);
  });

  it('are not used when a policy names an entity, whose decisions could depend on its id', () => {
    expect(DecisionMemo.appliesTo(['permit (principal, action == AccessManagement::Action::"getUser", resource);'])).toBe(true);
    expect(DecisionMemo.appliesTo(['permit (principal, action, resource in AccessManagement::Tenant::"c0ffee00");'])).toBe(false);
    expect(DecisionMemo.appliesTo(['forbid (principal == AccessManagement::TenantUser :: "u-1", action, resource);'])).toBe(false);
  });
});
