import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isProcessAlive, readPidFile } from '@access/db';

const ROOT = path.resolve(__dirname, '../../../..');

interface Started {
  child: ChildProcessWithoutNullStreams;
  /** stdout and stderr together, as a terminal shows them. */
  output: () => string;
  stdout: () => string;
}

/** Starts the service exactly as `npm start` does, on its own embedded database and a free port. */
function startService(dataDir: string): Promise<Started> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'],
      APP_ENV: 'development',
      PORT: '0',
      EMBEDDED_POSTGRES_DIR: path.join(dataDir, 'postgres'),
      EMBEDDED_POSTGRES_PORT: String(20000 + Math.floor(Math.random() * 20000)),
      AUTH_DEV_SECRET_FILE: path.join(dataDir, 'dev-jwt-secret'),
    },
    // A process group of its own, as a terminal gives `npm start`, so Ctrl-C can be sent to the whole group.
    detached: true,
  });
  let output = '';
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (/Provider users with a development service token/.test(output)) {
        clearInterval(timer);
        resolve({ child, output: () => output, stdout: () => stdout });
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`the service exited with ${code}:\n${output}`));
    });
  });
}

function exited(started: Started): Promise<number | null> {
  return new Promise((resolve) => {
    started.child.removeAllListeners('exit');
    started.child.once('exit', (code) => resolve(code));
  });
}

/** Ctrl-C at the terminal: SIGINT to every process of the foreground group. */
function stopService(started: Started): Promise<number | null> {
  return new Promise((resolve) => {
    started.child.removeAllListeners('exit');
    started.child.once('exit', (code) => resolve(code));
    process.kill(-(started.child.pid ?? 0), 'SIGINT');
  });
}

/** Runs a printed `curl -s [-X M] URL -H 'K: V' … [-d '…']` line with fetch, as a newcomer pasting it would. */
async function runCurl(line: string): Promise<Response> {
  const url = /curl -s (?:-X (\w+) )?(\S+)/.exec(line);
  if (!url) throw new Error(`not a curl line: ${line}`);
  const headers = Object.fromEntries([...line.matchAll(/-H '([^:]+): ([^']*)'/g)].map((m) => [m[1], m[2]]));
  const body = /-d '([^']*)'/.exec(line)?.[1];
  return fetch(url[2]!, { method: url[1] ?? 'GET', headers, body });
}

describe('npm start on a fresh machine', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'access-start-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts the embedded database, prints working requests, and keeps its data across a restart', async () => {
    const first = await startService(dataDir);
    let tenantLine: string;
    try {
      const lines = first.output().split('\n');
      tenantLine = lines.find((l) => l.includes('X-Tenant-ID '))!;
      const curls = lines.filter((l) => l.trim().startsWith('curl '));
      expect(curls).toHaveLength(3);
      const [users, providers, provider] = (await Promise.all(curls.map(runCurl))) as [Response, Response, Response];
      expect(users.status).toBe(200);
      expect(providers.status).toBe(200);
      expect(provider.status).toBe(201);

      // Credentials go to the terminal once, never into the structured logs.
      const secrets = curls.flatMap((l) => [...l.matchAll(/(?:Bearer |X-API-Key: )([^' ]+)/g)].map((m) => m[1]));
      const logLines = first
        .output()
        .split('\n')
        .filter((l) => l.startsWith('{'));
      expect(logLines.length).toBeGreaterThan(0);
      for (const secret of secrets) expect(logLines.join('\n')).not.toContain(secret);

      // stdout is for log collectors: every line of it is a JSON object; the banner went to stderr.
      const stdoutLines = first
        .stdout()
        .split('\n')
        .filter((l) => l !== '');
      expect(stdoutLines.length).toBeGreaterThan(0);
      for (const line of stdoutLines) expect(() => JSON.parse(line) as unknown).not.toThrow();
      expect(first.stdout()).not.toContain('X-Tenant-ID ');
      // No deprecation warning from Fastify or anything else.
      expect(first.output()).not.toMatch(/FSTDEP|DeprecationWarning/);
    } finally {
      expect(await stopService(first)).toBe(0);
    }

    const second = await startService(dataDir);
    try {
      const again = second.output().split('\n');
      expect(again.find((l) => l.includes('X-Tenant-ID '))).toBe(tenantLine);
      // The API key is shown only on the first start; the owner token is signed anew.
      expect(again.filter((l) => l.includes('X-API-Key'))).toHaveLength(0);
      const users = await runCurl(again.find((l) => l.trim().startsWith('curl ') && l.includes('/v1/users'))!);
      expect(users.status).toBe(200);
      const body = (await users.json()) as { data: Array<{ email: string }> };
      expect(body.data.map((u) => u.email)).toContain('owner@demo.example.com');
    } finally {
      const postmaster = readPidFile(path.join(dataDir, 'postgres', 'postmaster.pid')) ?? 0;
      // Ctrl-C reaches the API, which drains and then stops its PostgreSQL: exit 0, nothing left running.
      expect(await stopService(second)).toBe(0);
      expect(isProcessAlive(postmaster)).toBe(false);
    }
  }, 120_000);

  it('after a hard kill, the next start joins the embedded PostgreSQL left running and stops it on exit', async () => {
    const killed = await startService(dataDir);
    const postmaster = readPidFile(path.join(dataDir, 'postgres', 'postmaster.pid')) ?? 0;
    const gone = exited(killed);
    killed.child.kill('SIGKILL');
    await gone;
    expect(isProcessAlive(postmaster)).toBe(true); // left running, as after a crash or kill -9 of npm start

    const next = await startService(dataDir);
    expect(next.output()).toContain(`joined an embedded PostgreSQL left running`);
    expect(next.output()).toContain(`(pid ${postmaster})`);
    const users = await runCurl(
      next
        .output()
        .split('\n')
        .find((l) => l.trim().startsWith('curl ') && l.includes('/v1/users'))!,
    );
    expect(users.status).toBe(200);
    expect(await stopService(next)).toBe(0);
    expect(isProcessAlive(postmaster)).toBe(false);
  }, 120_000);
});
