import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { cleanEnv, npm, packClient, typescriptVersion, WORKSPACE_ROOT, type PackedClient } from '../support/packed-client';
import { startTestApp, type RunningApp, type TestTenant } from '../support/start-test-app';

const run = promisify(execFile);
const CONSUMER = path.join(WORKSPACE_ROOT, 'libs/client/test/consumer');

interface ConsumerReport {
  created: string[];
  walked: string[];
  pages: number;
  refusal: { code: string; errorCode: string; status: number; pointer?: string };
  retried: { sameUser: boolean; replayed: string | null };
  conditional: { etag: string; updated: number; newEtag?: string; stale?: string };
}

/**
 * @access/client as another app gets it: built and packed, installed from the tarball into a
 * folder outside the workspace that has nothing but TypeScript, typechecked as ESM and as
 * CommonJS, and run against the real API.
 */
describe('the packed @access/client in an outside app', () => {
  let packed: PackedClient;
  let app: string;
  let running: RunningApp;
  let tenant: TestTenant;

  beforeAll(async () => {
    [packed, app, running] = await Promise.all([packClient(), mkdtemp(path.join(tmpdir(), 'access-client-consumer-')), startTestApp()]);
    tenant = await running.createTenant();
    await writeFile(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    await npm(['install', '--no-audit', '--no-fund', '--ignore-scripts', `typescript@${await typescriptVersion()}`, packed.tarball], app);
    await copyFile(path.join(CONSUMER, 'tsconfig.json'), path.join(app, 'tsconfig.json'));
    const source = await readFile(path.join(CONSUMER, 'consumer.source.ts'), 'utf8');
    await writeFile(path.join(app, 'consumer.mts'), source);
    await writeFile(path.join(app, 'consumer.cts'), source);
  }, 240_000);

  afterAll(async () => {
    await Promise.all([running?.close(), packed?.remove(), app && rm(app, { recursive: true, force: true })]);
  });

  it('installs only the client and its one dependency, and ships no document', async () => {
    const manifest = JSON.parse(await readFile(path.join(app, 'node_modules/@access/client/package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      sideEffects: boolean;
    };
    expect(Object.keys(manifest.dependencies)).toEqual(['openapi-fetch']);
    expect(manifest.sideEffects).toBe(false);
    for (const file of ['index.mjs', 'index.js']) {
      const code = await readFile(path.join(app, 'node_modules/@access/client/dist', file), 'utf8');
      expect(code.length).toBeLessThan(10_000);
      expect(code).not.toMatch(/"openapi":|@access\/contract/);
    }
  });

  it('typechecks as ESM and as CommonJS with nothing but TypeScript', async () => {
    const tsc = path.join(app, 'node_modules/typescript/bin/tsc');
    // noEmitOnError: the runs below find nothing to run unless this compiles cleanly.
    const compiled = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: app, env: cleanEnv() }).catch(
      (error: { stdout?: string }) => ({ stdout: `tsc failed:\n${error.stdout ?? String(error)}` }),
    );
    expect(compiled.stdout).toBe('');
  }, 60_000);

  it('compiles the two consumers to an ES module and a CommonJS module', async () => {
    expect(await readFile(path.join(app, 'out/consumer.mjs'), 'utf8')).toMatch(/^import \{[^}]+\} from '@access\/client';$/m);
    expect(await readFile(path.join(app, 'out/consumer.cjs'), 'utf8')).toContain('require("@access/client")');
  });

  it.each([
    ['ESM', 'consumer.mjs'],
    ['CommonJS', 'consumer.cjs'],
  ])(
    'runs as %s: creates users, walks every page, narrows a typed error by its code',
    async (_format, file) => {
      const tag = file.replace('.', '-');
      const { stdout } = await run(
        process.execPath,
        [path.join(app, 'out', file), running.baseUrl, tenant.ownerToken, tenant.tenantId, tag],
        {
          cwd: app,
          env: cleanEnv(),
        },
      );
      const report = JSON.parse(stdout) as ConsumerReport;

      expect(report.created).toEqual([1, 2, 3].map((n) => `consumer-${tag}-${n}@example.com`));
      expect(report.walked).toEqual(expect.arrayContaining(report.created));
      expect(new Set(report.walked).size).toBe(report.walked.length);
      expect(report.walked.length).toBeGreaterThanOrEqual(4); // the owner and the three created
      expect(report.pages).toBe(Math.ceil(report.walked.length / 2));
      expect(report.refusal).toEqual({ code: 'user_exists', errorCode: '40920001', status: 409, pointer: '/email' });
      expect(report.retried).toEqual({ sameUser: true, replayed: 'true' });
      expect(report.conditional).toEqual({ etag: '"1"', updated: 200, newEtag: '"2"', stale: 'precondition_failed' });
    },
    60_000,
  );
});
