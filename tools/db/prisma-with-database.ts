/**
 * Runs the Prisma CLI (through the offline schema engine) against DATABASE_URL or,
 * when that is unset, the working tree's embedded PostgreSQL — joined if `npm start`
 * runs it, started for the command otherwise. Used by the db:* npm scripts.
 */
import { EMBEDDED_POSTGRES_DEFAULTS, runPrismaCli, useEmbeddedPostgres } from '@access/db';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const configured = process.env['DATABASE_URL'];
  const server = configured
    ? undefined
    : await useEmbeddedPostgres({
        dataDir: process.env['EMBEDDED_POSTGRES_DIR'] ?? EMBEDDED_POSTGRES_DEFAULTS.dataDir,
        port: Number(process.env['EMBEDDED_POSTGRES_PORT'] ?? EMBEDDED_POSTGRES_DEFAULTS.port),
      });
  try {
    const { code, output } = await runPrismaCli(args, configured ?? (server as { url: string }).url);
    process.stdout.write(output);
    return code;
  } finally {
    await server?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
