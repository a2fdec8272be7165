import { listOperations, resolveRef } from '@access/contract';
import { ERRORS } from '@access/errors';

interface ResponseObject {
  description: string;
  headers?: Record<string, unknown>;
}

/** Every operation that reads or writes the database (all but liveness) documents its 503, with Retry-After. */
describe('the document promises 503 with Retry-After wherever the database is used', () => {
  const usesDatabase = listOperations().filter((op) => op.operationId !== 'getHealth');

  it.each(usesDatabase.map((op) => [op.operationId, op] as const))('%s', (_id, op) => {
    const responses = op.operation['responses'] as Record<string, unknown>;
    const unavailable = resolveRef<ResponseObject>(responses['503']);
    expect(unavailable).toBeDefined();
    expect(Object.keys(unavailable.headers ?? {})).toContain('Retry-After');
    for (const code of ['database_unavailable', 'database_timeout', 'shutting_down'] as const) {
      expect(ERRORS[code].status).toBe(503);
      expect(unavailable.description).toContain(`\`${code}\``);
    }
  });
});
