// Prints the workspace's closing test line from the counts results-reporter.cjs kept:
// "tests: N passed, N failed, N skipped". Run with `clear` first to forget an earlier run.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tmp/test-results');

if (process.argv[2] === 'clear') {
  rmSync(dir, { recursive: true, force: true });
} else {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const file of existsSync(dir) ? readdirSync(dir) : []) {
    const counts = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    for (const key of Object.keys(total)) total[key] += counts[key];
  }
  console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  if (total.passed === 0 || total.failed > 0) process.exitCode = 1;
}
