import { SetMetadata } from '@nestjs/common';
import type { operations } from '@access/contract';

export type OperationId = keyof operations;

export const OPERATION_ID = 'contract:operationId';

/**
 * Binds a handler to its operation in the OpenAPI document. The request is then
 * validated against that operation's schemas before the handler runs.
 */
export const Operation = (operationId: OperationId) => SetMetadata(OPERATION_ID, operationId);
