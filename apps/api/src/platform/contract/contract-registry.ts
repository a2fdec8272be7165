import { describeOperations, type ContractOperation } from './contract-operations';

/** The document's operations by operationId, read once at start-up. */
export class ContractRegistry {
  private readonly byId: Map<string, ContractOperation>;

  constructor(operations: ContractOperation[] = describeOperations()) {
    this.byId = new Map(operations.map((op) => [op.operationId, op]));
  }

  get(operationId: string): ContractOperation {
    const operation = this.byId.get(operationId);
    if (!operation) throw new Error(`Operation ${operationId} is not in the OpenAPI document`);
    return operation;
  }

  all(): ContractOperation[] {
    return [...this.byId.values()];
  }

  /** Every header some operation reads exactly one value of (lower case). */
  singleValuedHeaders(): string[] {
    return [...new Set(this.all().flatMap((op) => op.singleValuedHeaders))].sort();
  }
}
