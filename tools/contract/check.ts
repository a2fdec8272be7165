/**
 * Fails when the committed contract artefacts differ from what the document renders to,
 * naming each stale file. Usage: npx tsx tools/contract/check.ts
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { renderContract, WORKSPACE_ROOT } from './render';

async function committedContent(file: string): Promise<string | undefined> {
  try {
    return await readFile(path.join(WORKSPACE_ROOT, file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function main(): Promise<void> {
  const drifting: string[] = [];
  for (const { file, content } of await renderContract()) {
    const committed = await committedContent(file);
    if (committed === undefined) drifting.push(`${file} (missing)`);
    else if (committed !== content) drifting.push(file);
  }
  if (drifting.length > 0) {
    console.error('The generated contract is out of date with openapi/:');
    for (const file of drifting) console.error(`  - ${file}`);
    console.error('Run `npm run contract:generate` and commit the result.');
    process.exitCode = 1;
    return;
  }
  console.log('contract is up to date');
}

main().catch((error: unknown) => {
  console.error('contract:check failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
