import type { PrismaClient } from '@access/db';

const DAY_MS = 86_400_000;

/**
 * Deletes the audit events older than the retention period (AUDIT_RETENTION_DAYS), in
 * batches so no statement holds many locks for long; says how many went. Run daily by the
 * job engine's cron (audit_retention), once across all instances.
 */
export async function deleteExpiredAuditEvents(
  prisma: PrismaClient,
  retentionDays: number,
  now = new Date(),
  batchSize = 5_000,
): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  let total = 0;
  for (;;) {
    const deleted = await prisma.$executeRaw`
      DELETE FROM audit_events WHERE id IN (
        SELECT id FROM audit_events WHERE occurred_at < ${cutoff}::timestamptz LIMIT ${batchSize}::int)`;
    total += deleted;
    if (deleted < batchSize) return total;
  }
}
