#!/usr/bin/env node
// Production build of the API: compiles apps/api and the libraries it uses to CommonJS
// JavaScript (SWC, with the decorator metadata NestJS needs) into one folder that keeps the
// workspace's layout, so every path a module finds relative to itself (the bundled
// openapi.json, the Cedar policies, prisma/migrations, tools/prisma) holds as it does in the
// sources. The @access/* aliases become relative requires. It writes a package.json whose
// dependencies are exactly the packages the output requires, at the versions pinned in the
// root package.json, and the root lock file, so `npm install --omit=dev` there installs
// production dependencies only. Run with plain node:
//
//   node apps/api/src/main.js                      the service
//   node tools/prisma/migrate-deploy.mjs           the migrations (npm run migrate)
//
// Usage: node tools/build/build-api.mjs [--out dist/api]
import { builtinModules, createRequire } from 'node:module';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const swc = require('@swc/core');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outArg = process.argv.indexOf('--out');
const OUT = path.resolve(ROOT, outArg > 0 ? process.argv[outArg + 1] : 'dist/api');

// What is compiled: the app and the libraries it imports (libs/client is for other apps).
const SOURCES = ['apps/api/src', 'libs/auth/src', 'libs/contract/src', 'libs/db/src', 'libs/errors/src'];
// Test helpers (@access/db/testing) never ship.
const EXCLUDED = ['libs/db/src/testing'];
// What is copied as it is: data read at run time, the migrations and what applies them
// (the schema engine without the Prisma CLI, which stays a development tool).
const ASSETS = [
  'libs/auth/policies',
  'libs/contract/src/generated/openapi.json',
  'prisma/schema.prisma',
  'prisma/migrations',
  'tools/prisma/migrate-deploy.mjs',
  'tools/prisma/engine',
];

const tsconfig = JSON.parse(await readFile(path.join(ROOT, 'tsconfig.base.json'), 'utf8'));
const aliases = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [alias, target.replace(/\.ts$/, '.js')]),
);

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

const isTest = (file) => /\.(spec|test)\.ts$/.test(file);
const isExcluded = (file) => EXCLUDED.some((dir) => path.relative(ROOT, file).startsWith(`${dir}/`));

async function compile(file) {
  const relative = path.relative(ROOT, file);
  const { code } = await swc.transformFile(file, {
    swcrc: false,
    sourceMaps: false,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  });
  const target = path.join(OUT, relative.replace(/\.ts$/, '.js'));
  // @access/x (or @access/x/sub) → the relative path of what tsconfig maps it to, from this file.
  const rewritten = code.replace(/require\("(@access\/[a-z-]+(?:\/[a-z-]+)*)"\)/g, (whole, alias) => {
    const aliased = aliases[alias];
    if (!aliased) throw new Error(`${relative}: unknown alias ${alias}`);
    let to = path.relative(path.dirname(path.join(ROOT, relative)), path.join(ROOT, aliased));
    if (!to.startsWith('.')) to = `./${to}`;
    return `require(${JSON.stringify(to)})`;
  });
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, rewritten);
  return rewritten;
}

const BUILTINS = new Set(builtinModules);
const SPECIFIER = /(?:\brequire(?:\.resolve)?|\bimport(?:\.meta\.resolve)?)\(\s*["']([^"'./][^"']*)["']|\bfrom\s+["']([^"'./][^"']*)["']/g;

function packagesRequiredBy(code) {
  const names = new Set();
  for (const match of code.matchAll(SPECIFIER)) {
    const specifier = match[1] ?? match[2];
    if (specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0])) continue;
    const parts = specifier.split('/');
    names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
  }
  return names;
}

const started = Date.now();
await rm(OUT, { recursive: true, force: true });
const required = new Set();
let compiled = 0;
for (const source of SOURCES) {
  for await (const file of walk(path.join(ROOT, source))) {
    if (!file.endsWith('.ts') || isTest(file) || file.endsWith('.d.ts') || isExcluded(file)) continue;
    for (const name of packagesRequiredBy(await compile(file))) required.add(name);
    compiled++;
  }
}
for (const asset of ASSETS) {
  await cp(path.join(ROOT, asset), path.join(OUT, asset), { recursive: true });
}
for await (const file of walk(path.join(OUT, 'tools/prisma'))) {
  for (const name of packagesRequiredBy(await readFile(file, 'utf8'))) required.add(name);
}

const root = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
// Peer dependencies a required package loads at run time (@nestjs/swagger serves its UI
// through @fastify/static, nestjs-pino logs through pino-http) are the app's to install.
for (const name of [...required]) {
  const manifest = JSON.parse(await readFile(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
  for (const peer of Object.keys(manifest.peerDependencies ?? {})) if (root.dependencies[peer]) required.add(peer);
}
const pinned = { ...root.devDependencies, ...root.dependencies };
const missing = [...required].filter((name) => !pinned[name]);
if (missing.length) throw new Error(`required by the build but not in package.json: ${missing.join(', ')}`);
const dependencies = Object.fromEntries([...required].sort().map((name) => [name, pinned[name]]));

const manifest = {
  name: `${root.name}-api`,
  version: root.version,
  private: true,
  license: root.license,
  description: 'Production build of the access-management API (tools/build/build-api.mjs).',
  engines: root.engines,
  scripts: {
    start: 'node apps/api/src/main.js',
    migrate: 'node tools/prisma/migrate-deploy.mjs',
    'tenant:create': 'node apps/api/src/cli/create-tenant.js',
    'api-key': 'node apps/api/src/cli/api-keys.js',
  },
  dependencies,
};
await writeFile(path.join(OUT, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
await cp(path.join(ROOT, 'package-lock.json'), path.join(OUT, 'package-lock.json'));
await cp(path.join(ROOT, '.npmrc'), path.join(OUT, '.npmrc'));
console.log(
  `built ${compiled} modules into ${path.relative(ROOT, OUT) || OUT} in ${Date.now() - started} ms; ${Object.keys(dependencies).length} production dependencies`,
);
