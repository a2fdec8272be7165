import { AuditEventsRepository } from '../../../src/domains/audit-events/audit-events.repository';
import { describeKeysetList } from '../../support/keyset-list';

const EVENTS = 5_000;
const TYPES = ['user.created', 'user.updated', 'user.deleted', 'identity.linked', 'identity.unlinked', 'api_key.created'];

/**
 * A tenant of 5,000 audit events beside another of the same size: six types, fifty actors,
 * a thousand resources each changed five times (seven in ten of them users), one event a minute.
 */
describeKeysetList({
  name: 'AuditEventsRepository.page',
  snapshot: 'apps/api/src/domains/audit-events/audit-events.repository.sql',
  index: 'audit_events_tenant_id_occurred_at_id_idx',
  leading: 'tenant_id',
  position: 'occurred_at',
  async seed(prisma) {
    const tenants = await Promise.all(['Planned', 'Neighbour'].map((name) => prisma.tenant.create({ data: { name } })));
    for (const tenant of tenants) {
      await prisma.$executeRaw`
        INSERT INTO audit_events (tenant_id, type, occurred_at, actor_kind, actor_id, request_id, resource_type, resource_id, changes)
        SELECT ${tenant.id}::uuid, (${TYPES}::text[])[1 + g % 6], timestamptz '2026-01-01T00:00:00Z' + g * interval '1 minute',
               'user', 'actor-' || (g % 50), 'req-' || g,
               CASE WHEN g % 10 < 7 THEN 'user' ELSE (ARRAY['identity', 'api_key', 'role'])[g % 10 - 6] END, 'user-' || (g % 1000), '[]'::jsonb
        FROM generate_series(1, ${EVENTS}::int) AS g`;
    }
    // The table as it stands in service: PostgreSQL's autovacuum sets the visibility map of an
    // append-only table soon after its inserts, and a filter that matches a few events is then
    // read from its index alone, in order. Left to the race with autovacuum, the planner reads a
    // freshly seeded table by bitmap and sorts, one run in two.
    await prisma.$executeRawUnsafe('VACUUM (ANALYZE) audit_events');
    return { tenantId: tenants[0]!.id };
  },
  read: (database, { tenantId }, fetch) => new AuditEventsRepository(database).page(tenantId, {}, fetch),
  variants: {
    'by type': (database, { tenantId }, fetch) => new AuditEventsRepository(database).page(tenantId, { type: 'user.updated' }, fetch),
    'by actor': (database, { tenantId }, fetch) => new AuditEventsRepository(database).page(tenantId, { actorId: 'actor-7' }, fetch),
    'by resource type': (database, { tenantId }, fetch) =>
      new AuditEventsRepository(database).page(tenantId, { resourceType: 'role' }, fetch),
    'by resource': (database, { tenantId }, fetch) =>
      new AuditEventsRepository(database).page(tenantId, { resourceType: 'user', resourceId: 'user-42' }, fetch),
    'occurred after': (database, { tenantId }, fetch) =>
      new AuditEventsRepository(database).page(tenantId, { occurredAfter: new Date('2026-01-02T00:00:00Z') }, fetch),
    'occurred before': (database, { tenantId }, fetch) =>
      new AuditEventsRepository(database).page(tenantId, { occurredBefore: new Date('2026-01-03T00:00:00Z') }, fetch),
    'by time range': (database, { tenantId }, fetch) =>
      new AuditEventsRepository(database).page(
        tenantId,
        { occurredAfter: new Date('2026-01-02T00:00:00Z'), occurredBefore: new Date('2026-01-03T00:00:00Z') },
        fetch,
      ),
  },
  variantIndexes: {
    'by type': 'audit_events_tenant_id_type_occurred_at_id_idx',
    'by actor': 'audit_events_tenant_id_actor_id_occurred_at_id_idx',
    'by resource type': 'audit_events_tenant_id_resource_type_occurred_at_id_idx',
    'by resource': 'audit_events_tenant_id_resource_type_resource_id_occurred_a_idx',
    'occurred after': 'audit_events_tenant_id_occurred_at_id_idx',
    'occurred before': 'audit_events_tenant_id_occurred_at_id_idx',
    'by time range': 'audit_events_tenant_id_occurred_at_id_idx',
  },
});
