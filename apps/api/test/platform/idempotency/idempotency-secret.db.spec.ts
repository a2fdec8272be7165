import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { createPooledPrisma, type PrismaService } from '@access/db';
import { createTestDatabase, type TestDatabase } from '@access/db/testing';
import { ApiException } from '@access/errors';
import { lastValueFrom, of } from 'rxjs';
import { loadConfig } from '../../../src/platform/config/config';
import type { ContractOperation } from '../../../src/platform/contract/contract-operations';
import { ContractRegistry } from '../../../src/platform/contract/contract-registry';
import { Operation } from '../../../src/platform/contract/operation.decorator';
import { IdempotencyInterceptor } from '../../../src/platform/idempotency/idempotency.interceptor';
import { IdempotencyStore } from '../../../src/platform/idempotency/idempotency-store';

const TENANT = '2489e9ad-2ee2-4e00-8ec9-32d5f69181c0';
const SECRET = 'ak_i_secret_shown_once_not_a_real_key';

/**
 * A create whose answer shows a secret once (`x-shows-secret-once`, as API keys will): its
 * outcome is kept without the body, so the secret is never stored in plaintext, and a replay
 * says where the created resource is instead (409 idempotency_replay_withheld).
 */
describe('Idempotency-Key on a create that shows a secret once', () => {
  let database: TestDatabase;
  let disconnect: () => Promise<void>;
  let interceptor: IdempotencyInterceptor;

  // An operation as the document would declare issue 17's createApiKey: the key parameter and the extension.
  const operation = {
    operationId: 'createApiKey',
    method: 'POST',
    path: '/v1/api-keys',
    parameters: [{ name: 'Idempotency-Key', in: 'header' }],
    showsSecretOnce: true,
  } as unknown as ContractOperation;
  const handler = () => undefined;
  Operation('createApiKey')(handler);

  const call = async (key: string, body: unknown) => {
    const headers: Record<string, string> = {};
    const reply = {
      header: (name: string, value: string) => (headers[name.toLowerCase()] = value),
      getHeader: (name: string) => headers[name],
    };
    const request = {
      method: 'POST',
      url: '/v1/api-keys',
      headers: { 'idempotency-key': key },
      body,
      auth: { principal: { kind: 'api_key' }, tenantId: TENANT },
    };
    const context = {
      getHandler: () => handler,
      getClass: () => Object,
      switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }),
    } as unknown as ExecutionContext;
    const next: CallHandler = {
      handle: () => {
        reply.header('location', '/v1/api-keys/6f1c2a4e-8b3d-4e5f-9a7b-1c2d3e4f5a6b');
        return of({ id: '6f1c2a4e-8b3d-4e5f-9a7b-1c2d3e4f5a6b', key: SECRET });
      },
    };
    return lastValueFrom(interceptor.intercept(context, next));
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const pooled = createPooledPrisma({ url: database.url, poolMax: 2 });
    disconnect = () => pooled.client.$disconnect();
    interceptor = new IdempotencyInterceptor(
      new IdempotencyStore({ client: pooled.client } as PrismaService),
      new ContractRegistry([operation]),
      loadConfig({ NODE_ENV: 'test' }),
    );
  });
  afterAll(async () => {
    await disconnect();
    await database.drop();
  });

  it('answers the first request with the secret, keeps no trace of it, and answers a replay 409 with where the resource is', async () => {
    const body = { name: 'CI key', kind: 'integration' };
    expect(await call('secret-key-1', body)).toEqual({ id: '6f1c2a4e-8b3d-4e5f-9a7b-1c2d3e4f5a6b', key: SECRET });

    const stored = await database.prisma.$queryRaw<Array<{ row: string }>>`SELECT row_to_json(r)::text AS row FROM idempotency_records r`;
    expect(stored).toHaveLength(1);
    expect(stored[0]?.row).not.toContain(SECRET);

    const replay = await call('secret-key-1', body).catch((error: unknown) => error);
    expect(replay).toBeInstanceOf(ApiException);
    expect(replay).toMatchObject({
      code: 'idempotency_replay_withheld',
      details: { location: '/v1/api-keys/6f1c2a4e-8b3d-4e5f-9a7b-1c2d3e4f5a6b' },
    });

    const reused = await call('secret-key-1', { ...body, name: 'Another key' }).catch((error: unknown) => error);
    expect(reused).toMatchObject({ code: 'idempotency_key_reused' });
  });
});
