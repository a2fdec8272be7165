import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { assertTenant } from '@access/auth';
import { ContractRegistry } from '../contract/contract-registry';
import { errorSource, isSecured } from '../contract/error-sources';
import { routeBinding } from '../contract/route-binding';
import { HEADER } from '../http/headers';
import type { AuthenticatedRequest } from './request-auth';

/** 400 for a missing or malformed X-Tenant-ID, 403 tenant_mismatch for another tenant's. */
export const TENANT_ERRORS = errorSource('tenant', (operation) => operation.tenantScoped && isSecured(operation));

/**
 * X-Tenant-ID must be a uuid naming the credential's own tenant. The tenant it
 * establishes is the only one repositories are ever given.
 */
@Injectable()
export class TenantGuard implements CanActivate {
  constructor(private readonly contract: ContractRegistry) {}

  canActivate(context: ExecutionContext): boolean {
    const binding = routeBinding(context);
    if (binding.kind === 'public' || !this.contract.get(binding.operationId).tenantScoped) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    // Fail closed: a tenant-scoped operation without a credential is a contract fault (500),
    // never one the tenant check would let through; TENANT_ERRORS serves secured ones only.
    if (!request.auth) throw new Error(`${binding.operationId} is tenant-scoped but takes no credential`);
    request.auth.tenantId = assertTenant(request.auth.principal, request.headers[HEADER.tenantId]);
    return true;
  }
}
