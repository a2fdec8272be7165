import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../src/app/create-app';
import { loadConfig, type AppConfig } from '../../src/config/config';

export interface RunningApp {
  app: NestFastifyApplication;
  baseUrl: string;
  close(): Promise<void>;
}

/** Starts the real application on a free loopback port, as `npm start` would, quietly. */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<RunningApp> {
  const config = { ...loadConfig({ APP_ENV: 'test', LOG_LEVEL: 'silent' }), port: 0, ...overrides };
  const app = await createApp(config);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  return { app, baseUrl: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}
