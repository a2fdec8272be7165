import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACTION_RESOURCE_TYPES, Authorizer, denialError, type AuthorizationAction, type AuthorizationResource } from '@access/auth';
import { errorSource, isSecured } from '../contract/error-sources';
import { operationOf } from '../contract/operation-of';
import { PolicyPrincipalLoader } from './policy-principal.loader';
import type { AuthenticatedRequest } from './request-auth';

/** 403 forbidden when the policies refuse, with their notices. */
export const POLICY_ERRORS = errorSource('policies', isSecured);
/**
 * 403 insufficient_scope: a service token refused for want of a scope. Service tokens have no
 * tenant, so the tenant guard stops them before any tenant-scoped operation gets here.
 */
export const SCOPE_ERRORS = errorSource('scopes', (operation) => isSecured(operation) && !operation.tenantScoped);

/**
 * Every bound operation is decided by the Cedar policies before its handler runs,
 * so no handler can forget to ask. The resource is named by the path, inside the
 * request's tenant; whether it exists there is the repository's answer (404).
 */
@Injectable()
export class AuthorizationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authorizer: Authorizer,
    private readonly principals: PolicyPrincipalLoader,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const operationId = operationOf(this.reflector, context);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!operationId || !request.auth) return true;
    if (!(operationId in ACTION_RESOURCE_TYPES)) {
      throw new Error(`No authorization action for ${operationId}`);
    }
    const action = operationId as AuthorizationAction;

    const principal = await this.principals.load(request.auth.principal);
    request.auth.policyPrincipal = principal;
    const decision = this.authorizer.authorize({
      principal,
      action,
      resource: resourceOf(action, request),
      context: action === 'createUser' || action === 'updateUser' ? { requestedRoles: requestedRoles(request.body) } : undefined,
    });
    if (!decision.allowed) throw denialError(request.auth.principal, decision);
    return true;
  }
}

function resourceOf(action: AuthorizationAction, request: AuthenticatedRequest): AuthorizationResource {
  const tenantId = request.auth?.tenantId ?? '';
  const params = request.params ?? {};
  const param = (name: string): string => {
    const value = params[name];
    if (value === undefined) throw new Error(`${action} has no path parameter ${name}`);
    return value;
  };
  switch (ACTION_RESOURCE_TYPES[action]) {
    case 'Tenant':
      return { type: 'Tenant', id: tenantId };
    case 'User':
      return { type: 'User', id: param('id'), tenantId, isOwner: false };
    case 'Identity':
      return { type: 'Identity', id: param('identityId'), tenantId };
    case 'IdentityProvider':
      return { type: 'IdentityProvider', id: param('id'), tenantId };
    case 'ProviderDirectory':
      return { type: 'ProviderDirectory' };
  }
}

function requestedRoles(body: unknown): string[] {
  const roles = (body as { roles?: unknown } | undefined)?.roles;
  return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
}
