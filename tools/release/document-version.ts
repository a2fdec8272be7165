import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SOURCE_DOCUMENT, WORKSPACE_ROOT } from '../contract/render';

const INFO_VERSION = /^(info:\n(?:[ \t].*\n)*? {2}version: ).*$/m;

/** Sets info.version of the hand-written document (its source YAML, keeping its layout). */
export async function setDocumentVersion(version: string): Promise<void> {
  const file = path.join(WORKSPACE_ROOT, SOURCE_DOCUMENT);
  const source = await readFile(file, 'utf8');
  if (!INFO_VERSION.test(source)) throw new Error(`${SOURCE_DOCUMENT} has no info.version to set`);
  await writeFile(file, source.replace(INFO_VERSION, `$1${version}`), 'utf8');
}
