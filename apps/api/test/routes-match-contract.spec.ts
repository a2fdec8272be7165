import { describeOperations } from '../src/contract/contract-operations';
import { boundRoutes } from './support/bound-routes';

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
});
