import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@access/db';
import type { FieldError } from '@access/errors';

/** What a create answered, kept so a retry with the same key gets it again. */
export type StoredOutcome =
  // The body as JSON text: a jsonb value would come back with its keys reordered.
  | { status: number; headers: Record<string, string>; bodyJson: string }
  | { status: number; headers: Record<string, string>; refusal: StoredRefusal }
  // A success whose body showed a secret once: only where the resource is, never the secret.
  | { status: number; headers: Record<string, string>; withheld: true };

/** A refusal (4xx) as the error envelope showed it: enough to answer it again word for word. */
export interface StoredRefusal {
  code: string;
  message: string;
  details: Record<string, unknown>;
  errors: FieldError[];
  notices: string[];
  headers: Record<string, string>;
}

/** What claiming a key found. */
export type Claim = { kind: 'claimed' } | { kind: 'in_progress' } | { kind: 'reused' } | { kind: 'completed'; outcome: StoredOutcome };

export interface ClaimRequest {
  scope: string;
  key: string;
  fingerprint: string;
  leaseSec: number;
  retentionSec: number;
}

/**
 * The idempotency_records table. A key is claimed by one INSERT … ON CONFLICT: of any number
 * of concurrent first requests exactly one inserts the row (the primary key decides), and
 * the others read what it holds. An expired row, or an unfinished one whose lease has run
 * out (its request's process died, or its database went away before the row could be
 * released), is taken over by the same statement.
 */
@Injectable()
export class IdempotencyStore {
  constructor(private readonly prisma: PrismaService) {}

  async claim(request: ClaimRequest): Promise<Claim> {
    const { scope, key, fingerprint, leaseSec, retentionSec } = request;
    // A row deleted between the insert and the read (its request failed) is claimed on the next turn.
    for (let attempt = 0; attempt < 3; attempt++) {
      const inserted = await this.prisma.client.$queryRaw<unknown[]>`
        INSERT INTO idempotency_records (scope, key, fingerprint, lease_until, expires_at)
        VALUES (${scope}, ${key}, ${fingerprint},
                clock_timestamp() + make_interval(secs => ${leaseSec}), clock_timestamp() + make_interval(secs => ${retentionSec}))
        ON CONFLICT (scope, key) DO UPDATE
          SET fingerprint = EXCLUDED.fingerprint, lease_until = EXCLUDED.lease_until, expires_at = EXCLUDED.expires_at,
              completed_at = NULL, outcome = NULL, created_at = clock_timestamp()
          WHERE idempotency_records.expires_at <= clock_timestamp()
             OR (idempotency_records.completed_at IS NULL AND idempotency_records.lease_until <= clock_timestamp()
                 AND idempotency_records.fingerprint = EXCLUDED.fingerprint)
        RETURNING 1`;
      if (inserted.length > 0) return { kind: 'claimed' };
      const held = await this.prisma.client.idempotencyRecord.findUnique({
        where: { scope_key: { scope, key } },
        select: { fingerprint: true, completedAt: true, outcome: true },
      });
      if (!held) continue;
      if (held.fingerprint !== fingerprint) return { kind: 'reused' };
      if (held.completedAt === null) return { kind: 'in_progress' };
      return { kind: 'completed', outcome: held.outcome as unknown as StoredOutcome };
    }
    return { kind: 'in_progress' };
  }

  /** Keeps the outcome of the claimed request for replays. */
  async complete(scope: string, key: string, outcome: StoredOutcome): Promise<void> {
    await this.prisma.client.idempotencyRecord.updateMany({
      where: { scope, key, completedAt: null },
      data: { completedAt: new Date(), outcome: outcome as unknown as Prisma.InputJsonValue },
    });
  }

  /** Gives the key up, so a retry runs the request again (after an unexpected failure). */
  async release(scope: string, key: string): Promise<void> {
    await this.prisma.client.idempotencyRecord.deleteMany({ where: { scope, key, completedAt: null } });
  }

  /**
   * Deletes at most `limit` expired rows. SKIP LOCKED lets several instances sweep at once
   * without waiting on each other's rows; the expires_at index keeps the scan to the rows deleted.
   */
  async deleteExpired(limit: number): Promise<number> {
    return this.prisma.client.$executeRaw`
      DELETE FROM idempotency_records WHERE (scope, key) IN (
        SELECT scope, key FROM idempotency_records WHERE expires_at <= clock_timestamp()
        ORDER BY expires_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)`;
  }
}
