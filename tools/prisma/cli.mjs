#!/usr/bin/env node
// Runs the installed Prisma CLI with our offline schema engine (./schema-engine), so no
// command ever tries to download Prisma's native engine binary. Usage: node tools/prisma/cli.mjs <prisma args…>
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { URL, fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const prismaCli = require.resolve('prisma/build/index.js');
const engine = fileURLToPath(new URL('./schema-engine', import.meta.url));

export function prismaEnv(baseEnv = process.env) {
  return {
    ...baseEnv,
    PRISMA_SCHEMA_ENGINE_BINARY: engine,
    // No update check or telemetry: this machine only reaches the npm registry.
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  };
}

export function runPrisma(args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, ...args], { stdio: 'inherit', env: prismaEnv(env) });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await runPrisma(process.argv.slice(2));
}
