import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isProcessAlive, readPidFile } from '@access/db';

const ROOT = path.resolve(__dirname, '../../../..');

interface Started {
  child: ChildProcessWithoutNullStreams;
  /** stdout and stderr together, as a terminal shows them. */
  output: () => string;
  stdout: () => string;
  /** The environment it runs with, for commands that join it (npm run dev:token). */
  env: NodeJS.ProcessEnv;
}

/** Starts the service exactly as `npm start` does, on its own embedded database and a free port. */
function startService(dataDir: string): Promise<Started> {
  const env = {
    PATH: process.env['PATH'],
    APP_ENV: 'development',
    PORT: '0',
    EMBEDDED_POSTGRES_DIR: path.join(dataDir, 'postgres'),
    EMBEDDED_POSTGRES_PORT: String(20000 + Math.floor(Math.random() * 20000)),
    AUTH_DEV_SECRET_FILE: path.join(dataDir, 'dev-jwt-secret'),
  };
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env,
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
      if (/Provider users with the same token/.test(output)) {
        clearInterval(timer);
        resolve({ child, output: () => output, stdout: () => stdout, env });
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

/** The README's onboarding walk-through, run with bash exactly as written between its markers. */
async function runReadmeOnboarding(started: Started, api: string, serviceToken: string): Promise<string> {
  const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
  const block = /<!-- onboarding:start[^>]*-->\n```sh\n([\s\S]*?)```\n<!-- onboarding:end -->/.exec(readme)?.[1];
  if (!block) throw new Error('the README has no onboarding walk-through between its markers');
  return new Promise((resolve, reject) => {
    const env = { ...started.env, API: api, SERVICE_TOKEN: serviceToken };
    execFile('bash', ['-e', '-o', 'pipefail', '-c', block], { cwd: ROOT, env, timeout: 60_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stdout}\n${stderr}`)) : resolve(stdout),
    );
  });
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
      expect(curls).toHaveLength(4);
      const [users, providers, tenants, provider] = (await Promise.all(curls.map(runCurl))) as [Response, Response, Response, Response];
      expect(users.status).toBe(200);
      expect(providers.status).toBe(200);
      expect(tenants.status).toBe(200);
      expect(((await tenants.json()) as { data: Array<{ name: string }> }).data.map((t) => t.name)).toEqual(['Demo']);
      expect(provider.status).toBe(201);

      // The README's onboarding walk-through works as written with the printed operator token alone.
      const operatorLine = curls[2]!;
      const api = /curl -s (\S+)\/v1\/tenants/.exec(operatorLine)![1]!;
      const operatorToken = /Bearer ([^']+)/.exec(operatorLine)![1]!;
      const walked = await runReadmeOnboarding(first, api, operatorToken);
      expect(walked).toContain('link: 201\n');
      expect(walked).toContain('revoke: 204\n');
      expect(walked).toContain('after revoking: 401\n');
      expect(walked).toMatch(/"prefix":"ak_i_[a-z2-7]{12}","name":"Okta sync"/);

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
