import { randomBytes } from 'node:crypto';
import { DATABASE_TIMEOUT_DEFAULTS, EMBEDDED_POSTGRES_DEFAULTS } from '@access/db';
import { readTracingConfig, type TracingConfig } from './tracing-config';

/**
 * Configuration is read from the environment once, at start-up, and validated as a
 * whole: every missing or wrong value is reported with its own message before the
 * service refuses to start.
 */
export type AppEnvironment = 'development' | 'test' | 'production';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface DatabaseConfig {
  /** Absent: start the embedded PostgreSQL kept under embeddedDataDir. */
  url?: string;
  poolMax: number;
  /** Waiting for a pooled connection (also Prisma's transaction maxWait). */
  connectionTimeoutMs: number;
  /** Waiting for a row or table lock (PostgreSQL lock_timeout). */
  lockTimeoutMs: number;
  /** One statement (PostgreSQL statement_timeout). */
  statementTimeoutMs: number;
  /** One interactive transaction (Prisma's timeout; also idle_in_transaction_session_timeout). */
  transactionTimeoutMs: number;
  embeddedDataDir: string;
  embeddedPort: number;
}

export interface AuthConfig {
  issuer: string;
  audience: string;
  clockToleranceSec: number;
  /** Exactly one of jwksUrl and hs256Secret is set once start-up has completed. */
  jwksUrl?: string;
  hs256Secret?: string;
  /** Where a development secret is kept when none is configured (development only). */
  developmentSecretFile: string;
}

export type AccessProviderKind = 'workos' | 'local' | 'none';

export interface ProviderConfig {
  kind: AccessProviderKind;
  workos?: { apiKey: string; hostname: string; port?: number; https: boolean };
  /** Bound on one operation's dealings with the provider: every try and every wait between them. */
  timeoutMs: number;
  /** Further tries of a provider request that failed in a way that may pass (no answer, 408, 429, 5xx), within timeoutMs. */
  maxRetries: number;
}

export interface CorsConfig {
  /** Browser origins (scheme://host[:port]) allowed to call the API; empty: CORS is off. */
  allowedOrigins: string[];
  /** How long a browser may cache a preflight answer. */
  maxAgeSec: number;
}

export interface MetricsConfig {
  /** Where Prometheus scrapes /metrics: a listener of its own, never the API's port. Absent: no metrics listener. */
  port?: number;
  host: string;
}

export interface IdempotencyConfig {
  /** How long a create's outcome is kept for replays under its Idempotency-Key. */
  retentionSec: number;
  /** How long a first request may hold its key before a retry may take it over (its process may have died). */
  leaseSec: number;
  /** How often this instance deletes expired outcomes, and how many at most each time. */
  cleanupIntervalMs: number;
  cleanupBatch: number;
}

export interface ConditionalConfig {
  /** PATCH and DELETE of a versioned resource must carry If-Match (428 precondition_required without one). */
  requireIfMatch: boolean;
}

export interface AuditConfig {
  /** Events older than this are deleted by the daily retention job. */
  retentionDays: number;
}

export interface WebhooksConfig {
  /** Tries of one delivery before it fails and its endpoint is disabled. */
  maxAttempts: number;
  /** The wait after the first failed try; each later wait doubles (about a day in all by default). */
  retryBaseMs: number;
  /** Bound on one try: connecting, sending and the receiver's answer. */
  timeoutMs: number;
  /** Whether endpoint URLs may resolve to loopback, private or link-local addresses (never in production). */
  allowPrivateUrls: boolean;
}

export interface JobsConfig {
  /** Whether this instance runs jobs (webhook deliveries, retention); every instance may. */
  enabled: boolean;
  /** Jobs run at once by this instance. */
  concurrency: number;
  /** How often the worker looks for due jobs when no notification arrived (graphile-worker pollInterval). */
  pollIntervalMs: number;
}

export interface AppConfig {
  environment: AppEnvironment;
  host: string;
  port: number;
  /** How long a shutdown waits for the requests in flight before closing their connections. */
  shutdownTimeoutMs: number;
  metrics: MetricsConfig;
  tracing: TracingConfig;
  logLevel: LogLevel;
  bodyLimitBytes: number;
  /** Check success bodies against the document (tests; costs a schema validation per response). */
  validateResponses: boolean;
  database: DatabaseConfig;
  auth: AuthConfig;
  /** Key of the HMAC that makes pagination cursors tamper-evident; random per process when unset outside production. */
  cursorSecret: string;
  provider: ProviderConfig;
  cors: CorsConfig;
  idempotency: IdempotencyConfig;
  conditional: ConditionalConfig;
  audit: AuditConfig;
  webhooks: WebhooksConfig;
  jobs: JobsConfig;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

class EnvReader {
  readonly problems: string[] = [];

  constructor(private readonly env: Env) {}

  raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
    return fallback;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!/^\d+$/.test(value) || parsed < min || parsed > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${value}")`);
      return fallback;
    }
    return parsed;
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  url(name: string, protocols: readonly string[]): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    try {
      const parsed = new URL(value);
      if (protocols.includes(parsed.protocol)) return value;
    } catch {
      // reported below
    }
    // The value may hold a password: name the variable, never echo it.
    this.problems.push(`${name} must be a ${protocols.join(' or ')}// URL`);
    return undefined;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (value === 'true' || value === 'false') return value === 'true';
    this.problems.push(`${name} must be true or false (got "${value}")`);
    return fallback;
  }

  /** A comma-separated list of exact browser origins, each `http(s)://host[:port]` as a browser sends it. */
  origins(name: string): string[] {
    const value = this.raw(name);
    if (value === undefined) return [];
    const origins = value
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== '');
    for (const origin of origins) {
      let exact = false;
      try {
        const parsed = new URL(origin);
        exact = (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.origin === origin;
      } catch {
        // reported below
      }
      if (!exact) this.problems.push(`${name}: "${origin}" is not an origin; write scheme://host[:port], e.g. https://app.example.com`);
    }
    return origins;
  }

  secret(name: string, minLength: number): string | undefined {
    const value = this.raw(name);
    if (value !== undefined && value.length < minLength) {
      this.problems.push(`${name} must be at least ${minLength} characters long`);
      return undefined;
    }
    return value;
  }
}

function readProviderConfig(read: EnvReader, environment: AppEnvironment): ProviderConfig {
  const apiKey = read.secret('WORKOS_API_KEY', 8);
  // WorkOS when it has a key; otherwise the built-in provider, except in production,
  // where running on the local provider by accident would be worse than answering 503.
  const fallback: AccessProviderKind = apiKey ? 'workos' : environment === 'production' ? 'none' : 'local';
  const kind = read.oneOf('ACCESS_PROVIDER', ['workos', 'local', 'none'] as const, fallback);
  if (kind === 'workos' && !apiKey) read.problems.push('ACCESS_PROVIDER=workos needs WORKOS_API_KEY');
  const port = read.raw('WORKOS_API_PORT') ? read.integer('WORKOS_API_PORT', 443, 1, 65535) : undefined;
  const workos = () =>
    kind === 'workos' && apiKey
      ? { apiKey, hostname: read.string('WORKOS_API_HOSTNAME', 'api.workos.com'), port, https: read.boolean('WORKOS_API_HTTPS', true) }
      : undefined;
  const timeoutMs = read.integer('PROVIDER_TIMEOUT_MS', 5_000, 100, 60_000);
  const maxRetries = read.integer('PROVIDER_MAX_RETRIES', 1, 0, 3);
  // Half the time is for waits between tries, the other half is shared by the tries
  // (ProviderCall): each try needs a share a provider can answer in.
  const minimum = MIN_TRY_MS * 2 * (maxRetries + 1);
  if (timeoutMs < minimum) {
    read.problems.push(
      `PROVIDER_TIMEOUT_MS must be at least ${minimum} with PROVIDER_MAX_RETRIES=${maxRetries} (${MIN_TRY_MS} ms for each of ${maxRetries + 1} tries, and as much for the waits between them)`,
    );
  }
  return { kind, workos: workos(), timeoutMs, maxRetries };
}

/** The least time one try at the provider is given. */
const MIN_TRY_MS = 100;

export function loadConfig(env: Env = process.env): AppConfig {
  const read = new EnvReader(env);
  const environment = read.oneOf('APP_ENV', ['development', 'test', 'production'] as const, 'development');
  const config: AppConfig = {
    environment,
    host: read.string('HOST', '127.0.0.1'),
    port: read.integer('PORT', 3000, 0, 65535),
    shutdownTimeoutMs: read.integer('SHUTDOWN_TIMEOUT_MS', 15_000, 0, 600_000),
    metrics: {
      port: read.raw('METRICS_PORT') === undefined ? undefined : read.integer('METRICS_PORT', 9464, 0, 65535),
      host: read.string('METRICS_HOST', read.string('HOST', '127.0.0.1')),
    },
    tracing: readTracingConfig(env, read.problems),
    logLevel: read.oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    bodyLimitBytes: read.integer('BODY_LIMIT_BYTES', 1024 * 1024, 1024, 10 * 1024 * 1024),
    validateResponses: read.boolean('VALIDATE_RESPONSES', environment !== 'production'),
    database: {
      url: read.url('DATABASE_URL', ['postgres:', 'postgresql:']),
      poolMax: read.integer('DATABASE_POOL_MAX', 10, 1, 200),
      connectionTimeoutMs: read.integer('DATABASE_CONNECTION_TIMEOUT_MS', DATABASE_TIMEOUT_DEFAULTS.connectionTimeoutMs, 100, 120_000),
      lockTimeoutMs: read.integer('DATABASE_LOCK_TIMEOUT_MS', DATABASE_TIMEOUT_DEFAULTS.lockTimeoutMs, 100, 600_000),
      statementTimeoutMs: read.integer('DATABASE_STATEMENT_TIMEOUT_MS', DATABASE_TIMEOUT_DEFAULTS.statementTimeoutMs, 100, 600_000),
      transactionTimeoutMs: read.integer('DATABASE_TRANSACTION_TIMEOUT_MS', DATABASE_TIMEOUT_DEFAULTS.transactionTimeoutMs, 100, 600_000),
      embeddedDataDir: read.string('EMBEDDED_POSTGRES_DIR', EMBEDDED_POSTGRES_DEFAULTS.dataDir),
      embeddedPort: read.integer('EMBEDDED_POSTGRES_PORT', EMBEDDED_POSTGRES_DEFAULTS.port, 1024, 65535),
    },
    auth: {
      issuer: read.string('AUTH_JWT_ISSUER', 'access-management-dev'),
      audience: read.string('AUTH_JWT_AUDIENCE', 'access-management-api'),
      clockToleranceSec: read.integer('AUTH_CLOCK_TOLERANCE_SEC', 30, 0, 300),
      jwksUrl: read.url('AUTH_JWKS_URL', ['https:', 'http:']),
      hs256Secret: read.secret('AUTH_JWT_SECRET', 32),
      developmentSecretFile: read.string('AUTH_DEV_SECRET_FILE', '.data/dev-jwt-secret'),
    },
    cursorSecret: read.secret('PAGINATION_CURSOR_SECRET', 32) ?? randomBytes(32).toString('base64url'),
    provider: readProviderConfig(read, environment),
    cors: {
      allowedOrigins: read.origins('CORS_ALLOWED_ORIGINS'),
      maxAgeSec: read.integer('CORS_MAX_AGE_SEC', 600, 0, 86_400),
    },
    idempotency: {
      retentionSec: read.integer('IDEMPOTENCY_RETENTION_SEC', 86_400, 60, 7 * 86_400),
      leaseSec: read.integer('IDEMPOTENCY_LEASE_SEC', 60, 5, 3_600),
      cleanupIntervalMs: read.integer('IDEMPOTENCY_CLEANUP_INTERVAL_MS', 60_000, 100, 3_600_000),
      cleanupBatch: read.integer('IDEMPOTENCY_CLEANUP_BATCH', 1_000, 1, 100_000),
    },
    conditional: { requireIfMatch: read.boolean('REQUIRE_IF_MATCH', false) },
    audit: { retentionDays: read.integer('AUDIT_RETENTION_DAYS', 400, 1, 3_650) },
    webhooks: {
      maxAttempts: read.integer('WEBHOOK_MAX_ATTEMPTS', 12, 1, 30),
      // 45 s doubling over 11 waits: about 25.6 hours from the first try to the last.
      retryBaseMs: read.integer('WEBHOOK_RETRY_BASE_MS', 45_000, 10, 3_600_000),
      timeoutMs: read.integer('WEBHOOK_TIMEOUT_MS', 10_000, 100, 60_000),
      allowPrivateUrls: read.boolean('WEBHOOK_ALLOW_PRIVATE_URLS', environment !== 'production'),
    },
    jobs: {
      enabled: read.boolean('JOBS_ENABLED', true),
      concurrency: read.integer('JOBS_CONCURRENCY', 5, 1, 100),
      pollIntervalMs: read.integer('JOBS_POLL_INTERVAL_MS', 2_000, 50, 60_000),
    },
  };
  const { lockTimeoutMs, statementTimeoutMs, transactionTimeoutMs } = config.database;
  if (!(lockTimeoutMs <= statementTimeoutMs && statementTimeoutMs <= transactionTimeoutMs)) {
    read.problems.push(
      'DATABASE_LOCK_TIMEOUT_MS ≤ DATABASE_STATEMENT_TIMEOUT_MS ≤ DATABASE_TRANSACTION_TIMEOUT_MS must hold, so the innermost bound fires first',
    );
  }
  if (config.idempotency.leaseSec >= config.idempotency.retentionSec) {
    read.problems.push('IDEMPOTENCY_LEASE_SEC must be shorter than IDEMPOTENCY_RETENTION_SEC');
  }
  if (config.auth.jwksUrl && config.auth.hs256Secret) {
    read.problems.push('set only one of AUTH_JWKS_URL and AUTH_JWT_SECRET');
  }
  if (environment === 'production') {
    if (!read.raw('PAGINATION_CURSOR_SECRET')) {
      read.problems.push('PAGINATION_CURSOR_SECRET (32+ characters, the same on every instance) is required in production');
    }
    if (!config.auth.jwksUrl && !config.auth.hs256Secret) {
      read.problems.push('AUTH_JWKS_URL (or AUTH_JWT_SECRET) is required in production');
    }
    if (!read.raw('AUTH_JWT_ISSUER')) read.problems.push('AUTH_JWT_ISSUER is required in production');
    if (!read.raw('AUTH_JWT_AUDIENCE')) read.problems.push('AUTH_JWT_AUDIENCE is required in production');
    if (!config.database.url) read.problems.push('DATABASE_URL is required in production');
    if (config.webhooks.allowPrivateUrls) {
      read.problems.push('WEBHOOK_ALLOW_PRIVATE_URLS=true is refused in production: endpoints could reach internal services (SSRF)');
    }
  }
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return config;
}
