import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Logger as WorkerLogger, run, type Runner, type TaskList } from 'graphile-worker';
import { Pool } from 'pg';
import { PrismaService } from '@access/db';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { DELIVER_WEBHOOK_TASK } from '../webhooks/delivery-queue';
import { deliverWebhook } from '../webhooks/webhook-delivery';
import { deleteExpiredAuditEvents } from './audit-retention';

export const AUDIT_RETENTION_TASK = 'audit_retention';

/**
 * The job engine (graphile-worker) in this process: webhook deliveries, queued with their
 * audit events, and the daily audit retention. Every instance runs one; they share the
 * queue (graphile-worker locks each job with SKIP LOCKED, so a job runs on one instance at a
 * time, and cron items run once across instances). It has its own small pool, so jobs never
 * take a connection a request needs; a database outage is logged and outlived (the worker
 * retries), never a crash. Started after the app is up, stopped with it (graceful shutdown
 * waits for the jobs in flight).
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private runner?: Runner;
  private pool?: Pool;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs.enabled) return;
    const { concurrency, pollIntervalMs } = this.config.jobs;
    this.pool = new Pool({ connectionString: this.config.database.url, max: concurrency + 2 });
    // An idle or checked-out connection that breaks (the database restarted) must not crash the process.
    // The outage itself is logged once by the database monitor; here only its detail, at debug, with no stack.
    const lost = (error: Error) => this.logger.debug({ reason: firstLine(error.message) }, 'job database connection lost');
    this.pool.on('error', lost);
    this.pool.on('connect', (client) => client.on('error', lost));
    const taskList: TaskList = {
      [DELIVER_WEBHOOK_TASK]: async (payload) => {
        await deliverWebhook(this.prisma.client, this.config.webhooks, (payload as { deliveryId: string }).deliveryId);
      },
      [AUDIT_RETENTION_TASK]: async () => {
        const deleted = await deleteExpiredAuditEvents(this.prisma.client, this.config.audit.retentionDays);
        this.logger.log({ deleted, retentionDays: this.config.audit.retentionDays }, 'expired audit events deleted');
      },
    };
    this.runner = await run({
      pgPool: this.pool,
      concurrency,
      pollInterval: pollIntervalMs,
      noHandleSignals: true,
      taskList,
      crontab: `30 3 * * * ${AUDIT_RETENTION_TASK}`,
      logger: new WorkerLogger(() => (level, message) => {
        // graphile-worker appends a failed task's stack to its message: the first line says what failed.
        if (level === 'error' || level === 'warning') this.logger.warn({ level }, `job engine: ${firstLine(message)}`);
      }),
    });
    this.runner.promise.catch((error: unknown) =>
      this.logger.error({ reason: firstLine(error instanceof Error ? error.message : String(error)) }, 'job engine stopped'),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner?.stop().catch((error: unknown) => this.logger.warn({ err: error }, 'job engine did not stop cleanly'));
    await this.pool?.end().catch(() => undefined);
  }
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}
