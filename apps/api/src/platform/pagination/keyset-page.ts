import { DEFAULT_PAGE_LIMIT, type PageQuery, type Pagination } from '@access/contract';
import type { CursorCodec } from './cursor-codec';

export type { PageQuery, Pagination };

/** A row's position in a list ordered by (created_at, id). */
export interface KeysetPosition {
  createdAt: Date;
  id: string;
}

export interface KeysetFetch {
  /** Rows strictly after (forward) or before (backward) this position, if any. */
  from?: KeysetPosition;
  direction: 'forward' | 'backward';
  /** limit + 1: one more row than the page tells whether another page follows. */
  take: number;
}

interface CursorPayload {
  t: string;
  i: string;
}

function isCursorPayload(value: unknown): value is CursorPayload {
  const v = value as CursorPayload;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.t === 'string' &&
    typeof v.i === 'string' &&
    !Number.isNaN(Date.parse(v.t)) &&
    /^[0-9a-f-]{36}$/i.test(v.i)
  );
}

/**
 * Keyset pagination over (created_at, id), oldest first. `fetch` returns rows in
 * list order for forward reads and in reverse order for backward reads, so a deep
 * page is one index range scan, as cheap as the first.
 */
export async function keysetPage<T extends KeysetPosition>(
  codec: CursorCodec,
  scope: string,
  query: PageQuery,
  fetch: (args: KeysetFetch) => Promise<T[]>,
): Promise<{ data: T[]; pagination: Pagination }> {
  const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
  const decode = (cursor: string, parameter: 'before' | 'after'): KeysetPosition => {
    const payload = codec.decode(scope, cursor, parameter, isCursorPayload);
    return { createdAt: new Date(payload.t), id: payload.i };
  };
  const encode = (row: KeysetPosition) => codec.encode(scope, { t: row.createdAt.toISOString(), i: row.id });

  const backward = query.before !== undefined;
  const from = backward ? decode(query.before as string, 'before') : query.after !== undefined ? decode(query.after, 'after') : undefined;
  const rows = await fetch({ from, direction: backward ? 'backward' : 'forward', take: limit + 1 });
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (backward) page.reverse();

  // A cursor came from a row of this list, so there is a page on its other side.
  const hasNextPage = backward ? true : more;
  const hasPreviousPage = backward ? more : from !== undefined;
  const first = page[0];
  const last = page[page.length - 1];
  return {
    data: page,
    pagination: {
      hasNextPage: hasNextPage && last !== undefined,
      hasPreviousPage: hasPreviousPage && first !== undefined,
      nextCursor: hasNextPage && last !== undefined ? encode(last) : null,
      previousCursor: hasPreviousPage && first !== undefined ? encode(first) : null,
    },
  };
}
