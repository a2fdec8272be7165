import { randomBytes } from 'node:crypto';
import { expectError } from '../../../support/expect-error';
import type { ProviderHarness } from './provider-harness';

export interface ProviderContractOptions {
  /** WorkOS's emulator ignores `email` on update (live WorkOS applies it): such cases are skipped there. */
  appliesEmailUpdates: boolean;
}

const uniqueEmail = (tag = 'user') => `${tag}-${randomBytes(5).toString('hex')}@example.com`;
const UNKNOWN_USER = 'user_01J7C4Q8QABCD1234XYZ0000';
const UNKNOWN_ORG = 'org_01J7C4Q8QABCD1234XYZ0000';

/**
 * What every access provider must do, as seen through the API and its typed client.
 * Run against each implementation (local and WorkOS), so they cannot drift apart.
 */
export function describeProviderContract(name: string, start: () => Promise<ProviderHarness>, options: ProviderContractOptions) {
  describe(`provider users on the ${name} provider`, () => {
    let harness: ProviderHarness;
    let writer: ReturnType<ProviderHarness['running']['client']>;
    let reader: ReturnType<ProviderHarness['running']['client']>;

    beforeAll(async () => {
      harness = await start();
      writer = harness.running.client({ bearerToken: await harness.running.serviceToken(['provider_users:read', 'provider_users:write']) });
      reader = harness.running.client({ bearerToken: await harness.running.serviceToken(['provider_users:read']) });
    }, 60_000);
    afterAll(async () => {
      await harness?.close();
    });

    const createUser = async (body: { email: string; mobileNumber?: string; firstName?: string; lastName?: string }) => {
      const result = await writer.POST('/v1/provider/users', { body });
      if (!result.data) throw new Error(`create failed: ${result.response.status} ${JSON.stringify(result.error)}`);
      return result.data;
    };
    const listPage = (organizationId: string, query: { limit?: number; before?: string; after?: string }) =>
      reader.GET('/v1/provider/organizations/{organizationId}/users', { params: { path: { organizationId }, query } });

    describe('createProviderUser', () => {
      it('creates a user with every field and answers 201 with its Location', async () => {
        const email = uniqueEmail();
        const result = await writer.POST('/v1/provider/users', {
          body: { email, mobileNumber: '+61412345678', firstName: 'Alex', lastName: 'Taylor' },
        });
        expect(result.response.status).toBe(201);
        expect(result.data).toEqual({
          id: expect.stringMatching(/^user_[0-9A-HJKMNP-TV-Z]{26}$/),
          email,
          mobileNumber: '+61412345678',
          firstName: 'Alex',
          lastName: 'Taylor',
        });
        expect(result.response.headers.get('location')).toBe(`/v1/provider/users/${result.data?.id}`);
      });

      it('leaves out the fields that were not given', async () => {
        const email = uniqueEmail();
        const user = await createUser({ email });
        expect(user).toEqual({ id: expect.any(String), email });
      });

      it('answers 409 provider_user_exists for an email already taken', async () => {
        const email = uniqueEmail();
        await createUser({ email });
        const result = await writer.POST('/v1/provider/users', { body: { email, firstName: 'Other' } });
        expectError(result, 'provider_user_exists');
        expect(result.error?.errors).toEqual([expect.objectContaining({ pointer: '/email' })]);
      });

      it('answers 400 with pointers for values the contract refuses', async () => {
        const result = await writer.POST('/v1/provider/users', { body: { email: 'not-an-email', mobileNumber: '0412 345 678' } });
        expectError(result, 'validation_failed');
        expect(result.error?.errors?.map((e) => e.pointer).sort()).toEqual(['/email', '/mobileNumber']);
      });
    });

    describe('getProviderUser', () => {
      it('returns a user as it was created', async () => {
        const created = await createUser({ email: uniqueEmail(), mobileNumber: '+14155550100', firstName: 'Sam' });
        const result = await reader.GET('/v1/provider/users/{userId}', { params: { path: { userId: created.id } } });
        expect(result.response.status).toBe(200);
        expect(result.data).toEqual(created);
      });

      it('answers 404 provider_user_not_found for an unknown id', async () => {
        expectError(
          await reader.GET('/v1/provider/users/{userId}', { params: { path: { userId: UNKNOWN_USER } } }),
          'provider_user_not_found',
        );
      });

      it('answers 400 for an id that is not a provider user id', async () => {
        const result = await reader.GET('/v1/provider/users/{userId}', { params: { path: { userId: 'org_123' } } });
        expectError(result, 'validation_failed');
        expect(result.error?.errors).toEqual([expect.objectContaining({ pointer: '/userId', location: 'path' })]);
      });
    });

    describe('updateProviderUser', () => {
      it('changes only the fields given', async () => {
        const created = await createUser({ email: uniqueEmail(), mobileNumber: '+61412345678', firstName: 'Alex', lastName: 'Taylor' });
        const result = await writer.PATCH('/v1/provider/users/{userId}', {
          params: { path: { userId: created.id } },
          body: { mobileNumber: '+61498765432', lastName: 'Jones' },
        });
        expect(result.response.status).toBe(200);
        const expected = { ...created, mobileNumber: '+61498765432', lastName: 'Jones' };
        expect(result.data).toEqual(expected);
        expect((await reader.GET('/v1/provider/users/{userId}', { params: { path: { userId: created.id } } })).data).toEqual(expected);
      });

      (options.appliesEmailUpdates ? it : it.skip)('changes the email, and refuses one already taken with 409', async () => {
        const taken = await createUser({ email: uniqueEmail('taken') });
        const created = await createUser({ email: uniqueEmail() });
        const email = uniqueEmail('new');
        const result = await writer.PATCH('/v1/provider/users/{userId}', { params: { path: { userId: created.id } }, body: { email } });
        expect(result.data).toEqual({ id: created.id, email });
        expectError(
          await writer.PATCH('/v1/provider/users/{userId}', { params: { path: { userId: created.id } }, body: { email: taken.email } }),
          'provider_user_exists',
        );
      });

      it('answers 400 when no field is given', async () => {
        const created = await createUser({ email: uniqueEmail() });
        expectError(
          await writer.PATCH('/v1/provider/users/{userId}', { params: { path: { userId: created.id } }, body: {} }),
          'validation_failed',
        );
      });

      it('answers 404 provider_user_not_found for an unknown id', async () => {
        const result = await writer.PATCH('/v1/provider/users/{userId}', {
          params: { path: { userId: UNKNOWN_USER } },
          body: { firstName: 'Nobody' },
        });
        expectError(result, 'provider_user_not_found');
      });
    });

    describe('listProviderOrganizationUsers', () => {
      let organizationId: string;
      let members: string[];

      beforeAll(async () => {
        organizationId = await harness.addOrganization();
        const elsewhere = await harness.addOrganization();
        members = [];
        for (let i = 0; i < 7; i++) {
          const user = await createUser({ email: uniqueEmail(`member${i}`), firstName: `Member${i}` });
          await harness.addMember(organizationId, user.id);
          members.push(user.id);
        }
        // Users outside the organisation never show up in its list.
        const outsider = await createUser({ email: uniqueEmail('outsider') });
        await harness.addMember(elsewhere, outsider.id);
      }, 60_000);

      it('lists every member, oldest first, with the default limit of 100', async () => {
        const result = await listPage(organizationId, {});
        expect(result.response.status).toBe(200);
        expect(result.data?.data.map((u) => u.id)).toEqual(members);
        expect(result.data?.pagination).toEqual({ hasNextPage: false, hasPreviousPage: false, nextCursor: null, previousCursor: null });
      });

      it('pages forward and back across several pages', async () => {
        const first = (await listPage(organizationId, { limit: 3 })).data;
        expect(first?.data.map((u) => u.id)).toEqual(members.slice(0, 3));
        expect(first?.pagination).toMatchObject({ hasNextPage: true, hasPreviousPage: false, previousCursor: null });

        const second = (await listPage(organizationId, { limit: 3, after: first?.pagination.nextCursor ?? '' })).data;
        expect(second?.data.map((u) => u.id)).toEqual(members.slice(3, 6));
        expect(second?.pagination).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

        const third = (await listPage(organizationId, { limit: 3, after: second?.pagination.nextCursor ?? '' })).data;
        expect(third?.data.map((u) => u.id)).toEqual(members.slice(6));
        expect(third?.pagination).toMatchObject({ hasNextPage: false, hasPreviousPage: true, nextCursor: null });

        const backToSecond = (await listPage(organizationId, { limit: 3, before: third?.pagination.previousCursor ?? '' })).data;
        expect(backToSecond?.data.map((u) => u.id)).toEqual(members.slice(3, 6));
        expect(backToSecond?.pagination).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

        const backToFirst = (await listPage(organizationId, { limit: 3, before: backToSecond?.pagination.previousCursor ?? '' })).data;
        expect(backToFirst?.data.map((u) => u.id)).toEqual(members.slice(0, 3));
        expect(backToFirst?.pagination).toMatchObject({ hasNextPage: true, hasPreviousPage: false, previousCursor: null });

        // Forward again from a page reached backwards.
        const forwardAgain = (await listPage(organizationId, { limit: 3, after: backToFirst?.pagination.nextCursor ?? '' })).data;
        expect(forwardAgain?.data.map((u) => u.id)).toEqual(members.slice(3, 6));
      });

      it('answers an organisation without members with an empty page', async () => {
        const result = await listPage(await harness.addOrganization(), { limit: 3 });
        expect(result.data).toEqual({
          data: [],
          pagination: { hasNextPage: false, hasPreviousPage: false, nextCursor: null, previousCursor: null },
        });
      });

      it('answers 404 provider_organization_not_found for an unknown organisation', async () => {
        expectError(await listPage(UNKNOWN_ORG, {}), 'provider_organization_not_found');
      });

      it('refuses before with after, and a limit outside 1–100, with 400 and a pointer', async () => {
        const next = (await listPage(organizationId, { limit: 3 })).data?.pagination.nextCursor ?? '';
        expectError(await listPage(organizationId, { before: next, after: next }), 'validation_failed');
        for (const limit of [0, 101]) {
          const result = await listPage(organizationId, { limit });
          expectError(result, 'validation_failed');
          expect(result.error?.errors).toEqual([expect.objectContaining({ pointer: '/limit', location: 'query' })]);
        }
      });

      it('refuses a tampered cursor, one of another organisation, and a next cursor sent as before', async () => {
        const next = (await listPage(organizationId, { limit: 3 })).data?.pagination.nextCursor ?? '';
        const [body, signature = ''] = next.split('.');
        const forged = `${Buffer.from(JSON.stringify({ c: members[5], d: 'next' })).toString('base64url')}.${signature}`;
        expectError(await listPage(organizationId, { after: forged }), 'invalid_cursor');
        expectError(await listPage(organizationId, { after: `${body}.${signature.slice(1)}x` }), 'invalid_cursor');
        expectError(await listPage(organizationId, { before: next }), 'invalid_cursor');
        const other = await harness.addOrganization();
        const result = await listPage(other, { after: next });
        expectError(result, 'invalid_cursor');
        expect(result.error?.errors).toEqual([expect.objectContaining({ pointer: '/after', location: 'query' })]);
      });
    });

    describe('service tokens', () => {
      it('answers 401 without a token', async () => {
        const anonymous = harness.running.client({});
        expectError(await anonymous.GET('/v1/provider/users/{userId}', { params: { path: { userId: UNKNOWN_USER } } }), 'unauthenticated');
      });

      it('answers 403 insufficient_scope to a read-only token that creates', async () => {
        expectError(await reader.POST('/v1/provider/users', { body: { email: uniqueEmail() } }), 'insufficient_scope');
        expectError(
          await reader.PATCH('/v1/provider/users/{userId}', { params: { path: { userId: UNKNOWN_USER } }, body: { firstName: 'X' } }),
          'insufficient_scope',
        );
      });

      it('answers 403 insufficient_scope to a write-only token that reads', async () => {
        const writeOnly = harness.running.client({ bearerToken: await harness.running.serviceToken(['provider_users:write']) });
        expectError(
          await writeOnly.GET('/v1/provider/users/{userId}', { params: { path: { userId: UNKNOWN_USER } } }),
          'insufficient_scope',
        );
      });

      it("answers 403 to a tenant user's token, even an owner's", async () => {
        const tenant = await harness.running.createTenant();
        const asOwner = harness.running.client({ bearerToken: tenant.ownerToken });
        const result = await asOwner.POST('/v1/provider/users', { body: { email: uniqueEmail() } });
        expect(result.response.status).toBe(403);
        expect(result.error?.code).toMatch(/^(forbidden|insufficient_scope)$/);
      });
    });
  });
}
