import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { signDevelopmentToken } from '@access/auth';

export const WORKSPACE_ROOT = path.resolve(__dirname, '../../../..');

export interface ApiProcess {
  child: ChildProcessWithoutNullStreams;
  baseUrl: string;
  stdout(): string;
  stderr(): string;
  /** The stdout lines, each parsed as JSON (throws on a line that is not). */
  logLines(): Array<Record<string, unknown>>;
  /** Resolves with the exit code (null when ended by a signal). */
  exited: Promise<number | null>;
  /** Sends `signal` (SIGTERM by default) and waits for the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface ApiProcessOptions {
  /** The compiled main.js of a production build; default: the sources, as `npm start` runs them. */
  builtEntry?: string;
  cwd?: string;
}

/** Test credentials: the HS256 secret the process verifies tokens with, and a way to sign them. */
export function tokenSettings() {
  const secret = randomBytes(32).toString('base64url');
  const issuer = 'access-test';
  const audience = 'access-api-test';
  return {
    env: { AUTH_JWT_SECRET: secret, AUTH_JWT_ISSUER: issuer, AUTH_JWT_AUDIENCE: audience },
    userToken: (tenantId: string, userId: string) =>
      signDevelopmentToken({ secret, issuer, audience, subject: userId, kind: 'user', tenantId, expiresInSec: 600 }),
    serviceToken: (scopes: string[]) =>
      signDevelopmentToken({ secret, issuer, audience, subject: 'test-service', kind: 'service', scopes, expiresInSec: 600 }),
  };
}

/**
 * Starts the API as a process of its own (as it runs in production: its own PID, signals,
 * stdout), on a free port, and resolves once it listens. `env` is the whole environment
 * beyond PATH.
 */
export function startApiProcess(env: Record<string, string>, options: ApiProcessOptions = {}): Promise<ApiProcess> {
  const args = options.builtEntry ? [options.builtEntry] : ['-r', '@swc-node/register', 'apps/api/src/main.ts'];
  const child = spawn(process.execPath, args, {
    cwd: options.cwd ?? WORKSPACE_ROOT,
    env: { PATH: process.env['PATH'], HOST: '127.0.0.1', PORT: '0', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const logLines = () =>
    stdout
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const listening = stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { url?: string; msg?: string })
        .find((line) => line.msg?.startsWith('Listening on'));
      if (listening?.url) {
        clearInterval(timer);
        resolve({
          child,
          baseUrl: listening.url,
          stdout: () => stdout,
          stderr: () => stderr,
          logLines,
          exited,
          stop: (signal = 'SIGTERM') => {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            return exited;
          },
        });
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`the API exited with ${code} before listening:\n${stdout}\n${stderr}`));
    });
  });
}
