import { startTestApp, type RunningApp } from '../../support/start-test-app';

describe('provider users with no access provider configured (ACCESS_PROVIDER=none)', () => {
  let running: RunningApp;
  let client: ReturnType<RunningApp['client']>;

  beforeAll(async () => {
    running = await startTestApp({ ACCESS_PROVIDER: 'none' });
    client = running.client({ bearerToken: await running.serviceToken(['provider_users:read', 'provider_users:write']) });
  });
  afterAll(async () => {
    await running.close();
  });

  const userId = 'user_01J7C4Q8QABCD1234XYZ0000';
  it.each([
    ['createProviderUser', () => client.POST('/v1/provider/users', { body: { email: 'alex@example.com' } })],
    ['getProviderUser', () => client.GET('/v1/provider/users/{userId}', { params: { path: { userId } } })],
    [
      'updateProviderUser',
      () => client.PATCH('/v1/provider/users/{userId}', { params: { path: { userId } }, body: { firstName: 'Alex' } }),
    ],
    [
      'listProviderOrganizationUsers',
      () => client.GET('/v1/provider/organizations/{organizationId}/users', { params: { path: { organizationId: 'org_123' } } }),
    ],
  ])('%s answers 503 provider_not_configured', async (_operation, call) => {
    const result = await call();
    expect(result.response.status).toBe(503);
    expect(result.error).toMatchObject({ code: 'provider_not_configured', errorCode: '50350002' });
  });

  it('still authenticates first: 401 without a token', async () => {
    const result = await running.client({}).GET('/v1/provider/users/{userId}', { params: { path: { userId } } });
    expect(result.response.status).toBe(401);
  });
});
