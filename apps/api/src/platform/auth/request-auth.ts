import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal } from '@access/auth';

/** What the guards learn about a request, attached to it for handlers. */
export interface RequestAuth {
  principal: Principal;
  /** The tenant every repository call of this request is confined to (tenant-scoped operations only). */
  tenantId?: string;
}

export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  params?: Record<string, string>;
  body?: unknown;
  auth?: RequestAuth;
}

export function requestAuth(context: ExecutionContext): RequestAuth {
  const auth = context.switchToHttp().getRequest<AuthenticatedRequest>().auth;
  if (!auth) throw new Error('No authenticated principal: is the operation bound with @Operation?');
  return auth;
}

/** The tenant of the request, as established by the tenant guard — never from a body, path or query. */
export const TenantId = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const tenantId = requestAuth(context).tenantId;
  if (!tenantId) throw new Error('TenantId used on an operation that is not tenant-scoped');
  return tenantId;
});

/** The authenticated caller. */
export const CurrentAuth = createParamDecorator((_data: unknown, context: ExecutionContext): RequestAuth => requestAuth(context));
