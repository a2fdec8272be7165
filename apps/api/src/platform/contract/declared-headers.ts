import type { ContractOperation } from './contract-operations';

/**
 * Whether the operation's document declares this header parameter (lower case). Behaviour
 * that a header brings (Idempotency-Key, If-Match, If-None-Match) is switched on by its
 * declaration alone: declaring it on an operation is all an operation needs to get it.
 */
export function declaresHeader(operation: ContractOperation, name: string): boolean {
  return operation.parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === name);
}
