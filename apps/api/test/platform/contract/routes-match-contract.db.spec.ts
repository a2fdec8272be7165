import { Controller, Get } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test, type TestingModule } from '@nestjs/testing';
import { Authorizer } from '@access/auth';
import { createTestDatabase, type TestDatabase } from '@access/db/testing';
import { AppModule } from '../../../src/app/app.module';
import { routeProblems, type RouteHandler } from '../../../src/platform/contract/route-audit';
import { Authorize } from '../../../src/platform/auth/authorize.decorator';
import { describeOperations } from '../../../src/platform/contract/contract-operations';
import { ContractRegistry } from '../../../src/platform/contract/contract-registry';
import { Operation } from '../../../src/platform/contract/operation.decorator';
import { boundRoutes, compileRoutes as compile, routeHandlersOf, routesTestConfig as config } from '../../support/bound-routes';

function problemsOf(moduleRef: TestingModule): string[] {
  return routeProblems(routeHandlersOf(moduleRef), moduleRef.get(ContractRegistry), moduleRef.get(Authorizer));
}

/** A route someone forgot to bind: without the audit it would be public, unvalidated and unauthorized. */
@Controller('v1/forgotten')
class ForgottenController {
  @Get()
  list() {
    return [];
  }
}

/** A second handler for a documented operation. */
@Controller('v1/users')
class TwinController {
  @Get(':id/twin')
  @Operation('getUser')
  @Authorize({ action: 'getUser', resource: { type: 'User', idParam: 'id' } })
  twin() {
    return {};
  }
}

/** Every operation of the document has exactly one handler, on the documented method and path. */
describe('routes and the contract', () => {
  it('binds each documented operation to one handler with the same method and path', async () => {
    const bound = await boundRoutes();

    const documented = describeOperations();
    expect(documented.length).toBeGreaterThanOrEqual(18);
    for (const op of documented) {
      expect({ operationId: op.operationId, routes: bound.get(op.operationId) }).toEqual({
        operationId: op.operationId,
        routes: [`${op.method} ${op.path}`],
      });
    }
    expect([...bound.keys()].sort()).toEqual(documented.map((op) => op.operationId).sort());
  });

  it('leaves no route unbound: every handler is bound to an operation or explicitly public, and authorized as declared', async () => {
    const moduleRef = await compile();
    const handlers = routeHandlersOf(moduleRef);
    expect(handlers.filter((h) => !h.binding)).toEqual([]);
    // The one public route outside the document is the document itself.
    expect(handlers.filter((h) => h.binding?.kind === 'public').map((h) => h.route)).toEqual(['GET /openapi.json']);
    expect(problemsOf(moduleRef)).toEqual([]);
    await moduleRef.close();
  });

  it('reports a handler bound to nothing', async () => {
    const moduleRef = await compile(ForgottenController);
    expect(problemsOf(moduleRef)).toEqual([
      'ForgottenController.list (GET /v1/forgotten) is bound to no operation (@Operation) and not marked @PublicRoute',
    ]);
    await moduleRef.close();
  });

  it('reports an operation served twice', async () => {
    const moduleRef = await compile(TwinController);
    expect(problemsOf(moduleRef)).toEqual(['getUser (GET /v1/users/{id}) is served by 2 handlers, not one']);
    await moduleRef.close();
  });

  it('reports a route or an authorization declaration that does not fit the operation or the Cedar schema', async () => {
    const moduleRef = await compile();
    const handlers = routeHandlersOf(moduleRef);
    const changed = handlers.map((handler): RouteHandler => {
      switch (handler.name) {
        case 'UsersController.update':
          return {
            ...handler,
            authorization: { action: 'updateUser', resource: { type: 'User', idParam: 'userId' }, context: { requestedRoles: 'groups' } },
          };
        case 'UsersController.get':
          return { ...handler, authorization: undefined };
        case 'UsersController.remove':
          return { ...handler, authorization: { action: 'deleteUser', resource: { type: 'Tenant' } } };
        case 'UsersController.list':
          return { ...handler, authorization: { action: 'listUsers', resource: { type: 'Tenant' }, context: { requestedRoles: 'roles' } } };
        case 'HealthController.health':
          return { ...handler, route: 'GET /health', authorization: { action: 'listUsers', resource: { type: 'Tenant' } } };
        default:
          return handler;
      }
    });
    expect(routeProblems(changed, moduleRef.get(ContractRegistry), moduleRef.get(Authorizer)).sort()).toEqual(
      [
        'HealthController.health serves GET /health, but getHealth is GET /healthz',
        'HealthController.health (getHealth) is public in the document but declares @Authorize',
        'UsersController.get (getUser) takes a credential but declares no @Authorize',
        'UsersController.list (listUsers): the context must fill exactly [] for listUsers',
        'UsersController.list (listUsers): context requestedRoles is read from body field roles, which the body does not have',
        'UsersController.remove (deleteUser): deleteUser is asked about a User, not a Tenant',
        'UsersController.update (updateUser): the resource id comes from path parameter userId, which /v1/users/{id} does not have',
        'UsersController.update (updateUser): context requestedRoles is read from body field groups, which the body does not have',
      ].sort(),
    );
    await moduleRef.close();
  });

  describe('at start-up', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase();
    });
    afterAll(async () => {
      await database.drop();
    });

    it('refuses to start an application with an unbound route', async () => {
      const moduleRef = await Test.createTestingModule({
        imports: [AppModule.forRoot(config(database.url))],
        controllers: [ForgottenController],
      }).compile();
      const app = moduleRef.createNestApplication(new FastifyAdapter(), { logger: false });
      await expect(app.init()).rejects.toThrow(/ForgottenController\.list \(GET \/v1\/forgotten\) is bound to no operation/);
      await app.close();
    });
  });
});
