import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ContractRegistry } from '../contract/contract-registry';
import { routedOperation } from '../contract/routed-operation';
import { Metrics } from './metrics';
import { annotateRequestSpan } from './tracing';

/**
 * Counts and times every answered request by contract operation (operationId; the route
 * for the few routes outside the contract, such as /docs; `unrouted` for unknown paths, so
 * a scan of random URLs cannot blow up the label set), and puts the request id on its span.
 */
export function observeRequests(app: NestFastifyApplication): void {
  const metrics = app.get(Metrics);
  const operationOf = routedOperation(app.get(ContractRegistry).all());
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, _reply, done) => {
    annotateRequestSpan(request.id);
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url;
    const method = request.method;
    const operation = route === undefined ? 'unrouted' : (operationOf(request)?.operationId ?? route);
    const labels = { operation, method, status: String(reply.statusCode) };
    metrics.httpRequests.inc(labels);
    metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
    done();
  });
}
