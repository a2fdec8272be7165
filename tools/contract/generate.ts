/**
 * Writes the bundled contract and everything generated from it (see render.ts).
 * Usage: npx tsx tools/contract/generate.ts
 */
import { writeContract } from './render';

writeContract()
  .then((files) => {
    for (const file of files) console.log(`wrote ${file}`);
  })
  .catch((error: unknown) => {
    console.error('contract:generate failed:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
