/**
 * One Cedar action per OpenAPI operationId, with the resource type each one is asked
 * about. The Authorizer checks this table against the schema at start-up, so the two
 * cannot drift apart silently.
 */
export const ACTION_RESOURCE_TYPES = {
  createUser: 'Tenant',
  listUsers: 'Tenant',
  getUser: 'User',
  updateUser: 'User',
  deleteUser: 'User',
  createUserIdentity: 'User',
  listUserIdentities: 'User',
  deleteUserIdentity: 'Identity',
  createIdentityProvider: 'Tenant',
  listIdentityProviders: 'Tenant',
  getIdentityProvider: 'IdentityProvider',
  deleteIdentityProvider: 'IdentityProvider',
  listAuditEvents: 'Tenant',
  getAuditEvent: 'Tenant',
  createWebhookEndpoint: 'Tenant',
  listWebhookEndpoints: 'Tenant',
  getWebhookEndpoint: 'Tenant',
  updateWebhookEndpoint: 'Tenant',
  deleteWebhookEndpoint: 'Tenant',
  listWebhookDeliveries: 'Tenant',
  redeliverWebhookDelivery: 'Tenant',
  createTenant: 'TenantDirectory',
  listTenants: 'TenantDirectory',
  getTenant: 'TenantDirectory',
  updateTenant: 'TenantDirectory',
  suspendTenant: 'TenantDirectory',
  reactivateTenant: 'TenantDirectory',
  deleteTenant: 'TenantDirectory',
  createRole: 'Tenant',
  listRoles: 'Tenant',
  getRole: 'Role',
  updateRole: 'Role',
  deleteRole: 'Role',
  createApiKey: 'Tenant',
  listApiKeys: 'Tenant',
  getApiKey: 'ApiKeyRecord',
  revokeApiKey: 'ApiKeyRecord',
  createProviderUser: 'ProviderDirectory',
  getProviderUser: 'ProviderDirectory',
  updateProviderUser: 'ProviderDirectory',
  listProviderOrganizationUsers: 'ProviderDirectory',
} as const;

export type AuthorizationAction = keyof typeof ACTION_RESOURCE_TYPES;
export type ResourceType = (typeof ACTION_RESOURCE_TYPES)[AuthorizationAction];

export const AUTHORIZATION_ACTIONS = Object.keys(ACTION_RESOURCE_TYPES) as AuthorizationAction[];

/** The Cedar namespace of the schema and policies. */
export const CEDAR_NAMESPACE = 'Access';
