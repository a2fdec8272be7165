import type { Server } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ServiceLifecycle } from './service-lifecycle';

export interface ShutdownLog {
  log(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

/**
 * Stops the service in the order that loses no request:
 * 1. readiness turns 503 and the listening socket closes (no new connections);
 * 2. idle keep-alive connections close, requests in flight run to their end, for at most
 *    `timeoutMs`, after which their connections are closed;
 * 3. only then does NestJS close what the handlers used (Prisma and its pool close in
 *    onApplicationShutdown), and `afterClose` stops the rest (the embedded PostgreSQL).
 */
export async function shutDownGracefully(
  app: NestFastifyApplication,
  options: { timeoutMs: number; log: ShutdownLog; afterClose: () => Promise<void> },
): Promise<void> {
  app.get(ServiceLifecycle).beginShutdown();
  const server: Server = app.getHttpServer();
  const started = Date.now();
  const deadline = setTimeout(() => {
    options.log.warn({ timeoutMs: options.timeoutMs }, 'requests still in flight at the shutdown bound: closing their connections');
    server.closeAllConnections();
  }, options.timeoutMs);
  deadline.unref();
  await app.close(); // Fastify stops listening and waits for in-flight requests before Nest's shutdown hooks run
  clearTimeout(deadline);
  await options.afterClose();
  options.log.log({ tookMs: Date.now() - started }, 'stopped');
}
