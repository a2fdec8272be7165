import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { ApiException } from '@access/errors';
import { map, type Observable } from 'rxjs';
import { RequestValidator } from './request-validator';
import { routeBinding } from './route-binding';

/**
 * Checks every success answer against the document before it leaves, so the
 * implementation cannot drift from the contract unnoticed. On by default in tests
 * (VALIDATE_RESPONSES); a mismatch is a server fault, answered 500 and logged.
 */
@Injectable()
export class ResponseValidationInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Contract');

  constructor(private readonly validator: RequestValidator) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const binding = routeBinding(context);
    const operationId = binding.kind === 'operation' ? binding.operationId : undefined;
    return next.handle().pipe(
      map((body) => {
        if (!operationId || body === undefined) return body;
        const problems = this.validator.responseProblems(operationId, body);
        if (problems.length > 0) {
          this.logger.error({ operationId, problems }, 'response does not match the OpenAPI document');
          throw new ApiException('internal_error', { message: `The ${operationId} response does not match the API contract.` });
        }
        return body;
      }),
    );
  }
}
