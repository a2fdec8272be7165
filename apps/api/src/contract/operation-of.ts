import type { ExecutionContext } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { OPERATION_ID, type OperationId } from './operation.decorator';

/** The operationId a handler is bound to with @Operation, if any. */
export function operationOf(reflector: Reflector, context: ExecutionContext): OperationId | undefined {
  return reflector.get<OperationId | undefined>(OPERATION_ID, context.getHandler());
}
