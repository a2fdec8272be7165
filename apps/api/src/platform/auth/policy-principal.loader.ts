import { Injectable } from '@nestjs/common';
import { AuthError, bearerChallenge, type AuthorizationPrincipal, type Principal } from '@access/auth';
import { isUuid } from '@access/contract';
import { PrismaService } from '@access/db';

interface CallerRow {
  is_owner: boolean;
  tenant_suspended: boolean;
  roles: string[];
}

// Read for every request a person makes, so on the pool under Prisma, in one statement: Prisma
// Client costs this read three times the CPU of node-postgres.
const CALLER = `
  SELECT u.is_owner, t.suspended_at IS NOT NULL AS tenant_suspended,
         ARRAY(SELECT r.name FROM user_roles ur JOIN roles r ON r.tenant_id = ur.tenant_id AND r.id = ur.role_id
               WHERE ur.tenant_id = u.tenant_id AND ur.user_id = u.id ORDER BY r.name) AS roles
  FROM tenant_users u JOIN tenants t ON t.id = u.tenant_id
  WHERE u.tenant_id = $1::uuid AND u.id = $2::uuid`;

/**
 * The principal as the policies see it. A person's roles and owner flag, and the
 * tenant's suspension, are read from the database on each request, so revoking a role
 * or suspending a tenant takes effect at once, whatever a still-valid token says.
 */
@Injectable()
export class PolicyPrincipalLoader {
  constructor(private readonly prisma: PrismaService) {}

  async load(principal: Principal): Promise<AuthorizationPrincipal> {
    if (principal.kind === 'service') return principal;
    if (principal.kind === 'api_key') {
      // The key and its tenant's state were read together just now (PrismaApiKeyStore), so a
      // suspension applies from the next request on, on every instance.
      if (principal.tenantSuspended !== undefined) return principal;
      const tenant = await this.prisma.client.tenant.findUnique({ where: { id: principal.tenantId }, select: { suspendedAt: true } });
      return { ...principal, tenantSuspended: (tenant?.suspendedAt ?? null) !== null };
    }
    const user = isUuid(principal.subject)
      ? (await this.prisma.pool.query<CallerRow>(CALLER, [principal.tenantId, principal.subject])).rows[0]
      : undefined;
    if (!user) {
      throw new AuthError('unauthenticated', 'The token names no user of its tenant.', {
        headers: { 'www-authenticate': bearerChallenge('invalid_token', 'The token names no user of its tenant.') },
      });
    }
    return {
      kind: 'user',
      subject: principal.subject,
      tenantId: principal.tenantId,
      roles: user.roles,
      isOwner: user.is_owner,
      tenantSuspended: user.tenant_suspended,
    };
  }
}
