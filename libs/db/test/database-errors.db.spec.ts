import { isForeignKeyViolation, isRecordNotFound, violatedUniqueIndex } from '../src';
import { createTestDatabase, type TestDatabase } from '../src/testing';

describe('database error classification', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('names the unique index a write violated', async () => {
    const tenant = await db.prisma.tenant.create({ data: { name: 'Errors' } });
    await db.prisma.tenantUser.create({ data: { tenantId: tenant.id, email: 'dup@example.com', name: 'A' } });
    const error = await db.prisma.tenantUser
      .create({ data: { tenantId: tenant.id, email: 'DUP@example.com', name: 'B' } })
      .catch((e: unknown) => e);
    expect(violatedUniqueIndex(error)).toBe('tenant_users_tenant_id_email_key');
    expect(violatedUniqueIndex(new Error('other'))).toBeUndefined();
  });

  it('recognises foreign-key violations and missing records', async () => {
    const fk = await db.prisma.role
      .create({ data: { tenantId: '00000000-0000-4000-8000-000000000000', name: 'orphan' } })
      .catch((e: unknown) => e);
    expect(isForeignKeyViolation(fk)).toBe(true);
    const missing = await db.prisma.tenant.delete({ where: { id: '00000000-0000-4000-8000-000000000000' } }).catch((e: unknown) => e);
    expect(isRecordNotFound(missing)).toBe(true);
    expect(isRecordNotFound(fk)).toBe(false);
  });
});
