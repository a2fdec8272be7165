import { ApiException } from '@access/errors';
import type { NotFoundRefiner } from './api-exception.filter';
import { pathMatcher, type ContractOperation } from '../contract/contract-operations';

/**
 * Fastify answers an unrouted method on a known path as "not found"; an API user
 * expects 405 with the methods that would work.
 */
export function methodNotAllowedRefiner(operations: ContractOperation[]): NotFoundRefiner {
  const routes = operations.map((op) => ({ method: op.method, matcher: pathMatcher(op.path) }));
  return (method, url) => {
    const path = url.split('?', 1)[0] ?? url;
    const allowed = [...new Set(routes.filter((r) => r.matcher.test(path)).map((r) => r.method))];
    if (allowed.length === 0 || allowed.includes(method.toUpperCase())) return undefined;
    return new ApiException('method_not_allowed', {
      headers: { allow: allowed.join(', ') },
      details: { allowedMethods: allowed },
    });
  };
}
