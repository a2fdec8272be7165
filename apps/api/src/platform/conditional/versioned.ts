/**
 * The row version behind an answer body, kept beside the body rather than in it (the
 * contract's shapes have no version field): a mapping marks the single resource it
 * answers, and the conditional-request interceptor turns the mark into an ETag.
 */
const versions = new WeakMap<object, number>();

export function versioned<T extends object>(body: T, version: number): T {
  versions.set(body, version);
  return body;
}

export function versionOf(body: unknown): number | undefined {
  return body !== null && typeof body === 'object' ? versions.get(body) : undefined;
}
