import { openApiDocument } from './document';

/**
 * Follows local `$ref`s (`#/components/...`) of the bundled document until a value that is
 * not a reference. The bundle has no external references, so this is all that is needed.
 */
export function resolveRef<T = unknown>(value: unknown): T {
  let current = value;
  for (let hops = 0; isRef(current); hops += 1) {
    if (hops > 32) throw new Error(`Reference cycle at ${current.$ref}`);
    current = lookupPointer(current.$ref);
  }
  return current as T;
}

function isRef(value: unknown): value is { $ref: string } {
  return typeof value === 'object' && value !== null && typeof (value as { $ref?: unknown }).$ref === 'string';
}

function lookupPointer(ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`Only local references are supported: ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, key) => {
      if (typeof node !== 'object' || node === null || !(key in node)) throw new Error(`Unresolvable reference ${ref}`);
      return (node as Record<string, unknown>)[key];
    }, openApiDocument);
}
