import type { ContractOperation } from './contract-operations';

/** What Fastify tells of the route a request matched. */
interface RoutedRequest {
  method?: string;
  /** The route as registered (`/v1/users/:id`); absent when none matched. */
  routeOptions?: { url?: string };
}

/** `/v1/users/{id}` as Fastify names the route: `/v1/users/:id`. */
const routeOf = (path: string) => path.replace(/\{([^}]+)\}/g, ':$1');

/**
 * Finds, among `operations`, the one a request was routed to (by its method and the route
 * Fastify matched), for the hooks and checks that run outside the guards.
 */
export function routedOperation(operations: readonly ContractOperation[]): (request: RoutedRequest) => ContractOperation | undefined {
  const byRoute = new Map(operations.map((op) => [`${op.method} ${routeOf(op.path)}`, op]));
  return (request) => {
    const route = request.routeOptions?.url;
    return route === undefined ? undefined : byRoute.get(`${request.method ?? ''} ${route}`);
  };
}
