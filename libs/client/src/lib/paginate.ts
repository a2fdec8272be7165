import type { Pagination } from '@access/contract';
import { unwrap, type FetchResult } from './unwrap';

interface Page<Item> {
  readonly data: readonly Item[];
  readonly pagination: Pagination;
}

type PageItem<Result extends FetchResult> = Extract<Result, { error?: never }>['data'] extends Page<infer Item> ? Item : never;

/**
 * Walks a cursor-paginated list forwards, yielding every item. `fetchPage` gets the cursor
 * to pass as `after` (undefined for the first page); errors throw AccessApiError.
 *
 *   for await (const user of paginate((after) => client.GET('/v1/users', { params: { query: { after } } })))
 */
export async function* paginate<Result extends FetchResult>(
  fetchPage: (after: string | undefined) => Promise<Result>,
): AsyncGenerator<PageItem<Result>, void, undefined> {
  let after: string | undefined;
  for (;;) {
    const page = unwrap(await fetchPage(after)) as Page<PageItem<Result>>;
    yield* page.data;
    const next = page.pagination.nextCursor;
    if (!page.pagination.hasNextPage || !next) return;
    // A server that hands back the cursor it was given would loop forever; stop instead.
    if (next === after) throw new Error(`The list returned the same cursor twice (${next})`);
    after = next;
  }
}
