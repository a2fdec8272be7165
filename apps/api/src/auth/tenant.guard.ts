import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { assertTenant } from '@access/auth';
import { ContractRegistry } from '../contract/contract-registry';
import { errorSource, isSecured } from '../contract/error-sources';
import { operationOf } from '../contract/operation-of';
import type { AuthenticatedRequest } from './request-auth';

/** 400 for a missing or malformed X-Tenant-ID, 403 tenant_mismatch for another tenant's. */
export const TENANT_ERRORS = errorSource('tenant', (operation) => operation.tenantScoped && isSecured(operation));

/**
 * X-Tenant-ID must be a uuid naming the credential's own tenant. The tenant it
 * establishes is the only one repositories are ever given.
 */
@Injectable()
export class TenantGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly contract: ContractRegistry,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const operationId = operationOf(this.reflector, context);
    if (!operationId || !TENANT_ERRORS.appliesTo(this.contract.get(operationId))) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!request.auth) throw new Error(`${operationId}: the tenant guard runs after authentication`);
    request.auth.tenantId = assertTenant(request.auth.principal, request.headers['x-tenant-id']);
    return true;
  }
}
