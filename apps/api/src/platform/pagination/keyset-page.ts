import { DEFAULT_PAGE_LIMIT, isUuid, type PageQuery, type Pagination } from '@access/contract';
import { invalidCursor, type CursorCodec, type CursorParameter } from './cursor-codec';
import type { KeysetFetch, KeysetPosition } from './keyset-query';

export type { PageQuery, Pagination };

/**
 * How a list's cursors carry a position: signed by this service for its own lists
 * (signedCursors), or plain for the local access provider, whose cursors the API wraps
 * and signs like any provider's (plainCursors).
 */
export interface PositionCursors {
  encode(position: KeysetPosition): string;
  /** Throws invalid_cursor, pointing at `parameter`, for anything this list did not hand out. */
  decode(cursor: string, parameter: CursorParameter): KeysetPosition;
}

export interface KeysetPageRequest {
  limit: number;
  before?: string;
  after?: string;
}

export interface KeysetPage<T> {
  rows: T[];
  /** Towards the end of the list; null when no page follows. */
  nextCursor: string | null;
  /** Towards its start; null on the first page. */
  previousCursor: string | null;
}

/**
 * One page of a list in (created_at, id) order, oldest first: the one keyset pagination of
 * every list. `fetch` runs the list's keysetQuery: one more row than the limit tells whether
 * a page follows in the direction of travel, and a cursor, having come from a row of this
 * list, means there is a page on its other side.
 */
export async function readKeysetPage<T extends KeysetPosition>(
  cursors: PositionCursors,
  request: KeysetPageRequest,
  fetch: (args: KeysetFetch) => Promise<T[]>,
): Promise<KeysetPage<T>> {
  const backward = request.before !== undefined;
  const cursor = request.before ?? request.after;
  const from = cursor === undefined ? undefined : cursors.decode(cursor, backward ? 'before' : 'after');
  const rows = await fetch({ from, direction: backward ? 'backward' : 'forward', take: request.limit + 1 });
  const more = rows.length > request.limit;
  const page = rows.slice(0, request.limit);
  if (backward) page.reverse();
  const hasNext = backward || more;
  const hasPrevious = backward ? more : from !== undefined;
  const first = page[0];
  const last = page[page.length - 1];
  return {
    rows: page,
    nextCursor: hasNext && last !== undefined ? cursors.encode(last) : null,
    previousCursor: hasPrevious && first !== undefined ? cursors.encode(first) : null,
  };
}

/** The contract's pagination object of a page. */
export function paginationOf(page: KeysetPage<unknown>): Pagination {
  return {
    hasNextPage: page.nextCursor !== null,
    hasPreviousPage: page.previousCursor !== null,
    nextCursor: page.nextCursor,
    previousCursor: page.previousCursor,
  };
}

/**
 * A page of one of the API's own lists, with cursors signed for `scope` (the list, its
 * tenant and its filters), so a cursor altered or taken from another list is refused.
 */
export async function keysetPage<T extends KeysetPosition>(
  codec: CursorCodec,
  scope: string,
  query: PageQuery,
  fetch: (args: KeysetFetch) => Promise<T[]>,
): Promise<{ data: T[]; pagination: Pagination }> {
  const request = { limit: query.limit ?? DEFAULT_PAGE_LIMIT, before: query.before, after: query.after };
  const page = await readKeysetPage(signedCursors(codec, scope), request, fetch);
  return { data: page.rows, pagination: paginationOf(page) };
}

interface PositionPayload {
  t: string;
  i: string;
}

const payloadOf = (position: KeysetPosition): PositionPayload => ({ t: position.createdAt.toISOString(), i: position.id });

function positionOf(value: unknown, isId: (id: string) => boolean): KeysetPosition | undefined {
  const payload = value as Partial<PositionPayload> | null;
  if (typeof payload !== 'object' || payload === null || typeof payload.t !== 'string' || typeof payload.i !== 'string') return undefined;
  const createdAt = new Date(payload.t);
  return Number.isNaN(createdAt.getTime()) || !isId(payload.i) ? undefined : { createdAt, id: payload.i };
}

/** Cursors of the API's own lists, whose rows have uuid ids: the position, signed for the list's scope. */
export function signedCursors(codec: CursorCodec, scope: string): PositionCursors {
  return {
    encode: (position) => codec.encode(scope, payloadOf(position)),
    decode: (cursor, parameter) => {
      const isPosition = (value: unknown): value is PositionPayload => positionOf(value, isUuid) !== undefined;
      return positionOf(codec.decode(scope, cursor, parameter, isPosition), isUuid) as KeysetPosition;
    },
  };
}

/** The position as it is (base64url JSON), for a list whose cursors something else signs. */
export function plainCursors(isId: (id: string) => boolean): PositionCursors {
  return {
    encode: (position) => Buffer.from(JSON.stringify(payloadOf(position))).toString('base64url'),
    decode: (cursor, parameter) => {
      let position: KeysetPosition | undefined;
      try {
        position = positionOf(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')), isId);
      } catch {
        position = undefined;
      }
      if (!position) throw invalidCursor(parameter);
      return position;
    },
  };
}
