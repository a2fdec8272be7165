import type { ProviderUser, UpdateProviderUserRequest } from '@access/contract';
import type { PrismaService } from '@access/db';
import { Logger } from '@nestjs/common';
import { diffFields, recordAuditEvent, type AuditChange } from '../../platform/audit/audit-recorder';
import type { AccessProvider } from './access-provider';

/** A provider user's fields as audit events name them (AuditChange.field is snake_case). */
interface AuditedProviderUser {
  email: string;
  first_name: string | null;
  last_name: string | null;
  mobile_number: string | null;
}

const AUDITED_FIELDS = ['email', 'first_name', 'last_name', 'mobile_number'] as const;

function audited(row: {
  email: string;
  firstName: string | null;
  lastName: string | null;
  mobileNumber: string | null;
}): AuditedProviderUser {
  return { email: row.email, first_name: row.firstName, last_name: row.lastName, mobile_number: row.mobileNumber };
}

/** The fields of a provider user that differ between two of its rows, before and after. */
export function providerUserChanges(before: Parameters<typeof audited>[0], after: Parameters<typeof audited>[0]): AuditChange[] {
  return diffFields(audited(before), audited(after), AUDITED_FIELDS);
}

/**
 * The fields an update to a remote provider set, with their values after it. The provider
 * answers only the user as it now is, so the values before are not known (reading them
 * first would cost a call and still race other tools): `before` is left out.
 */
function fieldsSet(changes: UpdateProviderUserRequest, user: ProviderUser): AuditChange[] {
  const after = audited({
    email: user.email,
    firstName: user.firstName ?? null,
    lastName: user.lastName ?? null,
    mobileNumber: user.mobileNumber ?? null,
  });
  const sent: Record<(typeof AUDITED_FIELDS)[number], unknown> = {
    email: changes.email,
    first_name: changes.firstName,
    last_name: changes.lastName,
    mobile_number: changes.mobileNumber,
  };
  return AUDITED_FIELDS.filter((field) => sent[field] !== undefined).map((field) => ({ field, after: after[field] }));
}

/**
 * A remote provider (WorkOS) records its users' changes here, in a transaction of its own
 * right after the provider accepted the change: there is no local transaction the change
 * itself is part of. The gap: a change the provider made is not recorded when this process
 * dies, or the database fails, between the provider's answer and this commit. Such a failure
 * is logged; the caller still gets the provider's answer, since the change is made and
 * answering an error would invite a retry that creates the user twice.
 */
export function auditedAccessProvider(provider: AccessProvider, prisma: PrismaService): AccessProvider {
  const logger = new Logger('ProviderUsersAudit');
  const record = async (type: 'provider_user.created' | 'provider_user.updated', id: string, changes: AuditChange[]) => {
    try {
      await prisma.client.$transaction((tx) =>
        recordAuditEvent(tx, { type, tenantId: null, resource: { type: 'provider_user', id }, changes }),
      );
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n', 1)[0];
      logger.error({ type, providerUserId: id, reason }, 'provider user change made but not recorded in the audit trail');
    }
  };
  return {
    kind: provider.kind,
    getUser: (userId) => provider.getUser(userId),
    listOrganizationUsers: (organizationId, page) => provider.listOrganizationUsers(organizationId, page),
    async createUser(input) {
      const user = await provider.createUser(input);
      await record('provider_user.created', user.id, []);
      return user;
    },
    async updateUser(userId, changes) {
      const user = await provider.updateUser(userId, changes);
      await record('provider_user.updated', user.id, fieldsSet(changes, user));
      return user;
    },
  };
}
