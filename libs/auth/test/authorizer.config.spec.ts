import { Authorizer, PolicyConfigurationError, readPolicyDirectory, type AuthorizerSources } from '../src';

const committed = readPolicyDirectory();

function withExtraPolicy(text: string): AuthorizerSources {
  return { ...committed, policies: [...committed.policies, { name: 'extra.cedar', text }] };
}

function configurationError(sources: AuthorizerSources): PolicyConfigurationError {
  try {
    new Authorizer(sources);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyConfigurationError);
    return error as PolicyConfigurationError;
  }
  throw new Error('expected the Authorizer to refuse the policies');
}

describe('Authorizer configuration checks', () => {
  it('loads the committed schema and every committed policy', () => {
    expect(committed.policies.map((policy) => policy.name)).toEqual([
      'api-keys.cedar',
      'audit-and-webhooks.cedar',
      'service-tokens.cedar',
      'tenant-isolation.cedar',
      'tenant-suspension.cedar',
      'tenant-users.cedar',
    ]);
    expect([...new Authorizer(committed).policyIds].sort()).toEqual([
      'api-keys-stay-in-tenant',
      'keys-manage-identities',
      'keys-never-manage-access',
      'keys-read-for-linking',
      'members-read-tenant',
      'only-owner-grants-admin',
      'owner-and-admins-manage-tenant',
      'owner-and-admins-manage-webhooks',
      'owner-and-admins-read-audit',
      'service-reads-provider-users',
      'service-reads-tenants',
      'service-writes-provider-users',
      'service-writes-tenants',
      'suspended-tenant-keys',
      'suspended-tenant-users',
      'tenant-users-stay-in-tenant',
    ]);
  });

  it('refuses a policy that does not parse, naming the file', () => {
    const error = configurationError(withExtraPolicy('@id("broken")\n@notice("x")\npermit (principal, action, resource) when { ;'));
    expect(error.message).toContain('extra.cedar');
  });

  it('refuses a policy that does not match the schema, naming the policy', () => {
    const error = configurationError(
      withExtraPolicy(
        '@id("department-heads")\n@notice("Heads of department read users.")\n' +
          'permit (principal is Access::TenantUser, action == Access::Action::"getUser", resource)\n' +
          'when { principal.department == "hr" };',
      ),
    );
    expect(error.message).toMatch(/do not match the schema/);
    expect(error.message).toContain('policy "department-heads"');
  });

  it('refuses an unknown action', () => {
    const error = configurationError(
      withExtraPolicy('@id("typo")\n@notice("n")\npermit (principal, action == Access::Action::"getUsers", resource);'),
    );
    expect(error.message).toContain('policy "typo"');
  });

  it('refuses policies without @id or @notice, and duplicate ids', () => {
    expect(configurationError(withExtraPolicy('@notice("n")\npermit (principal, action, resource);')).message).toMatch(/no @id/);
    expect(configurationError(withExtraPolicy('@id("lonely")\npermit (principal, action, resource);')).message).toMatch(
      /"lonely" has no @notice/,
    );
    expect(
      configurationError(withExtraPolicy('@id("members-read-tenant")\n@notice("n")\nforbid (principal, action, resource);')).message,
    ).toMatch(/used twice/);
  });

  it('refuses a schema whose actions drifted from the library action table', () => {
    const schema = committed.schema.replace(/^\s*action deleteUser appliesTo .*$/m, '');
    const policies = committed.policies.map((policy) => ({
      ...policy,
      text: policy.text.replace(/\s*Access::Action::"deleteUser",/g, ''),
    }));
    const error = configurationError({ schema, policies });
    expect(error.message).toContain('action "deleteUser" is missing from the schema');
  });

  it("reads each action's context attributes from the schema", () => {
    const authorizer = new Authorizer(committed);
    expect(authorizer.contextAttributes('createUser')).toEqual(['requestedRoles']);
    expect(authorizer.contextAttributes('updateUser')).toEqual(['requestedRoles']);
    expect(authorizer.contextAttributes('getUser')).toEqual([]);
    // A new attribute in the schema is a new context attribute, with no list to keep in step.
    const schema = committed.schema.replace(
      'type RoleRequest = { requestedRoles: Set<String> };',
      'type RoleRequest = { requestedRoles: Set<String>, requestedScopes: Set<String> };',
    );
    expect(new Authorizer({ ...committed, schema }).contextAttributes('createUser')).toEqual(['requestedRoles', 'requestedScopes']);
  });

  it('refuses a context attribute the app could not fill from a request body', () => {
    const schema = committed.schema.replace(
      'type RoleRequest = { requestedRoles: Set<String> };',
      'type RoleRequest = { requestedRoles: Set<String>, ownerOnly: Bool };',
    );
    expect(configurationError({ ...committed, schema }).message).toContain(
      'context attribute "ownerOnly" of "createUser" must be a Set<String>',
    );
  });
});
