import { Global, Injectable, Module } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { PrismaService } from '@access/db';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The service's Prometheus metrics, in a registry of its own (so several apps in one
 * process, as in tests, do not collide). Served by metrics-server.ts on a listener of
 * its own, never on the API's port.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by contract operation, method and status.',
    labelNames: ['operation', 'method', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving a request to finishing its answer, by contract operation, method and status.',
    labelNames: ['operation', 'method', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly providerCalls = new Counter({
    name: 'access_provider_calls_total',
    help: 'Calls to the access provider, by provider, call and outcome (ok, or the error code answered).',
    labelNames: ['provider', 'call', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly providerDuration = new Histogram({
    name: 'access_provider_call_duration_seconds',
    help: 'Duration of calls to the access provider (retries included), by provider, call and outcome.',
    labelNames: ['provider', 'call', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  constructor(prisma: PrismaService) {
    collectDefaultMetrics({ register: this.registry });
    const { pool, availability } = prisma;
    new Gauge({
      name: 'db_pool_connections',
      help: 'Connections of the database pool, by state (in_use, idle).',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        this.set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
        this.set({ state: 'idle' }, pool.idleCount);
      },
    });
    new Gauge({
      name: 'db_pool_waiting_requests',
      help: 'Queries waiting for a connection of the database pool.',
      registers: [this.registry],
      collect() {
        this.set(pool.waitingCount);
      },
    });
    new Gauge({
      name: 'db_up',
      help: '1 while the database answers, 0 during an outage (as this instance last saw it).',
      registers: [this.registry],
      collect() {
        this.set(availability.isUp ? 1 : 0);
      },
    });
  }
}

@Global()
@Module({ providers: [Metrics], exports: [Metrics] })
export class MetricsModule {}
