import { existsSync, readFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const RUN_DIR_PREFIX = 'access-db-test-';
export const OWNER_FILE = 'owner.pid';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readPid(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * Removes the temp clusters of earlier runs whose Jest process is gone (killed before its
 * teardown), stopping their orphaned postmaster first so the port and disk come back.
 */
export async function removeStaleRuns(): Promise<void> {
  const tmp = os.tmpdir();
  for (const entry of await readdir(tmp)) {
    if (!entry.startsWith(RUN_DIR_PREFIX)) continue;
    const dir = path.join(tmp, entry);
    const owner = readPid(path.join(dir, OWNER_FILE));
    if (owner !== undefined && isAlive(owner)) continue;
    const postmaster = readPid(path.join(dir, 'data', 'postmaster.pid'));
    if (postmaster !== undefined && isAlive(postmaster)) {
      try {
        process.kill(postmaster, 'SIGQUIT');
      } catch {
        // already gone
      }
    }
    await rm(dir, { recursive: true, force: true });
  }
}
