import path from 'node:path';
import { deployMigrations, useEmbeddedPostgres } from '@access/db';
import type { DatabaseConfig } from '../config/config';

export interface DatabaseRuntime {
  url: string;
  /** True when this process uses the embedded PostgreSQL under the working tree. */
  embedded: boolean;
  /** One line for the start-up log. */
  description: string;
  stop(): Promise<void>;
}

/**
 * With DATABASE_URL: that server, migrated by whoever deploys it. Without: the
 * embedded PostgreSQL under the working tree, started here (or joined, when another
 * process runs it) and brought up to the committed migrations.
 */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseRuntime> {
  if (config.url) return { url: config.url, embedded: false, description: 'PostgreSQL from DATABASE_URL', stop: async () => undefined };

  const started = Date.now();
  const server = await useEmbeddedPostgres({ dataDir: config.embeddedDataDir, port: config.embeddedPort });
  try {
    await deployMigrations(server.url);
  } catch (error) {
    await server.stop();
    throw error;
  }
  const where = path.relative(process.cwd(), path.resolve(config.embeddedDataDir));
  const how = {
    started: `embedded PostgreSQL on port ${server.port}`,
    joined: `the embedded PostgreSQL on port ${server.port} that another running process owns`,
    adopted: `joined an embedded PostgreSQL left running on port ${server.port} (pid ${server.serverPid}) by a start that was killed; it stops with this process`,
  }[server.use];
  return {
    url: server.url,
    embedded: true,
    description: `${how} (data in ${where}, ready in ${Date.now() - started} ms)`,
    stop: () => server.stop(),
  };
}
