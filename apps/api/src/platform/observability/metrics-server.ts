import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { MetricsConfig } from '../config/config';
import { Metrics } from './metrics';

export interface MetricsServer {
  url: string;
  close(): Promise<void>;
}

/**
 * GET /metrics in Prometheus's text format, on a listener of its own (METRICS_HOST and
 * METRICS_PORT), so it is reachable by the scraper and not by the API's callers.
 */
export async function startMetricsServer(app: NestFastifyApplication, config: MetricsConfig): Promise<MetricsServer> {
  const { registry } = app.get(Metrics);
  const server: Server = createServer((request, response) => {
    if (request.method !== 'GET' || (request.url ?? '').split('?', 1)[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Only GET /metrics is served here.\n');
      return;
    }
    registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': registry.contentType }).end(text),
      () => response.writeHead(500, { 'content-type': 'text/plain' }).end('metrics could not be collected\n'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port ?? 0, config.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/metrics`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
