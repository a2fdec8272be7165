/**
 * A tiny real HTTP server standing in for the API in the client's tests: it answers a few
 * routes the way the contract says and records every request it receives.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

export type Handler = (request: RecordedRequest) => Reply;

export interface TestApiServer {
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startTestApiServer(routes: Record<string, Handler>): Promise<TestApiServer> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://test.invalid');
      const recorded = { method: req.method ?? 'GET', url, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(recorded);
      const handler = routes[`${recorded.method} ${url.pathname}`];
      const reply: Reply = handler
        ? handler(recorded)
        : { status: 404, body: { code: 'not_found', errorCode: '40400001', message: 'No route', requestId: 'req_test' } };
      const isText = typeof reply.body === 'string';
      res.writeHead(reply.status, {
        ...(reply.body === undefined ? {} : { 'content-type': isText ? 'text/html' : 'application/json' }),
        ...reply.headers,
      });
      res.end(reply.body === undefined ? undefined : isText ? reply.body : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
