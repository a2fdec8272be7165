import { type Type } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner } from '@nestjs/core';
import { Test, type TestingModule } from '@nestjs/testing';
import { AppModule } from '../../src/app/app.module';
import { listRouteHandlers, type RouteHandler } from '../../src/platform/contract/route-audit';
import { loadConfig, type AppConfig } from '../../src/platform/config/config';

export const routesTestConfig = (databaseUrl = 'postgresql://unused@127.0.0.1:9/unused'): AppConfig =>
  loadConfig({
    LOG_LEVEL: 'silent',
    // Compiling the module opens no connection: only route metadata is read.
    DATABASE_URL: databaseUrl,
    AUTH_JWT_SECRET: 'routes-test-secret-routes-test-secret',
  });

/** The application's module, compiled (not started), with any extra controllers a test adds. */
export function compileRoutes(...controllers: Type[]): Promise<TestingModule> {
  return Test.createTestingModule({ imports: [AppModule.forRoot(routesTestConfig()), DiscoveryModule], controllers }).compile();
}

/** Every route handler of the compiled application, as the start-up RouteAudit sees them. */
export function routeHandlersOf(moduleRef: TestingModule): RouteHandler[] {
  return listRouteHandlers(moduleRef.get(DiscoveryService), moduleRef.get(MetadataScanner));
}

/** operationId → the routes (`METHOD /path/{param}`) of the handlers bound to it with @Operation. */
export async function boundRoutes(): Promise<Map<string, string[]>> {
  const moduleRef = await compileRoutes();
  const bound = new Map<string, string[]>();
  for (const { binding, route } of routeHandlersOf(moduleRef)) {
    if (binding?.kind === 'operation') bound.set(binding.operationId, [...(bound.get(binding.operationId) ?? []), route]);
  }
  await moduleRef.close();
  return bound;
}
