import { listOperations, resolveRef } from '@access/contract';
import { ERRORS, type ErrorCodeSlug } from '@access/errors';
import { ERROR_SOURCES } from '../../../src/app/error-sources';
import { describeOperations } from '../../../src/platform/contract/contract-operations';
import { boundRoutes } from '../../support/bound-routes';

/**
 * Each operation documents exactly the error sets of the parts of the service its route
 * passes through, derived here from the routes and each part's own declaration, and only
 * codes of the catalogue. (Its own codes are checked at run time: in every HTTP test, an
 * answer the operation does not document is turned into a 500; see documented-errors.ts.)
 */
describe('the errors each operation documents', () => {
  const operations = describeOperations();

  it('are the error sets of the parts of the service its route passes through', async () => {
    const bound = await boundRoutes();
    for (const operation of operations) {
      expect(bound.get(operation.operationId)).toEqual([`${operation.method} ${operation.path}`]);
      const derived = ERROR_SOURCES.filter((source) => source.appliesTo(operation)).map((source) => source.set);
      expect({ operationId: operation.operationId, sets: [...operation.errorSets].sort() }).toEqual({
        operationId: operation.operationId,
        sets: derived.sort(),
      });
    }
  });

  it('name only codes of the catalogue, and every operation can fail unexpectedly', () => {
    for (const operation of operations) {
      expect(operation.errorCodes.filter((code) => !(code in ERRORS))).toEqual([]);
      expect(operation.errorCodes).toContain('internal_error');
    }
  });

  it('give every error source a set that some operation documents', () => {
    const documented = new Set(operations.flatMap((operation) => operation.errorSets));
    expect(ERROR_SOURCES.map((source) => source.set).filter((set) => !documented.has(set))).toEqual([]);
  });

  describe('promise 503 with Retry-After wherever the database is used or a shutdown can be met', () => {
    // Every operation but the probes reads or writes the database; every operation but liveness
    // is refused while the instance shuts down; readiness answers its own 503 for the database.
    const expected = (operationId: string): ErrorCodeSlug[] =>
      operationId === 'getHealth'
        ? []
        : operationId === 'getReadiness'
          ? ['shutting_down', 'service_unavailable']
          : ['database_unavailable', 'database_timeout', 'shutting_down'];

    it.each(listOperations().map((op) => [op.operationId, op] as const))('%s', (operationId, op) => {
      const responses = op.operation['responses'] as Record<string, unknown>;
      const codes = expected(operationId);
      if (codes.length === 0) {
        expect(responses['503']).toBeUndefined();
        return;
      }
      const unavailable = resolveRef<{ description: string; headers?: Record<string, unknown> }>(responses['503']);
      expect(unavailable).toBeDefined();
      expect(Object.keys(unavailable.headers ?? {})).toContain('Retry-After');
      for (const code of codes) {
        expect(ERRORS[code].status).toBe(503);
        expect(unavailable.description).toContain(`\`${code}\``);
      }
      if (operationId === 'getReadiness') expect(unavailable.description).not.toContain('`database_unavailable`');
    });
  });
});
