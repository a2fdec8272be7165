import { currentRun, teardownRun } from './global-setup';

/** Jest globalTeardown: runs after every run, failed or not. */
export default async function globalTeardown(): Promise<void> {
  await teardownRun(currentRun());
}
