import { spawn } from 'node:child_process';
import path from 'node:path';

const WORKSPACE_ROOT = path.resolve(__dirname, '../../../..');
const PRISMA_CLI = path.join(WORKSPACE_ROOT, 'tools/prisma/cli.mjs');
const MIGRATE_DEPLOY = path.join(WORKSPACE_ROOT, 'tools/prisma/migrate-deploy.mjs');

/** Runs the Prisma CLI (through the offline schema engine) against `url`. */
export function runPrismaCli(args: string[], url: string): Promise<{ code: number; output: string }> {
  return runNode([PRISMA_CLI, ...args], url);
}

function runNode(args: string[], url: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, DATABASE_URL: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * Applies pending migrations from prisma/migrations, as `prisma migrate deploy` does, with
 * tools/prisma/migrate-deploy.mjs: the one way they are applied, in development, in tests
 * and from the production build.
 */
export async function deployMigrations(url: string): Promise<void> {
  const { code, output } = await runNode([MIGRATE_DEPLOY], url);
  if (code !== 0) throw new Error(`prisma migrate deploy failed (exit ${code}):\n${output.replaceAll(url, '<DATABASE_URL>')}`);
}
