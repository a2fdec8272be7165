// Runs WorkOS's own in-memory API emulator (the `workos` CLI package, ESM only) in its
// own process, so CommonJS test runners can drive it over real HTTP. It prints one
// JSON line — { "url": "http://127.0.0.1:<port>", "apiKey": "sk_test_…" } — once it
// listens, and stops when its parent closes stdin or sends SIGTERM/SIGINT.
import { createEmulator } from 'workos/emulate';

const port = Number(process.env.WORKOS_EMULATOR_PORT ?? '0');
const emulator = await createEmulator({ port });
process.stdout.write(`${JSON.stringify({ url: emulator.url, apiKey: emulator.apiKey })}\n`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await emulator.close();
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// A parent that dies without a signal still closes our stdin: never outlive it.
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
