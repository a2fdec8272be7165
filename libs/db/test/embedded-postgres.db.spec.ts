import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SESSION = path.join(__dirname, 'support/embedded-session.ts');

async function session(dataDir: string, port: number, sql: string): Promise<{ port: number; rows: unknown[] }> {
  const { stdout } = await run(process.execPath, ['-r', '@swc-node/register', SESSION, dataDir, String(port), sql], {
    cwd: path.resolve(__dirname, '../../..'),
  });
  return JSON.parse(stdout);
}

describe('startEmbeddedPostgres', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'access-db-embedded-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps its data across a stop and a later start', async () => {
    const dataDir = path.join(dir, 'cluster');
    await session(dataDir, 0, "CREATE TABLE kept AS SELECT 'survives' AS value");
    const later = await session(dataDir, 0, 'SELECT value FROM kept');
    expect(later.rows).toEqual([{ value: 'survives' }]);
  }, 60_000);

  it('picks another port when the preferred one is taken', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as { port: number }).port;
    try {
      const result = await session(path.join(dir, 'other'), taken, 'SELECT 1 AS one');
      expect(result.port).not.toBe(taken);
      expect(result.rows).toEqual([{ one: 1 }]);
    } finally {
      blocker.close();
    }
  }, 60_000);
});
