import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { AppModule } from '../../src/app/app.module';
import { loadConfig } from '../../src/config/config';
import { OPERATION_ID } from '../../src/contract/operation.decorator';

/** operationId → the routes (`METHOD /path/{param}`) of the handlers bound to it with @Operation. */
export async function boundRoutes(): Promise<Map<string, string[]>> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      AppModule.forRoot(
        loadConfig({
          LOG_LEVEL: 'silent',
          // Compiling the module opens no connection: only route metadata is read.
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
  await moduleRef.close();
  return bound;
}
