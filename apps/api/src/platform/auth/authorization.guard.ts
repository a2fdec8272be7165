import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Authorizer, denialError, type AuthorizationContext, type AuthorizationResource } from '@access/auth';
import { ContractRegistry } from '../contract/contract-registry';
import { errorSource, isSecured } from '../contract/error-sources';
import { routeBinding } from '../contract/route-binding';
import { declaredAuthorization, type AuthorizationDeclaration } from './authorize.decorator';
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
 * Every operation that takes a credential is decided by the Cedar policies before its
 * handler runs, so no handler can forget to ask. What is asked comes from the handler's
 * @Authorize declaration; the resource is named by the path, inside the request's tenant,
 * and whether it exists there is the repository's answer (404).
 */
@Injectable()
export class AuthorizationGuard implements CanActivate {
  constructor(
    private readonly contract: ContractRegistry,
    private readonly authorizer: Authorizer,
    private readonly principals: PolicyPrincipalLoader,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const binding = routeBinding(context);
    if (binding.kind === 'public' || !POLICY_ERRORS.appliesTo(this.contract.get(binding.operationId))) return true;
    // Fail closed: start-up refuses both of these, so reaching them is a wiring fault (500).
    const declaration = declaredAuthorization(context.getHandler());
    if (!declaration) throw new Error(`${binding.operationId} takes a credential but declares no @Authorize`);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!request.auth) throw new Error(`${binding.operationId} reached authorization without a principal`);

    const decision = this.authorizer.authorize({
      principal: await this.principals.load(request.auth.principal),
      action: declaration.action,
      resource: resourceOf(declaration, request),
      context: contextOf(declaration, request.body),
    });
    if (!decision.allowed) throw denialError(request.auth.principal, decision);
    return true;
  }
}

function resourceOf({ resource }: AuthorizationDeclaration, request: AuthenticatedRequest): AuthorizationResource {
  const tenantId = request.auth?.tenantId ?? '';
  switch (resource.type) {
    case 'Tenant':
      return { type: 'Tenant', id: tenantId };
    case 'ProviderDirectory':
      return { type: 'ProviderDirectory' };
    case 'TenantDirectory':
      return { type: 'TenantDirectory' };
    default: {
      const id = request.params?.[resource.idParam];
      if (id === undefined) throw new Error(`The request has no path parameter ${resource.idParam}`);
      return { type: resource.type, id, tenantId };
    }
  }
}

/** Each declared attribute from its body field: the strings of a list, else none (the contract has already checked the body). */
function contextOf({ context = {} }: AuthorizationDeclaration, body: unknown): AuthorizationContext {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  return Object.fromEntries(
    Object.entries(context).map(([attribute, field]) => {
      const value = fields[field];
      return [attribute, Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []];
    }),
  );
}
