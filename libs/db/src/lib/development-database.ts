import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgresOptions, type RunningPostgres } from './embedded-postgres';

/** The port of the server another process runs on this data directory, if one is alive. */
function runningPort(dataDir: string): number | undefined {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch {
    return undefined; // a stale pid file of a server that is gone
  }
  return Number(port) || undefined;
}

/**
 * The embedded PostgreSQL of a working tree: joined when another process (such as
 * `npm start`) already runs it on this data directory, started otherwise. `stop`
 * stops only a server this call started.
 */
export async function useEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres & { started: boolean }> {
  const dataDir = path.resolve(options.dataDir);
  const port = runningPort(dataDir);
  if (port) {
    return { url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`, port, started: false, stop: async () => undefined };
  }
  return { ...(await startEmbeddedPostgres({ ...options, dataDir })), started: true };
}
