import { Injectable } from '@nestjs/common';
import type { AuditEvent, AuditEventList, operations } from '@access/contract';
import { CursorCodec } from '../../platform/pagination/cursor-codec';
import { keysetPage } from '../../platform/pagination/keyset-page';
import { toAuditEvent } from '../../platform/audit/audit-event.mapping';
import { auditEventNotFound } from './audit-events.errors';
import { AuditEventsRepository, type AuditEventFilters } from './audit-events.repository';

export type ListAuditEventsQuery = NonNullable<operations['listAuditEvents']['parameters']['query']>;

@Injectable()
export class AuditEventsService {
  constructor(
    private readonly repository: AuditEventsRepository,
    private readonly cursors: CursorCodec,
  ) {}

  async list(tenantId: string, query: ListAuditEventsQuery): Promise<AuditEventList> {
    const filters: AuditEventFilters = {
      type: query.type,
      actorId: query.actor_id,
      resourceType: query.resource_type,
      resourceId: query.resource_id,
      occurredAfter: query.occurred_after === undefined ? undefined : new Date(query.occurred_after),
      occurredBefore: query.occurred_before === undefined ? undefined : new Date(query.occurred_before),
    };
    // A cursor is good only for the list it came from: this tenant, these filters.
    const scope = `audit-events:${JSON.stringify([tenantId, filters])}`;
    const page = await keysetPage(this.cursors, scope, query, (fetch) => this.repository.page(tenantId, filters, fetch));
    return { data: page.data.map(toAuditEvent), pagination: page.pagination };
  }

  async get(tenantId: string, id: string): Promise<AuditEvent> {
    const row = await this.repository.find(tenantId, id);
    if (!row) throw auditEventNotFound();
    return toAuditEvent(row);
  }
}
