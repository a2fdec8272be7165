import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, type AuditEvent } from '@access/db';
import { readKeyset, type KeysetFetch, type KeysetList } from '../../platform/pagination/keyset-query';

export interface AuditEventFilters {
  type?: string;
  actorId?: string;
  resourceType?: string;
  resourceId?: string;
  occurredAfter?: Date;
  occurredBefore?: Date;
}

/**
 * A tenant's audit events, filtered. Each filter is served by an index that fixes the tenant
 * and the filter's columns and ends with (occurred_at, id), the keyset position; the time range
 * is a range on occurred_at in every one of them.
 */
export function auditEventsList(tenantId: string, filters: AuditEventFilters): KeysetList {
  const where = [Prisma.sql`e.tenant_id = ${tenantId}::uuid`];
  if (filters.type !== undefined) where.push(Prisma.sql`e.type = ${filters.type}`);
  if (filters.actorId !== undefined) where.push(Prisma.sql`e.actor_id = ${filters.actorId}`);
  if (filters.resourceType !== undefined) where.push(Prisma.sql`e.resource_type = ${filters.resourceType}`);
  if (filters.resourceId !== undefined) where.push(Prisma.sql`e.resource_id = ${filters.resourceId}`);
  if (filters.occurredAfter !== undefined) where.push(Prisma.sql`e.occurred_at >= ${filters.occurredAfter.toISOString()}::timestamptz`);
  if (filters.occurredBefore !== undefined) where.push(Prisma.sql`e.occurred_at < ${filters.occurredBefore.toISOString()}::timestamptz`);
  return { from: 'audit_events e', createdAt: 'e.occurred_at', id: 'e.id', idType: 'uuid', where };
}

/** Audit events, read only, always inside one tenant. They are written by recordAuditEvent. */
@Injectable()
export class AuditEventsRepository {
  constructor(private readonly prisma: PrismaService) {}

  find(tenantId: string, id: string): Promise<AuditEvent | null> {
    return this.prisma.client.auditEvent.findFirst({ where: { tenantId, id } });
  }

  /** One page, each event with its keyset position (its occurred_at, as `createdAt`). */
  async page(tenantId: string, filters: AuditEventFilters, fetch: KeysetFetch): Promise<Array<AuditEvent & { createdAt: Date }>> {
    const page = await readKeyset(this.prisma.client, auditEventsList(tenantId, filters), fetch, {
      rows: (keys) => this.prisma.client.auditEvent.findMany({ where: { tenantId, id: { in: keys.map((k) => k.id) } } }),
      rowRef: (row) => row.id,
    });
    return page.map((entry) => ({ ...entry.row, createdAt: entry.createdAt }));
  }
}
