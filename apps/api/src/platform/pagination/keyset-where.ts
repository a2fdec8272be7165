import type { KeysetFetch } from './keyset-page';

/**
 * The Prisma `where` and `orderBy` of one keyset read over (created_at, id): rows
 * strictly after (forward) or before (backward) the cursor's position, in that
 * direction, so the (…, created_at, id) index serves every page as one range scan.
 */
export function keysetWhere({ from, direction }: KeysetFetch) {
  const forward = direction === 'forward';
  const order = forward ? ('asc' as const) : ('desc' as const);
  const beyond = <V>(value: V) => (forward ? { gt: value } : { lt: value });
  return {
    where: from ? { OR: [{ createdAt: beyond(from.createdAt) }, { createdAt: from.createdAt, id: beyond(from.id) }] } : {},
    orderBy: [{ createdAt: order }, { id: order }],
  };
}
