import { SetMetadata, type ExecutionContext } from '@nestjs/common';
import { OPERATION_ID, type OperationId } from './operation.decorator';

export const PUBLIC_ROUTE = 'contract:publicRoute';

/**
 * Marks a handler that is deliberately outside the contract (the document itself): no
 * operation, no credential, no validation. The reason is for readers; every other handler
 * must be bound with @Operation, which start-up checks (RouteAudit).
 */
export const PublicRoute = (reason: string) => SetMetadata(PUBLIC_ROUTE, reason);

export type RouteBinding = { kind: 'operation'; operationId: OperationId } | { kind: 'public'; reason: string };

/** What a handler declares about itself, if anything. */
export function declaredBinding(handler: object): RouteBinding | undefined {
  const operationId = Reflect.getMetadata(OPERATION_ID, handler) as OperationId | undefined;
  if (operationId) return { kind: 'operation', operationId };
  const reason = Reflect.getMetadata(PUBLIC_ROUTE, handler) as string | undefined;
  return reason === undefined ? undefined : { kind: 'public', reason };
}

/**
 * The binding of the handler serving a request. A handler with neither binding is a wiring
 * fault that start-up refuses; should one be reached anyway, the request fails (500)
 * rather than run unauthenticated and unvalidated.
 */
export function routeBinding(context: ExecutionContext): RouteBinding {
  const binding = declaredBinding(context.getHandler());
  if (binding) return binding;
  throw new Error(`${context.getClass().name}.${context.getHandler().name} is bound to no operation and not marked public`);
}
