import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

/** Where a working tree keeps its embedded database unless configured otherwise. */
export const EMBEDDED_POSTGRES_DEFAULTS = { dataDir: '.data/postgres', port: 54329 } as const;

export interface EmbeddedPostgresOptions {
  /** Cluster directory; initialised when it holds no cluster yet, reused otherwise. */
  dataDir: string;
  /** Preferred port (default 54329; 0 = any free one); another is chosen when it is taken. */
  port?: number;
}

export interface RunningPostgres {
  /** URL of the `postgres` database as superuser. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

// Local-only credentials of a throwaway/dev cluster listening on localhost.
const USER = 'postgres';
const PASSWORD = 'postgres';

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

interface EmbeddedPostgresServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresServer;

// embedded-postgres is an ES module (whose types our `node` module resolution cannot
// see). Node require()s ES modules natively, Jest's module registry does not: so it
// is loaded with Node's own require (reached past Jest's module shims), so this also
// works inside Jest workers.
//
// embedded-postgres also hooks SIGINT, SIGTERM and SIGHUP (through async-exit-hook) to stop
// its servers and exit at once, which would end the database under requests still in
// flight. Those hooks are removed: whoever starts a server stops it, after draining (see
// the API's graceful shutdown).
function loadEmbeddedPostgres(): EmbeddedPostgresClass {
  const nodeModule = process.getBuiltinModule('node:module');
  const nodeRequire = nodeModule.createRequire(__filename);
  const loaded = (nodeRequire('embedded-postgres') as { default: EmbeddedPostgresClass }).default;
  const exitHook = nodeModule.createRequire(nodeRequire.resolve('embedded-postgres'))('async-exit-hook') as {
    unhookEvent(event: string): void;
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK']) exitHook.unhookEvent(signal);
  return loaded;
}

/**
 * Runs `start` with child_process.spawn making the server the leader of a session of its
 * own (`detached`). A Ctrl-C at the terminal signals the whole foreground process group:
 * PostgreSQL would then stop at once, under the requests the API is still finishing. In
 * its own session it is signalled only by whoever started it, after draining.
 * embedded-postgres has no option for it; its ES-module import of spawn follows the
 * builtin's exports once syncBuiltinESMExports() has run.
 */
async function withDetachedSpawn<T>(start: () => Promise<T>): Promise<T> {
  const nodeModule = process.getBuiltinModule('node:module');
  const childProcess = process.getBuiltinModule('node:child_process');
  const original = childProcess.spawn;
  const detached = (command: string, args: readonly string[], options: SpawnOptions = {}) =>
    original(command, args, { ...options, detached: true });
  childProcess.spawn = detached as typeof original;
  nodeModule.syncBuiltinESMExports();
  try {
    return await start();
  } finally {
    childProcess.spawn = original;
    nodeModule.syncBuiltinESMExports();
  }
}

/** Starts a real PostgreSQL from the `embedded-postgres` binaries. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const preferred = options.port ?? EMBEDDED_POSTGRES_DEFAULTS.port;
  const port = preferred !== 0 && (await isPortFree(preferred)) ? preferred : await anyFreePort();
  // As root the server runs as a `postgres` user, which must be able to reach the
  // directory: add read and search rights for others, never take any away (the
  // parent may be a shared directory such as /tmp).
  const parent = path.dirname(dataDir);
  await mkdir(parent, { recursive: true });
  await chmod(parent, ((await stat(parent)).mode & 0o7777) | 0o055);
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    onLog: (message: string) => logs.push(message),
    onError: (message: unknown) => logs.push(String(message)),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  try {
    await withDetachedSpawn(() => server.start());
  } catch (error) {
    throw new Error(`embedded PostgreSQL did not start on port ${port}: ${logs.slice(-5).join(' ') || String(error)}`);
  }
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    // embedded-postgres would wait forever for the exit of a server that has already exited.
    stop: async () => {
      const child = (server as unknown as { process?: ChildProcess }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await server.stop();
    },
  };
}
