import { startTestApp, type RunningApp, type TestTenant } from '../../support/start-test-app';

type Client = ReturnType<RunningApp['client']>;

/** Concurrent requests against the real database: the constraints and locks decide, not reads. */
describe('identities under concurrent requests', () => {
  let running: RunningApp;
  let tenant: TestTenant;
  let owner: Client;
  let integration: Client;

  beforeAll(async () => {
    running = await startTestApp();
    tenant = await running.createTenant();
    owner = running.client({ bearerToken: tenant.ownerToken, tenantId: tenant.tenantId });
    integration = running.client({ apiKey: tenant.integrationApiKey, tenantId: tenant.tenantId });
  });
  afterAll(async () => {
    await running.close();
  });

  async function createProvider(name: string): Promise<string> {
    const result = await owner.POST('/v1/identity-providers', { body: { name, type: 'scim' } });
    expect(result.response.status).toBe(201);
    return result.data?.id as string;
  }

  const link = (userId: string, identity_provider_id: string, external_id: string) =>
    integration.POST('/v1/users/{id}/identities', { params: { path: { id: userId } }, body: { identity_provider_id, external_id } });

  it('lets exactly one of 10 identical concurrent links win; the rest are 409 identity_already_linked', async () => {
    const providerId = await createProvider('Race IdP');
    const userId = await running.addUser(tenant.tenantId, []);

    const results = await Promise.all(Array.from({ length: 10 }, () => link(userId, providerId, 'raced-account')));

    const statuses = results.map((r) => r.response.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(results.filter((r) => r.response.status === 409).map((r) => (r.error as { code: string }).code)).toEqual(
      Array(9).fill('identity_already_linked'),
    );
    expect(await running.prisma.identity.count({ where: { identityProviderId: providerId } })).toBe(1);
  });

  it('lets one user hold one identity per provider when 10 accounts are linked at once', async () => {
    const providerId = await createProvider('Race IdP 2');
    const userId = await running.addUser(tenant.tenantId, []);

    const results = await Promise.all(Array.from({ length: 10 }, (_, n) => link(userId, providerId, `account-${n}`)));

    expect(results.filter((r) => r.response.status === 201)).toHaveLength(1);
    expect(new Set(results.filter((r) => r.response.status !== 201).map((r) => (r.error as { code: string }).code))).toEqual(
      new Set(['user_already_linked_to_provider']),
    );
  });

  it('never deletes a provider while a link to it is answered 201', async () => {
    // Each round races a delete with a link; either the link wins (201, delete 409)
    // or the delete wins (204, link 404) — never 204 with 201, which would mean a
    // freshly answered link was cascaded away (seen with a one-statement
    // `DELETE … WHERE NOT EXISTS`, which this test catches).
    for (let round = 0; round < 20; round++) {
      const providerId = await createProvider(`Delete race ${round}`);
      const userId = await running.addUser(tenant.tenantId, []);
      const [linked, deleted] = await Promise.all([
        link(userId, providerId, `delete-race-${round}`),
        owner.DELETE('/v1/identity-providers/{id}', { params: { path: { id: providerId } } }),
      ]);
      const outcome = `${linked.response.status}/${deleted.response.status}`;
      expect(['201/409', '404/204']).toContain(outcome);
      const stored = await running.prisma.identity.count({ where: { userId } });
      expect(stored).toBe(linked.response.status === 201 ? 1 : 0);
    }
  });
});
