/**
 * `npm run release:version -- <major|minor|patch|x.y.z> [--dry-run] [--first-release]`
 *
 * Cuts a version of @access/client and of the document with Nx's release tooling: `nx
 * release version` sets the package version, the document's info.version follows it (and
 * the contract is regenerated), then `nx release changelog` writes libs/client/CHANGELOG.md
 * from the conventional commits since the last release. Nothing is committed or tagged:
 * review, commit, then publish with `npm run release:publish`.
 */
import { releaseChangelog, releaseVersion } from 'nx/release';
import { writeContract } from '../contract/render';
import { setDocumentVersion } from './document-version';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const specifier = args.find((arg) => !arg.startsWith('--'));
  if (!specifier) throw new Error('Usage: npm run release:version -- <major|minor|patch|x.y.z> [--dry-run]');
  const dryRun = args.includes('--dry-run');
  const firstRelease = args.includes('--first-release');

  const { workspaceVersion, projectsVersionData } = await releaseVersion({ specifier, dryRun, firstRelease });
  const version = projectsVersionData['client']?.newVersion;
  if (!version) throw new Error('nx release version gave @access/client no new version');
  if (dryRun) {
    console.log(`[dry-run] the document's info.version would become ${version}`);
  } else {
    await setDocumentVersion(version);
    await writeContract();
    console.log(`info.version is now ${version}; the contract was regenerated`);
  }
  await releaseChangelog({ versionData: projectsVersionData, version: workspaceVersion, dryRun, firstRelease });
}

main().catch((error: unknown) => {
  console.error('release:version failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
