import { randomBytes } from 'node:crypto';
import type { ProviderUser } from '@access/contract';
import { startLocalHarness, startWorkOSDoubleHarness, type ProviderHarness, type WorkOSDoubleHarness } from './support/provider-harness';

const email = (tag: string) => `${tag}-${randomBytes(5).toString('hex')}@example.com`;

/**
 * Provider users' creates and updates are in the audit trail, outside any tenant, with the
 * service token's subject as actor: the local provider records them in the transaction of
 * the change, the WorkOS provider right after WorkOS (its documented wire format: the double)
 * accepted it.
 */
describe.each([
  ['local', (): Promise<ProviderHarness> => startLocalHarness()],
  ['WorkOS', (): Promise<WorkOSDoubleHarness> => startWorkOSDoubleHarness()],
] as const)('provider user audit events (%s provider)', (kind, start) => {
  let harness: ProviderHarness;
  let client: ReturnType<ProviderHarness['running']['client']>;

  beforeAll(async () => {
    harness = await start();
    client = harness.running.client({ bearerToken: await harness.running.serviceToken(['provider_users:read', 'provider_users:write']) });
  }, 60_000);
  afterAll(async () => {
    await harness?.close();
  });

  const eventsOf = (id: string) =>
    harness.running.prisma.auditEvent.findMany({ where: { resourceId: id }, orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }] });

  it('records a create and an update with the service as actor and no tenant', async () => {
    const created = await client.POST('/v1/provider/users', { body: { email: email('audit'), firstName: 'Ada', lastName: 'Lovelace' } });
    expect(created.response.status).toBe(201);
    const user = created.data as ProviderUser;
    const updated = await client.PATCH('/v1/provider/users/{userId}', {
      params: { path: { userId: user.id } },
      body: { firstName: 'Augusta', mobileNumber: '+61412345678' },
    });
    expect(updated.response.status).toBe(200);

    const events = await eventsOf(user.id);
    expect(events.map((e) => [e.type, e.tenantId, e.resourceType, e.actorKind, e.actorId])).toEqual([
      ['provider_user.created', null, 'provider_user', 'service', 'test-service'],
      ['provider_user.updated', null, 'provider_user', 'service', 'test-service'],
    ]);
    // The local provider knows the values before; WorkOS answers only the user as it now is.
    expect(events[1]?.changes).toEqual(
      kind === 'local'
        ? [
            { field: 'first_name', before: 'Ada', after: 'Augusta' },
            { field: 'mobile_number', before: null, after: '+61412345678' },
          ]
        : [
            { field: 'first_name', after: 'Augusta' },
            { field: 'mobile_number', after: '+61412345678' },
          ],
    );
  });

  it('records nothing for a refused create (an email already taken)', async () => {
    const taken = email('taken');
    expect((await client.POST('/v1/provider/users', { body: { email: taken } })).response.status).toBe(201);
    const count = await harness.running.prisma.auditEvent.count({ where: { type: 'provider_user.created' } });
    expect((await client.POST('/v1/provider/users', { body: { email: taken } })).response.status).toBe(409);
    expect(await harness.running.prisma.auditEvent.count({ where: { type: 'provider_user.created' } })).toBe(count);
  });
});
