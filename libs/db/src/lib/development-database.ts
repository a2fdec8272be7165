import { existsSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isProcessAlive, readPidFile } from './processes';
import { startEmbeddedPostgres, type EmbeddedPostgresOptions, type RunningPostgres } from './embedded-postgres';

/** The server another process runs on this data directory, if one is alive. */
function runningServer(dataDir: string): { pid: number; port: number } | undefined {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
  if (!isProcessAlive(Number(pid))) return undefined; // a stale pid file of a server that is gone
  return Number(port) ? { pid: Number(pid), port: Number(port) } : undefined;
}

/** Stops a server this process did not start (SIGINT: fast shutdown), waiting until it is gone. */
async function stopServer(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  for (let waited = 0; isProcessAlive(pid) && waited < 30_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * How this process came to use the embedded PostgreSQL:
 * - `started`: it started the server, and stops it when it stops;
 * - `joined`: another live process (such as `npm start`) runs it, and keeps it running;
 * - `adopted`: it was left running by a process that is gone (killed hard); this process
 *   takes it over and stops it when it stops.
 */
export type EmbeddedUse = 'started' | 'joined' | 'adopted';

/**
 * The embedded PostgreSQL of a working tree: joined when another process (such as
 * `npm start`) already runs it on this data directory, started otherwise. The process
 * that runs it is recorded beside the data directory (`<dataDir>.owner`), so a server left
 * running by a process that was killed hard is recognised and adopted. `stop` stops only a
 * server this process started or adopted.
 */
export async function useEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres & { started: boolean; use: EmbeddedUse; serverPid?: number }> {
  const dataDir = path.resolve(options.dataDir);
  const ownerFile = `${dataDir}.owner`;
  const running = runningServer(dataDir);
  if (running) {
    const url = `postgresql://postgres:postgres@127.0.0.1:${running.port}/postgres`;
    const owner = readPidFile(ownerFile);
    if (owner !== undefined && owner !== process.pid && isProcessAlive(owner)) {
      return { url, port: running.port, started: false, use: 'joined', serverPid: running.pid, stop: async () => undefined };
    }
    await writeFile(ownerFile, `${process.pid}\n`);
    const stop = async () => {
      await stopServer(running.pid);
      await rm(ownerFile, { force: true });
    };
    return { url, port: running.port, started: false, use: 'adopted', serverPid: running.pid, stop };
  }
  const server = await startEmbeddedPostgres({ ...options, dataDir });
  await writeFile(ownerFile, `${process.pid}\n`);
  const stop = async () => {
    await server.stop();
    await rm(ownerFile, { force: true });
  };
  return { ...server, started: true, use: 'started', stop };
}
