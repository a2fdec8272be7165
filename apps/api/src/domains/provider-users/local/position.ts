import { ApiException } from '@access/errors';

/** A user's place in an organisation list, ordered by (created_at, id) as WorkOS orders users. */
export interface Position {
  createdAt: Date;
  id: string;
}

/** The local provider's own cursor, which the API then wraps and signs like any provider's. */
export function encodePosition(row: Position): string {
  return `${row.createdAt.toISOString()}~${row.id}`;
}

export function decodePosition(cursor: string, parameter: 'before' | 'after'): Position {
  const [time, id, extra] = cursor.split('~');
  const createdAt = new Date(time ?? '');
  if (id && extra === undefined && !Number.isNaN(createdAt.getTime())) return { createdAt, id };
  // Only reachable with a cursor we signed ourselves, e.g. after a format change.
  throw new ApiException('invalid_cursor', {
    errors: [{ detail: 'is not a cursor this list returned', pointer: `/${parameter}`, location: 'query' }],
  });
}
