import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app/create-app';
import { ConfigError, loadConfig, type AppConfig } from './config/config';

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
  const config = readConfigOrExit();
  const app = await createApp(config);
  await app.listen({ host: config.host, port: config.port });
  new Logger('Bootstrap').log(`Listening on ${await app.getUrl()} (reference at /docs)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
