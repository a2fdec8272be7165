// Prisma CLI configuration. The connection comes from DATABASE_URL only; `generate` needs
// none, and the db:* scripts (tools/prisma/cli.mjs) supply the embedded dev database's URL
// when DATABASE_URL is unset.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: process.env['DATABASE_URL'] ? { url: process.env['DATABASE_URL'] } : undefined,
});
