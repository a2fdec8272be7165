/**
 * Writes the bundled contract and its generated types (see render.ts).
 * Usage: npx tsx tools/contract/generate.ts
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderContract, WORKSPACE_ROOT } from './render';

async function main(): Promise<void> {
  for (const { file, content } of await renderContract()) {
    const target = path.join(WORKSPACE_ROOT, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content, 'utf8');
    console.log(`wrote ${file}`);
  }
}

main().catch((error: unknown) => {
  console.error('contract:generate failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
