import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { AppModule } from '../src/app/app.module';
import { loadConfig } from '../src/config/config';
import { describeOperations } from '../src/contract/contract-operations';
import { OPERATION_ID } from '../src/contract/operation.decorator';

/** Every operation of the document has exactly one handler, on the documented method and path. */
describe('routes and the contract', () => {
  it('binds each documented operation to one handler with the same method and path', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        AppModule.forRoot(
          loadConfig({
            LOG_LEVEL: 'silent',
            // Compiling the module opens no connection: this test reads route metadata only.
            DATABASE_URL: 'postgresql://unused@127.0.0.1:9/unused',
            AUTH_JWT_SECRET: 'routes-test-secret-routes-test-secret',
          }),
        ),
        DiscoveryModule,
      ],
    }).compile();
    const discovery = moduleRef.get(DiscoveryService);
    const scanner = moduleRef.get(MetadataScanner);

    const bound = new Map<string, string[]>();
    for (const wrapper of discovery.getControllers()) {
      const instance = wrapper.instance as object;
      if (!wrapper.metatype) continue;
      const prefix = String(Reflect.getMetadata(PATH_METADATA, wrapper.metatype) ?? '');
      for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const handler = (instance as Record<string, unknown>)[name] as object;
        const operationId = Reflect.getMetadata(OPERATION_ID, handler);
        if (!operationId) continue;
        const path = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const full = `/${[prefix, path].filter((p) => p && p !== '/').join('/')}`.replace(/:(\w+)/g, '{$1}');
        bound.set(operationId, [...(bound.get(operationId) ?? []), `${method} ${full}`]);
      }
    }

    const documented = describeOperations();
    expect(documented.length).toBeGreaterThanOrEqual(18);
    for (const op of documented) {
      expect({ operationId: op.operationId, routes: bound.get(op.operationId) }).toEqual({
        operationId: op.operationId,
        routes: [`${op.method} ${op.path}`],
      });
    }
    expect([...bound.keys()].sort()).toEqual(documented.map((op) => op.operationId).sort());
    await moduleRef.close();
  });
});
