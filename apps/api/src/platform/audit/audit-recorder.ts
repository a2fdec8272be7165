import type { AuditChange, AuditEventType, components } from '@access/contract';
import { Prisma } from '@access/db';
import { deliveryJob } from '../webhooks/delivery-queue';
import { requestContext, type AuditActor } from './request-context';

export type { AuditChange, AuditEventType };
export type AuditResourceType = components['schemas']['AuditResource']['type'];

/** One change of state, as the write path that made it describes it. */
export interface AuditedChange {
  type: AuditEventType;
  /** Null only for changes outside any tenant. */
  tenantId: string | null;
  resource: { type: AuditResourceType; id: string };
  /** For updates: each changed field (see diffFields). */
  changes?: AuditChange[];
  /** Who made it, when not the request being served (or the system, outside a request). */
  actor?: AuditActor;
}

/** The actor of changes made outside any request: operator commands. */
export const OPERATOR_ACTOR: AuditActor = { kind: 'system', id: 'operator-cli' };

/**
 * Records one audit event with the client of the transaction that makes the change, so both
 * commit or neither does, and in the same statement enqueues its webhook deliveries: an outbox
 * row for every enabled endpoint of the tenant subscribed to the type, and a graphile-worker
 * job for each (deliveryJob, also inside the transaction). An event committed
 * with its change is therefore delivered even when the process dies right after the commit.
 *
 * The actor and request id come from the request being served (requestContext), so a write
 * path only says what changed. Never pass a password, hash, secret or key in `changes`.
 */
export async function recordAuditEvent(tx: Prisma.TransactionClient, change: AuditedChange): Promise<string> {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    WITH ${auditEventCtes(change)}
    SELECT event.id::text AS id, (SELECT count(*) FROM jobs) AS queued FROM event`;
  const recorded = rows[0];
  if (!recorded) throw new Error('audit event was not recorded');
  return recorded.id;
}

/** A change made by the statement that records it: the resource's id is an SQL expression over that statement's rows. */
export type StatementChange = Omit<AuditedChange, 'resource'> & { resource: { type: AuditResourceType; id: Prisma.Sql } };

/**
 * The common table expressions that record one audit event and queue its deliveries (`event`,
 * `deliveries`, `jobs`). Given `from` (a StatementChange), the statement makes the change itself:
 * one event is recorded for each row of `from` (none when it has none), with the resource id
 * evaluated over it. The statement must read `jobs` (e.g. `(SELECT count(*) FROM jobs)`), or no
 * job is queued.
 */
export function auditEventCtes(change: AuditedChange): Prisma.Sql;
export function auditEventCtes(change: StatementChange, from: Prisma.Sql): Prisma.Sql;
export function auditEventCtes(change: AuditedChange | StatementChange, from?: Prisma.Sql): Prisma.Sql {
  const context = requestContext.getStore();
  const actor = change.actor ?? context?.actor ?? OPERATOR_ACTOR;
  const changes = JSON.stringify(change.changes ?? []);
  const resourceId = typeof change.resource.id === 'string' ? Prisma.sql`${change.resource.id}` : change.resource.id;
  return Prisma.sql`event AS (
      INSERT INTO audit_events (tenant_id, type, actor_kind, actor_id, request_id, resource_type, resource_id, changes)
      SELECT ${change.tenantId}::uuid, ${change.type}, ${actor.kind}::audit_actor_kind, ${actor.id}, ${context?.requestId ?? null},
             ${change.resource.type}, ${resourceId}, ${changes}::jsonb
      ${from ? Prisma.sql`FROM ${from}` : Prisma.empty}
      RETURNING id, tenant_id, type
    ), deliveries AS (
      INSERT INTO webhook_deliveries (tenant_id, endpoint_id, event_id)
      SELECT w.tenant_id, w.id, event.id
      FROM event JOIN webhook_endpoints w ON w.tenant_id = event.tenant_id
      WHERE w.enabled AND (event.type = ANY (w.event_types) OR '*' = ANY (w.event_types))
      RETURNING id
    ), jobs AS (
      SELECT ${deliveryJob(Prisma.sql`d.id`)} AS job
      FROM deliveries d
    )`;
}

/**
 * The fields that differ between two views of a resource, each with its value before and
 * after. Only the fields named are compared: a caller names the fields safe to show.
 */
export function diffFields<T extends object>(before: T, after: T, fields: ReadonlyArray<keyof T & string>): AuditChange[] {
  return fields.flatMap((field) =>
    isEqual(before[field], after[field]) ? [] : [{ field, before: before[field] ?? null, after: after[field] ?? null }],
  );
}

/** A field that changed but whose values are never recorded (a password). */
export function redactedChange(field: string): AuditChange {
  return { field, redacted: true };
}

function isEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
