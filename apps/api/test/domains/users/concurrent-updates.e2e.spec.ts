import { randomUUID } from 'node:crypto';
import { expectError, withoutRequestId } from '../../support/expect-error';
import { startTestApp, type RunningApp, type TestTenant } from '../../support/start-test-app';

/** updated_at is the time of the write that stuck, and user_not_found reads the same wherever it is met. */
describe('updated_at under concurrent updates, and one user_not_found', () => {
  let running: RunningApp;
  let tenant: TestTenant;
  let owner: ReturnType<RunningApp['client']>;

  beforeAll(async () => {
    // As many connections as requests in flight, so the updates really queue on the row lock.
    running = await startTestApp({ DATABASE_POOL_MAX: '12' });
    tenant = await running.createTenant();
    owner = running.client({ bearerToken: tenant.ownerToken, tenantId: tenant.tenantId });
  });
  afterAll(() => running.close());

  it('never answers an updated_at later than the one stored, and the latest answer is the write that stuck', async () => {
    for (let round = 0; round < 4; round++) {
      const userId = await running.addUser(tenant.tenantId, ['member']);
      const names = Array.from({ length: 24 }, (_, i) => `Writer ${round}-${i}`);
      const answers = await Promise.all(
        names.map((name) => owner.PATCH('/v1/users/{id}', { params: { path: { id: userId } }, body: { name } })),
      );
      const written = answers.map((answer) => {
        if (!answer.data) throw new Error(`update failed: ${answer.response.status}`);
        return answer.data;
      });
      const stored = (await owner.GET('/v1/users/{id}', { params: { path: { id: userId } } })).data;

      const latest = written.reduce((a, b) => (Date.parse(a.updated_at) >= Date.parse(b.updated_at) ? a : b));
      for (const answer of written) expect(Date.parse(answer.updated_at)).toBeLessThanOrEqual(Date.parse(stored?.updated_at ?? ''));
      expect(latest.updated_at).toBe(stored?.updated_at);
      expect(latest.name).toBe(stored?.name);
    }
  });

  it('answers user_not_found with one detail, whichever operation meets it', async () => {
    const missing = randomUUID();
    const provider = await owner.POST('/v1/identity-providers', { body: { name: `Okta ${missing}`, type: 'oidc' } });
    const answers = [
      await owner.GET('/v1/users/{id}', { params: { path: { id: missing } } }),
      await owner.PATCH('/v1/users/{id}', { params: { path: { id: missing } }, body: { name: 'Nobody' } }),
      await owner.DELETE('/v1/users/{id}', { params: { path: { id: missing } } }),
      await owner.GET('/v1/users/{id}/identities', { params: { path: { id: missing } } }),
      await owner.POST('/v1/users/{id}/identities', {
        params: { path: { id: missing } },
        body: { identity_provider_id: provider.data?.id ?? '', external_id: 'ext-1' },
      }),
      await owner.DELETE('/v1/users/{id}/identities/{identityId}', { params: { path: { id: missing, identityId: randomUUID() } } }),
    ];
    for (const answer of answers) expectError(answer, 'user_not_found');
    const envelopes = answers.map((answer) => JSON.stringify(withoutRequestId(answer)));
    expect(new Set(envelopes).size).toBe(1);
    expect(answers[0]?.error?.errors).toEqual([{ detail: 'names no user of this tenant', pointer: '/id', location: 'path' }]);
  });
});
