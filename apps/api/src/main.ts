import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { PrismaService } from '@access/db';
import { createApp } from './app/create-app';
import { openDatabase } from './bootstrap/database-runtime';
import { withDevelopmentSecret } from './bootstrap/development-secret';
import { ConfigError, loadConfig, type AppConfig } from './config/config';
import { announceDemoTenant } from './tenants/demo-tenant';

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

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: shutting down`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ host: config.host, port: config.port });
  const baseUrl = (await app.getUrl()).replace('[::1]', 'localhost');
  logger.log(`Listening on ${baseUrl} (reference at ${baseUrl}/docs), using ${database.description}`);
  if (database.embedded && config.environment === 'development') {
    process.stdout.write(await announceDemoTenant(app.get(PrismaService).client, config, baseUrl));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
