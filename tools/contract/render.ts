/**
 * Renders the committed contract artefacts from the hand-written document, in memory: the
 * bundled OpenAPI JSON (with each operation's error responses composed and the error
 * reference written), the openapi-typescript types, the contract's constants and the error
 * catalogue of @access/errors. generate.ts writes them; check.ts compares them with what is
 * committed.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { readCatalogue } from './error-catalogue';
import { addErrorReference } from './error-reference';
import { composeErrorResponses } from './error-responses';
import { renderContractConstants, renderErrorCatalogue } from './render-sources';

const run = promisify(execFile);

export const WORKSPACE_ROOT = path.resolve(__dirname, '../..');
export const SOURCE_DOCUMENT = 'openapi/openapi.yaml';
export const BUNDLED_JSON = 'libs/contract/src/generated/openapi.json';
export const GENERATED_TYPES = 'libs/contract/src/generated/api-types.ts';
export const GENERATED_CONSTANTS = 'libs/contract/src/generated/constants.ts';
export const GENERATED_CATALOGUE = 'libs/errors/src/generated/catalogue.ts';
/** The bundled document of the last release, kept for the breaking-change gate. */
export const RELEASED_JSON = 'openapi/released/openapi.json';

export interface RenderedFile {
  /** Path relative to the workspace root. */
  readonly file: string;
  readonly content: string;
}

/** Bundles the split YAML document into one object with Redocly's bundler (the CLI, so the
 *  same engine and redocly.yaml as `redocly lint`). */
export async function bundleDocument(): Promise<OpenAPI3> {
  const cli = require.resolve('@redocly/cli/bin/cli.js', { paths: [WORKSPACE_ROOT] });
  const { stdout } = await run(process.execPath, [cli, 'bundle', SOURCE_DOCUMENT, '--ext', 'json', '--config', 'redocly.yaml'], {
    cwd: WORKSPACE_ROOT,
    maxBuffer: 64 * 1024 * 1024,
    // Offline machines: no telemetry or update checks, and a bundle that does not depend on them.
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
  });
  return JSON.parse(stdout) as OpenAPI3;
}

async function openapiTypescriptVersion(): Promise<string> {
  const manifest = require.resolve('openapi-typescript/package.json', { paths: [WORKSPACE_ROOT] });
  return (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version;
}

/** Pretty, stable JSON: key order is the document's own order, which the bundler keeps. */
export function renderJson(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

export async function renderTypes(document: OpenAPI3): Promise<string> {
  // defaultNonNullable off: a default (e.g. createUser's `roles`) must leave a request field
  // optional; response fields are required only where the schema says `required`.
  const ast = await openapiTS(structuredClone(document), { silent: true, defaultNonNullable: false });
  const header = [
    '/**',
    ` * GENERATED FILE, do not edit. Produced by tools/contract/generate.ts (openapi-typescript`,
    ` * ${await openapiTypescriptVersion()}) from ${SOURCE_DOCUMENT}. Run \`npm run contract:generate\` after changing`,
    ' * the document; `npm run contract:check` fails when this file is stale.',
    ' */',
    '',
  ].join('\n');
  return `${header}\n${astToString(ast)}`;
}

/** The bundled document as the service serves it: error responses composed, error page written. */
export async function renderDocument(): Promise<OpenAPI3> {
  const document = await bundleDocument();
  const catalogue = readCatalogue(document);
  composeErrorResponses(document as never, catalogue);
  addErrorReference(document as never, catalogue);
  return document;
}

export async function renderContract(): Promise<RenderedFile[]> {
  const document = await renderDocument();
  const catalogue = readCatalogue(document);
  return [
    { file: BUNDLED_JSON, content: renderJson(document) },
    { file: GENERATED_TYPES, content: await renderTypes(document) },
    { file: GENERATED_CONSTANTS, content: renderContractConstants(document as never) },
    { file: GENERATED_CATALOGUE, content: renderErrorCatalogue(catalogue) },
  ];
}

/** Renders and writes every artefact; returns the files written (relative to the workspace root). */
export async function writeContract(): Promise<string[]> {
  const written: string[] = [];
  for (const { file, content } of await renderContract()) {
    const target = path.join(WORKSPACE_ROOT, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content, 'utf8');
    written.push(file);
  }
  return written;
}
