import type { Pool } from 'pg';
import { Prisma } from '@access/db';

/** A row's place in a list ordered by (created_at, id), oldest first. */
export interface KeysetPosition {
  createdAt: Date;
  id: string;
}

/** One read of a list: the rows strictly after (forward) or before (backward) a position. */
export interface KeysetFetch {
  /** Absent: from the start (forward) of the list. */
  from?: KeysetPosition;
  direction: 'forward' | 'backward';
  /** The page's limit + 1: the one row more tells whether another page follows. */
  take: number;
}

/** What a list reads, for keysetQuery. Column names are trusted constants of the repository, never input. */
export interface KeysetList {
  /** The table and its alias, e.g. `tenant_users u`. */
  from: string;
  /** The position columns; an index must end with (created_at, id) after the columns `where` fixes. */
  createdAt: string;
  id: string;
  /** The SQL type of the id column, for the cursor's id. */
  idType: 'uuid' | 'text';
  /** More columns to return besides the position (each `expression AS "name"`). */
  columns?: string[];
  /** The conditions that make the list (its tenant, its filters), all of which must hold. */
  where: Prisma.Sql[];
}

/** The position columns every keyset read returns, whatever else it selects. */
export interface KeysetRow {
  id: string;
  createdAt: Date;
}

/**
 * The one keyset read of every list. The cursor is a row-value predicate,
 * `(created_at, id) > ($1, $2)`, which PostgreSQL turns into one Index Cond on an index
 * ending with (created_at, id): a deep page is a range scan that starts at the cursor, as
 * cheap as the first page, with no sort. (Prisma's `created_at > … OR (created_at = … AND
 * id > …)` form, which its `where` can express, is only a filter over every earlier row.)
 * Backward reads run the other way, so their rows come in reverse list order.
 */
export function keysetQuery(list: KeysetList, { from, direction, take }: KeysetFetch): Prisma.Sql {
  const forward = direction === 'forward';
  const [createdAt, id] = [Prisma.raw(list.createdAt), Prisma.raw(list.id)];
  const conditions = [...list.where];
  if (from) {
    const position = Prisma.sql`(${from.createdAt.toISOString()}::timestamptz, ${from.id}::${Prisma.raw(list.idType)})`;
    conditions.push(forward ? Prisma.sql`(${createdAt}, ${id}) > ${position}` : Prisma.sql`(${createdAt}, ${id}) < ${position}`);
  }
  const order = Prisma.raw(forward ? 'ASC' : 'DESC');
  const columns = [`${list.id} AS id`, `${list.createdAt} AS "createdAt"`, ...(list.columns ?? [])].join(', ');
  return Prisma.sql`SELECT ${Prisma.raw(columns)}
    FROM ${Prisma.raw(list.from)}
    WHERE ${conditions.length > 0 ? Prisma.join(conditions, ' AND ') : Prisma.raw('true')}
    ORDER BY ${createdAt} ${order}, ${id} ${order}
    LIMIT ${take}::int`;
}

/**
 * Pairs a page's keys with the rows a second read loaded for them, in the keys' order. `rowRef`
 * names the key a row belongs to (its id), `keyRef` the row a key names (its own id by default,
 * or e.g. the user of a membership). A row deleted between the two reads is left out.
 */
export function inKeysetOrder<K extends KeysetRow, R>(
  keys: K[],
  rows: R[],
  rowRef: (row: R) => string,
  keyRef: (key: K) => string = (key) => key.id,
): Array<K & { row: R }> {
  const byRef = new Map(rows.map((row) => [rowRef(row), row]));
  return keys.flatMap((key) => {
    const row = byRef.get(keyRef(key));
    return row === undefined ? [] : [{ ...key, row }];
  });
}

/** How to load the rows a page's keys name: one read by id, and which key a row belongs to. */
export interface KeysetLoad<K extends KeysetRow, R> {
  rows(keys: K[]): Promise<R[]>;
  rowRef(row: R): string;
  /** The row a key names: its own id by default. */
  keyRef?(key: K): string;
}

/**
 * Reads one page of a list: its keysetQuery, then the rows its keys name, loaded with
 * whatever the page shows of them (a Prisma read by id), paired with their keys in list
 * order.
 */
export async function readKeyset<R, K extends KeysetRow = KeysetRow>(
  client: { $queryRaw<T>(query: Prisma.Sql): PromiseLike<T> },
  list: KeysetList,
  fetch: KeysetFetch,
  load: KeysetLoad<K, R>,
): Promise<Array<K & { row: R }>> {
  const keys = await client.$queryRaw<K[]>(keysetQuery(list, fetch));
  if (keys.length === 0) return [];
  return inKeysetOrder(keys, await load.rows(keys), load.rowRef, load.keyRef);
}

/**
 * Reads one page of a list whose keyset query returns the rows themselves (its `columns`), in
 * one statement on the pool under Prisma: for the busiest lists, where a second read and
 * Prisma Client's mapping of a hundred rows would cost more than the page's own query.
 */
export async function readKeysetRows<R extends KeysetRow>(pool: Pick<Pool, 'query'>, list: KeysetList, fetch: KeysetFetch): Promise<R[]> {
  const query = keysetQuery(list, fetch);
  return (await pool.query<R>(query.text, query.values)).rows;
}
