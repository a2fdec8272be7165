import { Logger } from '@nestjs/common';
import { ApiException } from '@access/errors';
import type { AnswerCheck } from '../http/api-exception.filter';
import type { ContractOperation } from './contract-operations';
import { routedOperation } from './routed-operation';

/**
 * Tests and development: an error answer must be one its operation documents, exactly as
 * a success body must match its schema (ResponseValidationInterceptor). An undocumented
 * code is a fault of the service or of the document: it is answered 500 and logged, so
 * every HTTP test guards each operation's list of errors.
 */
export function documentedErrorsOnly(operations: ContractOperation[]): AnswerCheck {
  const logger = new Logger('Contract');
  const operationOf = routedOperation(operations);
  return (request, exception) => {
    const operation = operationOf(request);
    if (!operation || operation.errorCodes.includes(exception.code)) return exception;
    logger.error({ operationId: operation.operationId, code: exception.code }, 'error answer not documented for the operation');
    return new ApiException('internal_error', {
      message: `The ${operation.operationId} answer ${exception.code} is not documented for the operation.`,
      cause: exception,
    });
  };
}
