/**
 * `npm run release:publish [-- --dry-run] [-- --registry <url>]`
 *
 * Publishes @access/client (built first) with `nx release publish`, then keeps the document
 * of this release as openapi/released/openapi.json: the baseline of the breaking-change gate
 * (npm run contract:breaking). Commit that file with the release.
 */
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { releasePublish } from 'nx/release';
import { BUNDLED_JSON, RELEASED_JSON, WORKSPACE_ROOT } from '../contract/render';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const registryAt = args.indexOf('--registry');
  const registry = registryAt >= 0 ? args[registryAt + 1] : undefined;

  const results = await releasePublish({ dryRun, registry });
  const failed = Object.entries(results).filter(([, result]) => result.code !== 0);
  if (failed.length > 0) throw new Error(`publishing failed for ${failed.map(([project]) => project).join(', ')}`);
  if (dryRun) {
    console.log(`[dry-run] ${BUNDLED_JSON} would be kept as ${RELEASED_JSON}`);
    return;
  }
  await copyFile(path.join(WORKSPACE_ROOT, BUNDLED_JSON), path.join(WORKSPACE_ROOT, RELEASED_JSON));
  console.log(`kept the released document as ${RELEASED_JSON}`);
}

main().catch((error: unknown) => {
  console.error('release:publish failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
