import { Injectable } from '@nestjs/common';
import { AuthError, bearerChallenge, type AuthorizationPrincipal, type Principal } from '@access/auth';
import { isUuid } from '@access/contract';
import { PrismaService } from '@access/db';

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
      // The key was read just now; its tenant's state is read as freshly, so a suspension
      // applies from the next request on, on every instance.
      const tenant = await this.prisma.client.tenant.findUnique({ where: { id: principal.tenantId }, select: { suspendedAt: true } });
      return { ...principal, tenantSuspended: (tenant?.suspendedAt ?? null) !== null };
    }
    const user = isUuid(principal.subject)
      ? await this.prisma.client.tenantUser.findUnique({
          where: { tenantId_id: { tenantId: principal.tenantId, id: principal.subject } },
          select: {
            isOwner: true,
            userRoles: { select: { role: { select: { name: true } } } },
            tenant: { select: { suspendedAt: true } },
          },
        })
      : null;
    if (!user) {
      throw new AuthError('unauthenticated', 'The token names no user of its tenant.', {
        headers: { 'www-authenticate': bearerChallenge('invalid_token', 'The token names no user of its tenant.') },
      });
    }
    return {
      kind: 'user',
      subject: principal.subject,
      tenantId: principal.tenantId,
      roles: user.userRoles.map((ur) => ur.role.name),
      isOwner: user.isOwner,
      tenantSuspended: user.tenant.suspendedAt !== null,
    };
  }
}
