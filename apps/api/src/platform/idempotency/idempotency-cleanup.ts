import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { IdempotencyStore } from './idempotency-store';

/** Batches one sweep may delete before it leaves the rest to the next tick. */
const MAX_BATCHES_PER_SWEEP = 10;

/**
 * Removes expired outcomes: every IDEMPOTENCY_CLEANUP_INTERVAL_MS, each instance deletes
 * expired rows in batches of IDEMPOTENCY_CLEANUP_BATCH (SKIP LOCKED, so instances sweeping
 * at once neither wait for nor repeat each other). The table holds at most what one
 * retention period (IDEMPOTENCY_RETENTION_SEC) of creates with a key leaves, plus what
 * arrives between sweeps. Self-contained: it needs no job engine and survives a database
 * outage (the sweep fails, is logged, and runs again at the next tick).
 */
@Injectable()
export class IdempotencyCleanup implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Idempotency');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly store: IdempotencyStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.config.idempotency.cleanupIntervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => 0);
  }

  /** Deletes expired outcomes, at most MAX_BATCHES_PER_SWEEP batches; returns how many. */
  async sweep(): Promise<number> {
    const batch = this.config.idempotency.cleanupBatch;
    let deleted = 0;
    for (let i = 0; i < MAX_BATCHES_PER_SWEEP; i++) {
      const count = await this.store.deleteExpired(batch);
      deleted += count;
      if (count < batch) break;
    }
    return deleted;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.sweep();
    try {
      const deleted = await this.running;
      if (deleted > 0) this.logger.debug({ deleted }, 'expired idempotency outcomes deleted');
    } catch (error) {
      this.logger.warn({ err: error }, 'expired idempotency outcomes could not be deleted; trying again at the next tick');
    } finally {
      this.running = undefined;
    }
  }
}
