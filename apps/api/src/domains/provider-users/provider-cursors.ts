import type { ProviderUserList } from '@access/contract';
import type { CursorCodec, CursorParameter } from '../../platform/pagination/cursor-codec';
import type { ProviderPageRequest, ProviderUserPage } from './access-provider';

/** Our cursor wraps the provider's and says which way it points. */
interface WrappedCursor {
  c: string;
  d: 'next' | 'previous';
}

function isWrappedCursor(value: unknown): value is WrappedCursor {
  const v = value as WrappedCursor;
  return typeof v === 'object' && v !== null && typeof v.c === 'string' && v.c.length > 0 && (v.d === 'next' || v.d === 'previous');
}

/**
 * Opaque, signed cursors over a provider's own. The scope binds the provider kind and
 * the organisation, so a cursor from another list, organisation or provider is 400;
 * the direction binds `nextCursor` to `after` and `previousCursor` to `before`.
 */
export class ProviderCursors {
  constructor(
    private readonly codec: CursorCodec,
    private readonly scope: string,
  ) {}

  static forOrganization(codec: CursorCodec, providerKind: string, organizationId: string): ProviderCursors {
    return new ProviderCursors(codec, `provider-users:${providerKind}:${organizationId}`);
  }

  unwrap(query: { before?: string; after?: string; limit: number }): ProviderPageRequest {
    if (query.before !== undefined) return { limit: query.limit, before: this.decode(query.before, 'before', 'previous') };
    if (query.after !== undefined) return { limit: query.limit, after: this.decode(query.after, 'after', 'next') };
    return { limit: query.limit };
  }

  wrap(page: ProviderUserPage): ProviderUserList {
    const nextCursor = page.nextCursor === null ? null : this.codec.encode(this.scope, { c: page.nextCursor, d: 'next' });
    const previousCursor = page.previousCursor === null ? null : this.codec.encode(this.scope, { c: page.previousCursor, d: 'previous' });
    return {
      data: page.users,
      pagination: { hasNextPage: nextCursor !== null, hasPreviousPage: previousCursor !== null, nextCursor, previousCursor },
    };
  }

  private decode(cursor: string, parameter: CursorParameter, direction: WrappedCursor['d']): string {
    const isForThisParameter = (value: unknown): value is WrappedCursor => isWrappedCursor(value) && value.d === direction;
    return this.codec.decode(this.scope, cursor, parameter, isForThisParameter).c;
  }
}
