/**
 * Entity tags (RFC 9110 §8.8.3) of versioned resources: the strong tag `"<version>"` of the
 * row's version column, which every write increments — never a timestamp, which two writes
 * in one millisecond would share.
 */
export function entityTag(version: number): string {
  return `"${version}"`;
}

export type EntityTagList = '*' | Array<{ weak: boolean; opaque: string }>;

/** An If-Match / If-None-Match value, already checked against the document's pattern. */
export function parseEntityTags(header: string): EntityTagList {
  if (header.trim() === '*') return '*';
  return [...header.matchAll(/(W\/)?"([^"]*)"/g)].map((m) => ({ weak: m[1] !== undefined, opaque: m[2] ?? '' }));
}

/**
 * The versions an If-Match list names, compared strongly (§13.1.1: a weak tag never
 * matches); tags that are not our versions name none.
 */
export function strongVersions(tags: Exclude<EntityTagList, '*'>): number[] {
  return tags.filter((tag) => !tag.weak && /^[0-9]{1,15}$/.test(tag.opaque)).map((tag) => Number(tag.opaque));
}

/** If-None-Match (§13.1.2): weak comparison, so `W/"3"` matches version 3 as well. */
export function noneMatchHolds(tags: EntityTagList, version: number): boolean {
  if (tags === '*') return false;
  return !tags.some((tag) => tag.opaque === String(version));
}
