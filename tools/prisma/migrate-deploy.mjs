#!/usr/bin/env node
// Applies the committed migrations (prisma/migrations) to DATABASE_URL: what
// `prisma migrate deploy` does, through the same schema engine (@prisma/schema-engine-wasm,
// see ./engine), without the Prisma CLI. The production build ships this file, so a
// deployment applies its migrations from the artifact alone:
//
//   DATABASE_URL=postgresql://… node tools/prisma/migrate-deploy.mjs
//
// Exit 0 when the database is up to date, 1 otherwise (the reason on stderr). Applied and
// already-applied migrations are recorded in _prisma_migrations, as the CLI records them.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSchemaEngineWasm } from './engine/load-wasm.mjs';
import { createAdapterFactory } from './engine/pg-adapter.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCHEMA = path.join(ROOT, 'prisma/schema.prisma');
const MIGRATIONS = path.join(ROOT, 'prisma/migrations');
const LOCKFILE = 'migration_lock.toml';

async function readOrNull(file) {
  return readFile(file, 'utf8').catch(() => null);
}

/** The migrations folder as the engine reads it (MigrationList in schema_engine.d.ts). */
async function migrationsList() {
  const entries = await readdir(MIGRATIONS, { withFileTypes: true });
  const directories = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return {
    baseDir: MIGRATIONS,
    lockfile: { path: LOCKFILE, content: await readOrNull(path.join(MIGRATIONS, LOCKFILE)) },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      directories.map(async (name) => {
        const sql = await readOrNull(path.join(MIGRATIONS, name, 'migration.sql'));
        return {
          path: name,
          migrationFile: {
            path: 'migration.sql',
            content: sql === null ? { tag: 'error', value: 'missing migration.sql' } : { tag: 'ok', value: sql },
          },
        };
      }),
    ),
  };
}

export async function migrateDeploy(url) {
  const wasm = await loadSchemaEngineWasm();
  const logs = [];
  const engine = await wasm.SchemaEngine.new(
    { datamodels: [[SCHEMA, await readFile(SCHEMA, 'utf8')]] },
    (record) => logs.push(record),
    createAdapterFactory(url),
  );
  try {
    return await engine.applyMigrations({ migrationsList: await migrationsList(), filters: { externalTables: [], externalEnums: [] } });
  } finally {
    engine.free?.();
  }
}

/**
 * Installs (or upgrades) the job queue's own schema, `graphile_worker`, which graphile-worker
 * manages itself: audit events enqueue their webhook deliveries with `graphile_worker.add_job()`
 * inside the transaction of the change, so the function must exist before the first write.
 */
export async function installJobQueue(url) {
  const { Logger, runMigrations } = await import('graphile-worker');
  await runMigrations({ connectionString: url, logger: new Logger(() => () => {}) });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write('DATABASE_URL must name the database to migrate.\n');
    process.exit(64);
  }
  try {
    const { appliedMigrationNames } = await migrateDeploy(url);
    await installJobQueue(url);
    process.stdout.write(
      appliedMigrationNames.length
        ? `Applied ${appliedMigrationNames.length} migration(s): ${appliedMigrationNames.join(', ')}\n`
        : 'No pending migrations to apply.\n',
    );
    process.exit(0);
  } catch (error) {
    // The engine's message names the failing migration; the URL (and its password) is never printed.
    process.stderr.write(`migrate deploy failed: ${String(error?.message ?? error).replaceAll(url, '<DATABASE_URL>')}\n`);
    process.exit(1);
  }
}
