import type { CreateUserRequest } from '@access/contract';
import { startTestApp, type RunningApp, type TestTenant } from '../../support/start-test-app';
import { avatar, PASSWORD, pointers, uniqueEmail } from './users-fixtures';
import { expectError } from '../../support/expect-error';

/** 64 bytes end in one byte over two characters: the second's low four bits must be zero (A, Q, g or w); set one. */
const nonCanonical = (uri: string) => uri.replace(/(.)==$/, (_m, c: string) => `${String.fromCharCode(c.charCodeAt(0) + 1)}==`);

describe('createUser', () => {
  let running: RunningApp;
  let tenant: TestTenant;
  let owner: ReturnType<RunningApp['client']>;

  beforeAll(async () => {
    running = await startTestApp();
    tenant = await running.createTenant();
    owner = running.client({ bearerToken: tenant.ownerToken, tenantId: tenant.tenantId });
  });
  afterAll(() => running.close());

  const create = (body: CreateUserRequest, client = owner) => client.POST('/v1/users', { body });

  describe('201', () => {
    it('creates a local user with the documented defaults and never returns the password', async () => {
      const email = uniqueEmail('alex');
      const result = await create({ email, name: 'Alex Taylor', password: PASSWORD });

      expect(result.response.status).toBe(201);
      expect(result.data).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        tenant_id: tenant.tenantId,
        email,
        name: 'Alex Taylor',
        roles: ['member'],
        auth_provider: 'local',
        is_owner: false,
        avatar: null,
        created_at: expect.any(String),
        updated_at: result.data?.created_at,
      });
      expect(result.response.headers.get('location')).toBe(`/v1/users/${result.data?.id}`);
      expect(JSON.stringify(result.data)).not.toContain(PASSWORD);
    });

    it('stores the password only as an argon2id hash at the OWASP cost', async () => {
      const result = await create({ email: uniqueEmail(), name: 'Hashed', password: PASSWORD });
      const row = await running.prisma.tenantUser.findUniqueOrThrow({ where: { id: result.data?.id } });

      expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(row.passwordHash).not.toContain(PASSWORD);
    });

    it.each(['oidc', 'saml'] as const)('creates a %s user without a password', async (provider) => {
      const result = await create({ email: uniqueEmail(), name: 'Federated', auth_provider: provider, roles: ['member'] });

      expect(result.response.status).toBe(201);
      expect(result.data?.auth_provider).toBe(provider);
      const row = await running.prisma.tenantUser.findUniqueOrThrow({ where: { id: result.data?.id } });
      expect(row.passwordHash).toBeNull();
    });

    it('lets the owner grant admin, and keeps the roles it was given', async () => {
      const result = await create({ email: uniqueEmail(), name: 'Admin', password: PASSWORD, roles: ['member', 'admin'] });

      expect(result.response.status).toBe(201);
      expect(result.data?.roles).toEqual(['admin', 'member']);
    });

    it('lowercases the domain of the email and keeps the local part', async () => {
      const local = `Mixed.Case-${Date.now()}`;
      const result = await create({ email: `${local}@Example.COM`, name: 'Mixed', password: PASSWORD });

      expect(result.data?.email).toBe(`${local}@example.com`);
    });

    it.each(['png', 'jpeg', 'webp', 'gif'] as const)('accepts a %s avatar and returns it', async (type) => {
      const image = avatar(type);
      const result = await create({ email: uniqueEmail(), name: 'Pictured', password: PASSWORD, avatar: image });

      expect(result.response.status).toBe(201);
      expect(result.data?.avatar).toBe(image);
    });

    it('accepts an avatar of exactly 256 KiB', async () => {
      const result = await create({ email: uniqueEmail(), name: 'Big', password: PASSWORD, avatar: avatar('png', 262_144) });

      expect(result.response.status).toBe(201);
    });
  });

  describe('400', () => {
    it.each(['oidc', 'saml'] as const)('refuses a password for a %s user, together with any other problem', async (provider) => {
      const result = await create({ email: 'not-an-email', name: 'Fed', auth_provider: provider, password: PASSWORD });

      const envelope = expectError(result, 'validation_failed');
      expect(pointers(envelope)).toEqual(['body:/email', 'body:/password']);
      expect(JSON.stringify(envelope)).not.toContain(PASSWORD);
    });

    it('requires a password for a local user', async () => {
      const result = await create({ email: uniqueEmail(), name: 'No password' });

      expect(expectError(result, 'validation_failed').errors).toEqual([
        { detail: 'is required for local users', pointer: '/password', location: 'body' },
      ]);
    });

    it.each([
      ['too short', 'eleven-char'],
      ['too long', 'x'.repeat(129)],
    ])('refuses a password that is %s without echoing it', async (_label, password) => {
      const result = await create({ email: uniqueEmail(), name: 'Short', password });

      const envelope = expectError(result, 'validation_failed');
      expect(pointers(envelope)).toEqual(['body:/password']);
      expect(JSON.stringify(envelope)).not.toContain(password);
    });

    it.each(['is_owner', 'tenant_id'])('refuses %s: it cannot be set through the API', async (field) => {
      const body = { email: uniqueEmail(), name: 'Sneaky', password: PASSWORD, [field]: field === 'is_owner' ? true : tenant.tenantId };
      const result = await create(body);

      expect(expectError(result, 'validation_failed').errors).toEqual([
        { detail: 'is not a known field', pointer: `/${field}`, location: 'body' },
      ]);
    });

    it.each([
      ['a declared type its bytes are not', avatar('png', 64, 'jpeg')],
      ['a webp header without WEBP', avatar('webp', 64, 'png')],
      ['base64 whose length is not a multiple of four', `${avatar('png', 64)}A`],
      ['non-canonical base64 (stray bits a lenient decoder drops)', nonCanonical(avatar('gif', 64))],
      ['an image type not allowed', avatar('png').replace('image/png', 'image/svg+xml')],
      ['something other than a data URI', 'https://example.com/me.png'],
    ])('refuses an avatar with %s at /avatar', async (_label, image) => {
      const result = await create({ email: uniqueEmail(), name: 'Bad avatar', password: PASSWORD, avatar: image });

      expect(pointers(expectError(result, 'validation_failed'))).toEqual(['body:/avatar']);
    });
  });

  it('401: refuses a request without a credential', async () => {
    const result = await create({ email: uniqueEmail(), name: 'Anon', password: PASSWORD }, running.client({ tenantId: tenant.tenantId }));

    expectError(result, 'unauthenticated');
  });

  describe('403', () => {
    it('refuses a member', async () => {
      const memberId = await running.addUser(tenant.tenantId, ['member']);
      const member = running.client({ bearerToken: await running.userToken(tenant.tenantId, memberId), tenantId: tenant.tenantId });

      expectError(await create({ email: uniqueEmail(), name: 'X', password: PASSWORD }, member), 'forbidden');
    });

    it('lets an admin who is not the owner create members but not grant admin, saying why', async () => {
      const adminId = await running.addUser(tenant.tenantId, ['admin']);
      const admin = running.client({ bearerToken: await running.userToken(tenant.tenantId, adminId), tenantId: tenant.tenantId });

      expect((await create({ email: uniqueEmail(), name: 'M', password: PASSWORD }, admin)).response.status).toBe(201);
      const refused = await create({ email: uniqueEmail(), name: 'A', password: PASSWORD, roles: ['admin'] }, admin);
      expect(expectError(refused, 'forbidden').notices).toContain('Only the tenant owner may grant the admin role.');
    });

    it('refuses a token of another tenant', async () => {
      const other = await running.createTenant();
      const result = await running
        .client({ bearerToken: other.ownerToken, tenantId: tenant.tenantId })
        .POST('/v1/users', { body: { email: uniqueEmail(), name: 'X', password: PASSWORD } });

      expectError(result, 'tenant_mismatch');
    });
  });

  it('409: refuses an email already in the tenant, compared case-insensitively', async () => {
    const email = uniqueEmail('dup');
    expect((await create({ email, name: 'First', password: PASSWORD })).response.status).toBe(201);

    const again = await create({ email: email.toUpperCase(), name: 'Second', auth_provider: 'oidc' });

    expect(expectError(again, 'user_exists').errors).toEqual([
      { detail: 'is already taken in this tenant', pointer: '/email', location: 'body' },
    ]);
  });

  it('409: of twenty identical concurrent creates exactly one succeeds', async () => {
    const body = { email: uniqueEmail('race'), name: 'Racer', password: PASSWORD };
    const results = await Promise.all(Array.from({ length: 20 }, () => create(body)));

    const statuses = results.map((r) => r.response.status).sort();
    expect(statuses).toEqual([201, ...Array<number>(19).fill(409)]);
    expect(results.filter((r) => r.response.status === 409).every((r) => (r.error as { code: string }).code === 'user_exists')).toBe(true);
    expect(await running.prisma.tenantUser.count({ where: { tenantId: tenant.tenantId, email: body.email } })).toBe(1);
  });

  it('lets another tenant use the same email', async () => {
    const email = uniqueEmail('shared');
    const other = await running.createTenant();
    const otherOwner = running.client({ bearerToken: other.ownerToken, tenantId: other.tenantId });

    expect((await create({ email, name: 'Here', password: PASSWORD })).response.status).toBe(201);
    expect((await create({ email, name: 'There', password: PASSWORD }, otherOwner)).response.status).toBe(201);
  });

  describe('413', () => {
    it('refuses an avatar that decodes to more than 256 KiB with avatar_too_large', async () => {
      const result = await create({ email: uniqueEmail(), name: 'Huge', password: PASSWORD, avatar: avatar('png', 262_145) });

      const envelope = expectError(result, 'avatar_too_large');
      expect(pointers(envelope)).toEqual(['body:/avatar']);
      expect(envelope.details).toEqual({ maxBytes: 262_144, bytes: 262_145 });
    });

    it('refuses a 600 KiB avatar, well inside the body limit, with avatar_too_large too', async () => {
      const result = await create({ email: uniqueEmail(), name: 'Huge', password: PASSWORD, avatar: avatar('jpeg', 600 * 1024) });

      expect(pointers(expectError(result, 'avatar_too_large'))).toEqual(['body:/avatar']);
    });

    it('refuses a body larger than the API accepts', async () => {
      const result = await create({ email: uniqueEmail(), name: 'x'.repeat(2 * 1024 * 1024), password: PASSWORD });

      expectError(result, 'payload_too_large');
    });
  });

  it('415: refuses a body that is not JSON', async () => {
    const result = await owner.POST('/v1/users', {
      body: 'email=a@example.com' as never,
      bodySerializer: (body: unknown) => String(body),
      headers: { 'Content-Type': 'text/plain' },
    });

    expectError(result, 'unsupported_media_type');
  });

  it('422: names each role the tenant does not have', async () => {
    const result = await create({ email: uniqueEmail(), name: 'Roles', password: PASSWORD, roles: ['member', 'auditor', 'root'] });

    const envelope = expectError(result, 'invalid_roles');
    expect(envelope.errors).toEqual([
      { detail: 'names no role of this tenant: auditor', pointer: '/roles/1', location: 'body' },
      { detail: 'names no role of this tenant: root', pointer: '/roles/2', location: 'body' },
    ]);
    expect(await running.prisma.tenantUser.count({ where: { tenantId: tenant.tenantId, name: 'Roles' } })).toBe(0);
  });
});
