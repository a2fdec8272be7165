import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkCompatibility } from './breaking-changes';

/* eslint-disable @typescript-eslint/no-explicit-any -- the cases edit a JSON document in place */
type Doc = any;

const working: Doc = JSON.parse(readFileSync(path.join(__dirname, '../../libs/contract/src/generated/openapi.json'), 'utf8'));
const schemas = (doc: Doc) => doc.components.schemas;

function changed(edit: (doc: Doc) => void, version = working.info.version): Doc {
  const next = structuredClone(working);
  edit(next);
  next.info.version = version;
  return next;
}

const BREAKING: Array<[string, (doc: Doc) => void]> = [
  ['a removed operation', (doc) => delete doc.paths['/v1/users'].get],
  [
    'a removed response field',
    (doc) => {
      delete schemas(doc).User.properties.avatar;
      schemas(doc).User.required = schemas(doc).User.required.filter((name: string) => name !== 'avatar');
    },
  ],
  ['a narrowed request type', (doc) => (schemas(doc).CreateIdentityRequest.properties.external_id = { type: 'integer' })],
  ['a narrowed request length', (doc) => (schemas(doc).DisplayName.maxLength = 50)],
  [
    'a new required request field',
    (doc) => {
      schemas(doc).CreateIdentityProviderRequest.properties.issuer = { type: 'string', format: 'uri' };
      schemas(doc).CreateIdentityProviderRequest.required.push('issuer');
    },
  ],
  ['a removed enum value', (doc) => (schemas(doc).AuthProvider.enum = ['local', 'oidc'])],
  ['a removed status', (doc) => delete doc.paths['/v1/users'].post.responses['409']],
  ['a removed error code', (doc) => schemas(doc).ErrorCode.oneOf.pop()],
  ['a query parameter made required', (doc) => doc.components.parameters.Limit && (doc.components.parameters.Limit.required = true)],
];

const COMPATIBLE: Array<[string, (doc: Doc) => void]> = [
  [
    'a new operation',
    (doc) => (doc.paths['/v1/things'] = { get: { operationId: 'listThings', responses: { '200': { description: 'Things.' } } } }),
  ],
  [
    'a new optional request field',
    (doc) => (schemas(doc).CreateIdentityProviderRequest.properties.issuer = { type: 'string', format: 'uri' }),
  ],
  ['a new response field', (doc) => (schemas(doc).User.properties.locale = { type: 'string', maxLength: 35 })],
  [
    'a new error code',
    (doc) =>
      schemas(doc).ErrorCode.oneOf.push({ const: 'new_error', description: 'New.', 'x-error-code': '40000029', 'x-http-status': 400 }),
  ],
  ['a new error status', (doc) => (doc.paths['/v1/users'].get.responses['404'] = doc.paths['/v1/users/{id}'].get.responses['404'])],
  ['a reworded description', (doc) => (doc.paths['/v1/users'].get.description += ' Newest last.')],
];

describe('the breaking-change gate', () => {
  it('passes the working document against itself', () => {
    expect(checkCompatibility(working, working)).toMatchObject({ ok: true, breaking: [] });
  });

  it.each(BREAKING)('refuses %s without a new major version', (_name, edit) => {
    const result = checkCompatibility(working, changed(edit));
    expect(result.ok).toBe(false);
    expect(result.breaking.length).toBeGreaterThan(0);
    expect(result.message).toContain('npm run release:version -- major');
  });

  it.each(BREAKING)('refuses %s with only a new minor version', (_name, edit) => {
    expect(checkCompatibility(working, changed(edit, '1.1.0')).ok).toBe(false);
  });

  it.each(BREAKING)('accepts %s released as a new major version, listing it', (_name, edit) => {
    const result = checkCompatibility(working, changed(edit, '2.0.0'));
    expect(result).toMatchObject({ ok: true, breaking: expect.arrayContaining([expect.objectContaining({ action: expect.any(String) })]) });
    expect(result.message).toContain('released as major version 2.0.0');
  });

  it.each(COMPATIBLE)('accepts %s in the same major version', (_name, edit) => {
    expect(checkCompatibility(working, changed(edit, '1.1.0'))).toMatchObject({ ok: true, breaking: [] });
  });

  it('names where each breaking change is', () => {
    const result = checkCompatibility(
      working,
      changed((doc) => delete doc.paths['/v1/users'].get),
    );
    expect(result.breaking).toEqual([{ action: 'remove', pointer: '/paths/~1v1~1users/get' }]);
  });
});
