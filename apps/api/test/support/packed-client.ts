import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const WORKSPACE_ROOT = path.resolve(__dirname, '../../../..');
const CLIENT_ROOT = path.join(WORKSPACE_ROOT, 'libs/client');

/** npm run by a test must not inherit the settings of the `npm test` that started it. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  return { ...env, NO_UPDATE_NOTIFIER: '1', ...extra };
}

export async function npm(args: string[], cwd: string): Promise<string> {
  const { stdout } = await run('npm', args, { cwd, env: cleanEnv(), maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

export interface PackedClient {
  /** The .tgz `npm pack` made, as `nx run client:pack` makes it. */
  readonly tarball: string;
  /** The built package folder (package.json, dist/). */
  readonly packageDir: string;
  remove(): Promise<void>;
}

/**
 * Builds @access/client with its own tsup config and packs it with its own package.json,
 * in a staging folder (so parallel test files never share libs/client/dist).
 */
export async function packClient(): Promise<PackedClient> {
  await mkdir(path.join(WORKSPACE_ROOT, 'tmp'), { recursive: true });
  const staging = await mkdtemp(path.join(WORKSPACE_ROOT, 'tmp', 'client-pack-'));
  const relative = path.relative(WORKSPACE_ROOT, staging);
  const config = path.join(staging, 'tsup.config.ts');
  await writeFile(
    config,
    `import base from '${path.relative(staging, path.join(CLIENT_ROOT, 'tsup.config'))}';\n` +
      `export default { ...base, outDir: '${relative}/package/dist'};\n`,
  );
  await run(path.join(WORKSPACE_ROOT, 'node_modules/.bin/tsup'), ['--config', config], { cwd: WORKSPACE_ROOT, env: cleanEnv() });
  const packageDir = path.join(staging, 'package');
  for (const file of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE']) {
    await cp(path.join(CLIENT_ROOT, file), path.join(packageDir, file));
  }
  const [packed] = JSON.parse(await npm(['pack', '--json', '--pack-destination', staging], packageDir)) as Array<{ filename: string }>;
  if (!packed) throw new Error('npm pack made no tarball');
  return {
    tarball: path.join(staging, packed.filename),
    packageDir,
    remove: () => rm(staging, { recursive: true, force: true }),
  };
}

/** The exact TypeScript version of the workspace, for consumers that install only TypeScript. */
export async function typescriptVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(WORKSPACE_ROOT, 'node_modules/typescript/package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}
