import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { assertTenant } from '@access/auth';
import { ContractRegistry } from '../contract/contract-registry';
import { operationOf } from '../contract/operation-of';
import type { AuthenticatedRequest } from './request-auth';

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
    if (!operationId || !this.contract.get(operationId).tenantScoped) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!request.auth) return true; // public operation: nothing to bind
    request.auth.tenantId = assertTenant(request.auth.principal, request.headers['x-tenant-id']);
    return true;
  }
}
