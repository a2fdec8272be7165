import { ConfigError, loadConfig } from '../../../src/platform/config/config';

describe('configuration', () => {
  it('runs with no configuration at all in development: embedded database, local provider', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      environment: 'development',
      port: 3000,
      database: { url: undefined, embeddedDataDir: '.data/postgres' },
      provider: { kind: 'local' },
    });
    expect(config.cursorSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('reports every wrong value at once, each with its own message, without echoing secrets', () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://root:hunter2@db/x', AUTH_JWT_SECRET: 'short' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems;
    expect(problems).toEqual([
      'PORT must be a whole number from 0 to 65535 (got "eighty")',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
      'DATABASE_URL must be a postgres: or postgresql:// URL',
      'AUTH_JWT_SECRET must be at least 32 characters long',
    ]);
    expect((caught as Error).message).not.toContain('hunter2');
  });

  it('demands what production cannot default', () => {
    expect(() => loadConfig({ APP_ENV: 'production' })).toThrow(ConfigError);
    try {
      loadConfig({ APP_ENV: 'production' });
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'PAGINATION_CURSOR_SECRET (32+ characters, the same on every instance) is required in production',
        'AUTH_JWKS_URL (or AUTH_JWT_SECRET) is required in production',
        'AUTH_JWT_ISSUER is required in production',
        'AUTH_JWT_AUDIENCE is required in production',
        'DATABASE_URL is required in production',
      ]);
    }
  });

  it('chooses WorkOS when it has a key, and refuses WorkOS without one', () => {
    expect(loadConfig({ WORKOS_API_KEY: 'sk_test_123456' }).provider).toMatchObject({
      kind: 'workos',
      workos: { apiKey: 'sk_test_123456', hostname: 'api.workos.com', https: true },
    });
    expect(loadConfig({ WORKOS_API_KEY: 'sk_test_123456', ACCESS_PROVIDER: 'local' }).provider.kind).toBe('local');
    expect(() => loadConfig({ ACCESS_PROVIDER: 'workos' })).toThrow('ACCESS_PROVIDER=workos needs WORKOS_API_KEY');
    expect(
      loadConfig({
        APP_ENV: 'production',
        ACCESS_PROVIDER: 'none',
        AUTH_JWT_SECRET: 'x'.repeat(32),
        AUTH_JWT_ISSUER: 'i',
        AUTH_JWT_AUDIENCE: 'a',
        DATABASE_URL: 'postgresql://db/x',
        PAGINATION_CURSOR_SECRET: 'y'.repeat(32),
      }).provider.kind,
    ).toBe('none');
  });

  it('reads audit retention, webhook retries and the job engine, and never allows private webhook URLs in production', () => {
    const defaults = loadConfig({});
    expect(defaults.audit).toEqual({ retentionDays: 400 });
    expect(defaults.webhooks).toEqual({ maxAttempts: 12, retryBaseMs: 45_000, timeoutMs: 10_000, allowPrivateUrls: true });
    expect(defaults.jobs).toEqual({ enabled: true, concurrency: 5, pollIntervalMs: 2_000 });
    // The default schedule spans about a day: 45 s doubling over 11 waits.
    expect((45 * (2 ** 11 - 1)) / 3600).toBeCloseTo(25.6, 1);
    expect(() => loadConfig({ AUDIT_RETENTION_DAYS: '0', WEBHOOK_MAX_ATTEMPTS: '99' })).toThrow(
      /AUDIT_RETENTION_DAYS must be a whole number from 1 to 3650[\s\S]*WEBHOOK_MAX_ATTEMPTS must be a whole number from 1 to 30/,
    );
    const production = {
      APP_ENV: 'production',
      AUTH_JWT_SECRET: 'x'.repeat(32),
      AUTH_JWT_ISSUER: 'i',
      AUTH_JWT_AUDIENCE: 'a',
      DATABASE_URL: 'postgresql://db/x',
      PAGINATION_CURSOR_SECRET: 'y'.repeat(32),
    };
    expect(loadConfig(production).webhooks.allowPrivateUrls).toBe(false);
    expect(() => loadConfig({ ...production, WEBHOOK_ALLOW_PRIVATE_URLS: 'true' })).toThrow(
      'WEBHOOK_ALLOW_PRIVATE_URLS=true is refused in production',
    );
  });

  it('refuses a provider timeout too short for the tries it allows', () => {
    expect(loadConfig({ PROVIDER_TIMEOUT_MS: '800', PROVIDER_MAX_RETRIES: '3' }).provider).toMatchObject({ timeoutMs: 800, maxRetries: 3 });
    expect(() => loadConfig({ PROVIDER_TIMEOUT_MS: '700', PROVIDER_MAX_RETRIES: '3' })).toThrow(
      'PROVIDER_TIMEOUT_MS must be at least 800 with PROVIDER_MAX_RETRIES=3',
    );
    expect(() => loadConfig({ PROVIDER_TIMEOUT_MS: '150' })).toThrow(
      'PROVIDER_TIMEOUT_MS must be at least 400 with PROVIDER_MAX_RETRIES=1',
    );
  });

  it('keeps CORS off unless origins are configured, and takes only exact origins', () => {
    expect(loadConfig({}).cors).toEqual({ allowedOrigins: [], maxAgeSec: 600 });
    expect(loadConfig({ CORS_ALLOWED_ORIGINS: 'https://app.example.com, http://localhost:5173' }).cors.allowedOrigins).toEqual([
      'https://app.example.com',
      'http://localhost:5173',
    ]);
    let caught: unknown;
    try {
      loadConfig({ CORS_ALLOWED_ORIGINS: '*, https://app.example.com/, ftp://files.example.com, app.example.com' });
    } catch (error) {
      caught = error;
    }
    expect((caught as ConfigError).problems).toEqual(
      ['*', 'https://app.example.com/', 'ftp://files.example.com', 'app.example.com'].map(
        (origin) => `CORS_ALLOWED_ORIGINS: "${origin}" is not an origin; write scheme://host[:port], e.g. https://app.example.com`,
      ),
    );
  });

  it('chooses the database timeouts together and refuses bounds that do not nest', () => {
    expect(loadConfig({}).database).toMatchObject({
      connectionTimeoutMs: 3000,
      lockTimeoutMs: 2000,
      statementTimeoutMs: 5000,
      transactionTimeoutMs: 10000,
    });
    expect(() => loadConfig({ DATABASE_LOCK_TIMEOUT_MS: '6000' })).toThrow(
      'DATABASE_LOCK_TIMEOUT_MS ≤ DATABASE_STATEMENT_TIMEOUT_MS ≤ DATABASE_TRANSACTION_TIMEOUT_MS must hold',
    );
    expect(() => loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '20000' })).toThrow(ConfigError);
  });

  it('serves metrics only when METRICS_PORT is set, and traces only when an OTLP endpoint is', () => {
    const quiet = loadConfig({});
    expect(quiet.metrics.port).toBeUndefined();
    expect(quiet.tracing.tracesEndpoint).toBeUndefined();
    expect(quiet.shutdownTimeoutMs).toBe(15000);
    const observed = loadConfig({ METRICS_PORT: '9464', HOST: '0.0.0.0', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' });
    expect(observed.metrics).toEqual({ port: 9464, host: '0.0.0.0' });
    expect(observed.tracing).toEqual({ tracesEndpoint: 'http://collector:4318/v1/traces', serviceName: 'access-management-api' });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://x.example/traces' }).tracing.tracesEndpoint).toBe(
      'https://x.example/traces',
    );
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(
      'OTEL_EXPORTER_OTLP_ENDPOINT must be an http:// or https:// URL',
    );
  });
});
