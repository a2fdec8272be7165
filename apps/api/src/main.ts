// First: tracing patches http, pg and undici as they load, so it starts before anything else.
import './platform/observability/tracing';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { PrismaService } from '@access/db';
import { createApp } from './app/create-app';
import { openDatabase } from './platform/database/database-runtime';
import { withDevelopmentSecret } from './platform/config/development-secret';
import { ConfigError, loadConfig, type AppConfig } from './platform/config/config';
import { shutDownGracefully } from './platform/lifecycle/graceful-shutdown';
import { startMetricsServer } from './platform/observability/metrics-server';
import { stopTracing } from './platform/observability/tracing';
import { announceDemoTenant } from './domains/tenants/demo-tenant';

function readConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG: the operator has something to fix
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const logger = new Logger('Bootstrap');
  const config = await withDevelopmentSecret(readConfigOrExit());
  const database = await openDatabase(config.database);
  const app = await createApp({ ...config, database: { ...config.database, url: database.url } });
  const metrics = config.metrics.port === undefined ? undefined : await startMetricsServer(app, config.metrics);

  // A stray rejection is a bug to log, not a reason to drop every request in flight.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(
      { signal, timeoutMs: config.shutdownTimeoutMs },
      'shutting down: not ready, no new connections, finishing requests in flight',
    );
    shutDownGracefully(app, {
      timeoutMs: config.shutdownTimeoutMs,
      log: { log: (fields, message) => logger.log(fields, message), warn: (fields, message) => logger.warn(fields, message) },
      afterClose: async () => {
        await metrics?.close();
        await database.stop();
        await stopTracing();
      },
    }).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  await app.listen({ host: config.host, port: config.port });
  const baseUrl = (await app.getUrl()).replace('[::1]', 'localhost');
  logger.log(
    { url: baseUrl, metricsUrl: metrics?.url, database: database.description },
    `Listening on ${baseUrl} (reference at ${baseUrl}/docs), using ${database.description}`,
  );
  if (database.embedded && config.environment === 'development') {
    // For the person at the terminal, not for log collectors: stdout carries only JSON log lines.
    process.stderr.write(await announceDemoTenant(app.get(PrismaService).client, config, baseUrl));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
