/**
 * `npm run contract:breaking`: fails when the working document breaks the last released one
 * without a new major version (see breaking-changes.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkCompatibility, type DocumentLike } from './breaking-changes';
import { BUNDLED_JSON, RELEASED_JSON, WORKSPACE_ROOT } from './render';

async function read(file: string): Promise<DocumentLike> {
  return JSON.parse(await readFile(path.join(WORKSPACE_ROOT, file), 'utf8')) as DocumentLike;
}

async function main(): Promise<void> {
  const result = checkCompatibility(await read(RELEASED_JSON), await read(BUNDLED_JSON));
  (result.ok ? console.log : console.error)(result.message);
  if (!result.ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error('contract:breaking failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
