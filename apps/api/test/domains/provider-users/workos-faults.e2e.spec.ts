import { randomBytes } from 'node:crypto';
import { ERRORS } from '@access/errors';
import { startWorkOSHarness, type WorkOSHarness } from './support/provider-harness';

const TIMEOUT_MS = 1000;
const email = () => `fault-${randomBytes(5).toString('hex')}@example.com`;
const USERS = '/user_management/users';

describe('WorkOS provider: faults, retries and what goes on the wire', () => {
  let harness: WorkOSHarness;
  let client: ReturnType<WorkOSHarness['running']['client']>;

  beforeAll(async () => {
    // One SDK retry, and a short bound so the slow-answer case stays quick.
    harness = await startWorkOSHarness({ PROVIDER_TIMEOUT_MS: String(TIMEOUT_MS), PROVIDER_MAX_RETRIES: '1' });
    client = harness.running.client({ bearerToken: await harness.running.serviceToken(['provider_users:read', 'provider_users:write']) });
  }, 60_000);
  afterAll(async () => {
    await harness?.close();
  });
  beforeEach(() => harness.proxy.reset());

  const create = (body: { email: string; mobileNumber?: string; firstName?: string }) => client.POST('/v1/provider/users', { body });
  const wire = (method: string) => harness.proxy.requests.filter((r) => r.method === method && r.path.startsWith(USERS));

  it("maps live WorkOS's duplicate-email answer (400 user_creation_error) to 409", async () => {
    harness.proxy.inject(
      {
        kind: 'answer',
        status: 400,
        body: {
          code: 'user_creation_error',
          message: 'Could not create user.',
          errors: [{ code: 'email_not_available', message: 'This email is not available.' }],
        },
      },
      { method: 'POST', pathPrefix: USERS },
    );
    const result = await create({ email: email() });
    expect(result.response.status).toBe(409);
    expect(result.error).toMatchObject({ code: 'provider_user_exists', errors: [expect.objectContaining({ pointer: '/email' })] });
  });

  it('maps a provider validation refusal to 422 with pointers, without its message', async () => {
    harness.proxy.inject(
      {
        kind: 'answer',
        status: 422,
        body: {
          code: 'invalid_request_parameters',
          message: 'PROVIDER-INTERNAL-TEXT',
          errors: [
            { field: 'first_name', code: 'first_name_invalid' },
            { field: 'metadata', code: 'metadata_value_too_long' },
          ],
        },
      },
      { method: 'POST', pathPrefix: USERS },
    );
    const result = await create({ email: email(), firstName: 'Alex', mobileNumber: '+61412345678' });
    expect(result.response.status).toBe(422);
    expect(result.error).toMatchObject({ code: 'provider_validation_failed', errorCode: ERRORS.provider_validation_failed.errorCode });
    expect(result.error?.errors?.map((e) => e.pointer)).toEqual(['/firstName', '/mobileNumber']);
    expect(JSON.stringify(result.error)).not.toContain('PROVIDER-INTERNAL-TEXT');
  });

  it('answers 429 at once, passing Retry-After on, when WorkOS asks for a longer wait than the bound allows', async () => {
    harness.proxy.inject({ kind: 'answer', status: 429, headers: { 'retry-after': '7' }, body: { message: 'Rate limit exceeded' } });
    const started = Date.now();
    const result = await create({ email: email() });
    expect(result.response.status).toBe(429);
    expect(result.error?.code).toBe('provider_rate_limited');
    expect(result.response.headers.get('retry-after')).toBe('7');
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS);
    // The SDK did not retry into a 7-second sleep.
    expect(wire('POST')).toHaveLength(1);
  });

  it('passes the 429 on once the SDK retry is rate-limited too', async () => {
    for (let i = 0; i < 2; i++)
      harness.proxy.inject({ kind: 'answer', status: 429, headers: { 'retry-after': '0' }, body: { message: 'Rate limit exceeded' } });
    const result = await client.GET('/v1/provider/users/{userId}', { params: { path: { userId: 'user_01J7C4Q8QABCD1234XYZ0000' } } });
    expect(result.response.status).toBe(429);
    expect(result.response.headers.get('retry-after')).toBe('0');
    expect(harness.proxy.requests).toHaveLength(2);
  });

  it('retries a short 429 within the bound and succeeds', async () => {
    harness.proxy.inject(
      { kind: 'answer', status: 429, headers: { 'retry-after': '0' }, body: { message: 'Rate limit exceeded' } },
      { method: 'POST' },
    );
    const result = await create({ email: email() });
    expect(result.response.status).toBe(201);
    expect(wire('POST')).toHaveLength(2);
  });

  it('answers 503 provider_unavailable for provider errors, never echoing their body', async () => {
    // Retry-After: 0 keeps the SDK's backoff before its one retry out of the timing.
    for (let i = 0; i < 2; i++) {
      harness.proxy.inject({
        kind: 'answer',
        status: 500,
        headers: { 'retry-after': '0' },
        body: { message: 'PROVIDER-STACK at db.ts:12', code: 'server_error' },
      });
    }
    const result = await create({ email: email() });
    expect(result.response.status).toBe(503);
    expect(result.error?.code).toBe('provider_unavailable');
    expect(JSON.stringify(result.error)).not.toContain('PROVIDER-STACK');
    expect(wire('POST')).toHaveLength(2);
  });

  it('answers 503 provider_unavailable when WorkOS refuses our API key', async () => {
    harness.proxy.inject({ kind: 'answer', status: 401, body: { message: 'Unauthorized', code: 'unauthorized' } });
    const result = await client.GET('/v1/provider/users/{userId}', { params: { path: { userId: 'user_01J7C4Q8QABCD1234XYZ0000' } } });
    expect(result.response.status).toBe(503);
    expect(result.error?.code).toBe('provider_unavailable');
  });

  it('answers 503 within the bound when WorkOS is slow', async () => {
    harness.proxy.inject({ kind: 'delay', ms: TIMEOUT_MS * 4 });
    const started = Date.now();
    const result = await create({ email: email() });
    const elapsed = Date.now() - started;
    expect(result.response.status).toBe(503);
    expect(result.error?.code).toBe('provider_unavailable');
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(elapsed).toBeLessThan(TIMEOUT_MS * 2);
  });

  it('creates users with a verified email and the mobile number in metadata', async () => {
    const address = email();
    await create({ email: address, mobileNumber: '+61412345678', firstName: 'Alex' });
    expect(JSON.parse(wire('POST')[0]!.body)).toEqual({
      email: address,
      email_verified: true,
      first_name: 'Alex',
      metadata: { mobile_number: '+61412345678' },
    });
  });

  it('sends an email update as a verified email, and only the fields given', async () => {
    const created = (await create({ email: email(), mobileNumber: '+61412345678' })).data;
    const address = email();
    const result = await client.PATCH('/v1/provider/users/{userId}', {
      params: { path: { userId: created?.id ?? '' } },
      body: { email: address },
    });
    expect(result.response.status).toBe(200);
    expect(JSON.parse(wire('PUT')[0]!.body)).toEqual({ email: address, email_verified: true });
  });

  it("lists through WorkOS's organisation filter, oldest first, and pages back with a descending page after the cursor", async () => {
    const organizationId = await harness.addOrganization();
    const members: string[] = [];
    for (let i = 0; i < 3; i++) {
      const user = (await create({ email: email() })).data;
      await harness.addMember(organizationId, user?.id ?? '');
      members.push(user?.id ?? '');
    }
    harness.proxy.reset();
    const list = (query: { limit: number; before?: string; after?: string }) =>
      client.GET('/v1/provider/organizations/{organizationId}/users', { params: { path: { organizationId }, query } });
    const first = (await list({ limit: 2 })).data;
    const second = (await list({ limit: 2, after: first?.pagination.nextCursor ?? '' })).data;
    await list({ limit: 2, before: second?.pagination.previousCursor ?? '' });
    const queries = wire('GET').map((r) => Object.fromEntries(new URL(r.path, 'http://x').searchParams));
    // One user more than the page is asked for: whether more follow is found out, not read from list_metadata.
    expect(queries).toEqual([
      { organization_id: organizationId, limit: '3', order: 'asc' },
      { organization_id: organizationId, limit: '3', order: 'asc', after: members[1] },
      { organization_id: organizationId, limit: '3', order: 'desc', after: members[2] },
    ]);
  });
});
