import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { declaredBodyRules } from './body-rules';
import { errorSource } from './error-sources';
import { RequestValidator } from './request-validator';
import { routeBinding } from './route-binding';

interface RequestParts {
  url: string;
  body?: unknown;
  query?: Record<string, unknown>;
  params?: Record<string, unknown>;
  headers: Record<string, unknown>;
}

/** 400 validation_failed: every operation refuses at least unknown query parameters and a malformed X-Request-Id. */
export const REQUEST_ERRORS = errorSource('request', () => true);

/**
 * Validates each request against the schemas of the operation its handler is bound
 * to (@Operation), so nothing — not the handler, not a repository — sees a request
 * the contract does not allow.
 */
@Injectable()
export class ContractValidationGuard implements CanActivate {
  constructor(private readonly validator: RequestValidator) {}

  canActivate(context: ExecutionContext): boolean {
    const binding = routeBinding(context);
    if (binding.kind === 'public') return true;
    const request = context.switchToHttp().getRequest<RequestParts>();
    // Copies, because validation coerces and fills defaults in place.
    request.query = { ...(request.query ?? {}) };
    request.params = { ...(request.params ?? {}) };
    this.validator.validate(
      binding.operationId,
      { url: request.url, body: request.body, query: request.query, params: request.params, headers: request.headers },
      declaredBodyRules(context.getHandler()),
    );
    return true;
  }
}
