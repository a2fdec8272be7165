import type { operations } from '../generated/api-types';
import { openApiDocument } from './document';

export type OperationId = keyof operations;

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** One operation of the bundled document, with the path-level parameters merged in. */
export interface ContractOperation {
  readonly operationId: OperationId;
  readonly method: HttpMethod;
  readonly path: string;
  readonly operation: Readonly<Record<string, unknown>>;
  /** Path-item parameters first, then the operation's own (each may be a `$ref`). */
  readonly parameters: readonly unknown[];
}

/** Every operation of the document, in document order. */
export function listOperations(): ContractOperation[] {
  const found: ContractOperation[] = [];
  for (const [path, item] of Object.entries(openApiDocument.paths)) {
    const shared = Array.isArray(item['parameters']) ? (item['parameters'] as unknown[]) : [];
    for (const method of HTTP_METHODS) {
      const operation = item[method] as Record<string, unknown> | undefined;
      if (!operation) continue;
      const own = Array.isArray(operation['parameters']) ? (operation['parameters'] as unknown[]) : [];
      found.push({ operationId: operation['operationId'] as OperationId, method, path, operation, parameters: [...shared, ...own] });
    }
  }
  return found;
}

/** The operation with this operationId; throws for an id the document does not have. */
export function findOperation(operationId: OperationId): ContractOperation {
  const match = listOperations().find((candidate) => candidate.operationId === operationId);
  if (!match) throw new Error(`The contract has no operation ${operationId}`);
  return match;
}
