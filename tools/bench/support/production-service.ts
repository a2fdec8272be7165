/**
 * The service as an operator runs it, for benchmarks and the soak: the production build
 * (tools/build/build-api.mjs) started with plain node, APP_ENV=production, against its own
 * embedded PostgreSQL in a temporary directory, migrated and given a tenant by the build's
 * own commands.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { signDevelopmentToken } from '@access/auth';
import { startEmbeddedPostgres } from '@access/db';

export const ROOT = path.resolve(__dirname, '../../..');

/** Credentials of the service under test: made up for the run, never real. */
export const AUTH = {
  secret: 'bench-secret-bench-secret-bench-secret-0123',
  issuer: 'https://issuer.bench.example',
  audience: 'access-api',
} as const;
const CURSOR_SECRET = 'bench-cursor-secret-bench-cursor-secret-01';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export function residentKb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0);
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

export interface Tenant {
  tenantId: string;
  ownerId: string;
  ownerToken: string;
  integrationKey: string;
}

export interface Workbench {
  /** The build's folder (inside the workspace, so it resolves packages from its node_modules). */
  out: string;
  databaseUrl: string;
  /** The environment the service and its commands run with. */
  env: NodeJS.ProcessEnv;
  createTenant(name: string, ownerEmail: string): Promise<Tenant>;
  startApi(options?: { logLevel?: string; metricsPort?: number; nodeOptions?: string }): Promise<RunningProcess>;
  close(): Promise<void>;
}

export interface RunningProcess {
  baseUrl: string;
  child: ChildProcess;
  /** Lines the process wrote to stdout so far (its JSON log lines). */
  logLines(): number;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** Builds the API into dist/<name>-api, starts PostgreSQL in a temporary directory and migrates it. */
export async function openWorkbench(name: string): Promise<Workbench> {
  const dir = await mkdtemp(path.join(tmpdir(), `access-${name}-`));
  const out = path.join(ROOT, `dist/${name}-api`);
  await run(process.execPath, ['tools/build/build-api.mjs', '--out', path.relative(ROOT, out)]);
  const database = await startEmbeddedPostgres({ dataDir: path.join(dir, 'postgres'), port: 0 });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    APP_ENV: 'production',
    DATABASE_URL: database.url,
    AUTH_JWT_SECRET: AUTH.secret,
    AUTH_JWT_ISSUER: AUTH.issuer,
    AUTH_JWT_AUDIENCE: AUTH.audience,
    PAGINATION_CURSOR_SECRET: CURSOR_SECRET,
    ACCESS_PROVIDER: 'local',
  };
  execFileSync(process.execPath, [path.join(out, 'tools/prisma/migrate-deploy.mjs')], { cwd: out, env, stdio: 'inherit' });
  const children = new Set<ChildProcess>();
  // Whatever happens, no service outlives the run.
  process.once('exit', () => children.forEach((child) => child.kill('SIGKILL')));

  return {
    out,
    databaseUrl: database.url,
    env,
    async createTenant(tenantName, ownerEmail) {
      const printed = execFileSync(
        process.execPath,
        [path.join(out, 'apps/api/src/cli/create-tenant.js'), '--name', tenantName, '--owner-email', ownerEmail],
        { cwd: out, env },
      ).toString();
      const tenantId = /X-Tenant-ID\): (\S+)/.exec(printed)?.[1] ?? '';
      const ownerId = /owner user id:\s+(\S+)/.exec(printed)?.[1] ?? '';
      const integrationKey = /integration API key:\s+(\S+)/.exec(printed)?.[1] ?? '';
      if (!tenantId || !ownerId || !integrationKey) throw new Error(`tenant:create printed no tenant:\n${printed}`);
      const ownerToken = await signDevelopmentToken({
        ...AUTH,
        subject: ownerId,
        kind: 'user',
        tenantId,
        expiresInSec: 6 * 3_600,
      });
      return { tenantId, ownerId, ownerToken, integrationKey };
    },
    async startApi({ logLevel = 'info', metricsPort, nodeOptions } = {}) {
      const port = await freePort();
      const child = spawn(process.execPath, [path.join(out, 'apps/api/src/main.js')], {
        cwd: out,
        env: {
          ...env,
          HOST: '127.0.0.1',
          PORT: String(port),
          LOG_LEVEL: logLevel,
          ...(metricsPort === undefined ? {} : { METRICS_PORT: String(metricsPort) }),
          ...(nodeOptions === undefined ? {} : { NODE_OPTIONS: nodeOptions }),
        },
      });
      children.add(child);
      return watch(child, `http://127.0.0.1:${port}`, '/readyz', () => children.delete(child));
    },
    async close() {
      await database.stop();
      await rm(dir, { recursive: true, force: true });
      await rm(out, { recursive: true, force: true });
    },
  };
}

/** Waits until `readyPath` answers 200; counts stdout lines; relays stderr. */
export async function watch(child: ChildProcess, baseUrl: string, readyPath: string, onExit = () => {}): Promise<RunningProcess> {
  let lines = 0;
  child.stdout?.on('data', (chunk: Buffer) => {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
  });
  child.stderr?.pipe(process.stderr);
  child.once('exit', onExit);
  for (let waited = 0; ; waited += 100) {
    if (waited > 60_000 || child.exitCode !== null) throw new Error(`${baseUrl} did not start`);
    if ((await fetch(`${baseUrl}${readyPath}`).catch(() => undefined))?.status === 200) break;
    await sleep(100);
  }
  return {
    baseUrl,
    child,
    logLines: () => lines,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}
