import { readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isProcessAlive, readPidFile } from '../lib/processes';

export const RUN_DIR_PREFIX = 'access-db-test-';
export const OWNER_FILE = 'owner.pid';

/**
 * Removes the temp clusters of earlier runs whose Jest process is gone (killed before its
 * teardown), stopping their orphaned postmaster first so the port and disk come back.
 */
export async function removeStaleRuns(): Promise<void> {
  const tmp = os.tmpdir();
  for (const entry of await readdir(tmp)) {
    if (!entry.startsWith(RUN_DIR_PREFIX)) continue;
    const dir = path.join(tmp, entry);
    const owner = readPidFile(path.join(dir, OWNER_FILE));
    if (owner !== undefined && isProcessAlive(owner)) continue;
    const postmaster = readPidFile(path.join(dir, 'data', 'postmaster.pid'));
    if (postmaster !== undefined && isProcessAlive(postmaster)) {
      try {
        process.kill(postmaster, 'SIGQUIT');
      } catch {
        // already gone
      }
    }
    await rm(dir, { recursive: true, force: true });
  }
}
