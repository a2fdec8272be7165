import { Prisma } from '@access/db';

/** The graphile-worker task that makes one attempt of one webhook delivery (see webhook-delivery.ts). */
export const DELIVER_WEBHOOK_TASK = 'deliver_webhook';

/**
 * The one way a delivery is queued: a graphile-worker job (`graphile_worker.add_job`, run in the
 * caller's transaction, so the job commits with the delivery row or not at all), keyed by the
 * delivery so that a delivery has at most one job waiting. `deliveryId` is an SQL expression: a
 * bound value, or a column of the statement it is part of (recordAuditEvent queues every
 * delivery of an event in the statement that records it). `runAt` delays a retry.
 */
export function deliveryJob(deliveryId: Prisma.Sql, runAt?: Date): Prisma.Sql {
  const when = runAt === undefined ? Prisma.empty : Prisma.sql`, run_at => ${runAt.toISOString()}::timestamptz`;
  return Prisma.sql`graphile_worker.add_job(${DELIVER_WEBHOOK_TASK}, json_build_object('deliveryId', (${deliveryId})::text)${when},
    job_key => 'delivery:' || (${deliveryId})::text)`;
}

/** Queues one delivery in the transaction `tx` (see deliveryJob). */
export async function queueDelivery(tx: Prisma.TransactionClient, deliveryId: string, runAt?: Date): Promise<void> {
  await tx.$queryRaw`SELECT ${deliveryJob(Prisma.sql`${deliveryId}::uuid`, runAt)}`;
}
