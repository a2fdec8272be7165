import type { AuditChange, AuditEvent } from '@access/contract';
import type { AuditEvent as AuditEventRow } from '@access/db';

/** The row as the contract shows it. Only tenant events are ever read, so tenant_id is set. */
export function toAuditEvent(row: AuditEventRow): AuditEvent {
  return {
    id: row.id,
    type: row.type as AuditEvent['type'],
    occurred_at: row.occurredAt.toISOString(),
    tenant_id: row.tenantId ?? '',
    actor: { kind: row.actorKind, id: row.actorId },
    request_id: row.requestId,
    resource: { type: row.resourceType as AuditEvent['resource']['type'], id: row.resourceId },
    changes: Array.isArray(row.changes) ? (row.changes as AuditChange[]) : [],
  };
}
