import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface RunningEmulator {
  /** e.g. http://localhost:41234 */
  url: string;
  port: number;
  apiKey: string;
  close(): Promise<void>;
}

const SCRIPT = path.resolve(__dirname, '../../../../../../tools/workos-emulator/start.mjs');

/**
 * WorkOS's own emulator (the `workos` package, ESM only) in a child process, which
 * Jest's CommonJS runtime could not load in-process. It is ready once it prints its URL.
 */
export async function startWorkOSEmulator(): Promise<RunningEmulator> {
  const child = spawn(process.execPath, [SCRIPT], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(() => reject(new Error('the WorkOS emulator did not start within 20 s')), 20_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      lines.close();
      resolve(line);
    });
    child.once('exit', (code) => reject(new Error(`the WorkOS emulator exited with ${code}`)));
  });
  const { url, apiKey } = JSON.parse(firstLine) as { url: string; apiKey: string };
  return {
    url,
    port: Number(new URL(url).port),
    apiKey,
    async close() {
      child.stdin.end();
      child.kill('SIGTERM');
      await exited;
    },
  };
}
