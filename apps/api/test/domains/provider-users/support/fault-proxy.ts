import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy does with one request instead of (or before) forwarding it. */
export type Fault =
  /** An answer instead of the upstream's: `body` is sent as JSON, `rawBody` as it is (a proxy's HTML page). */
  | { kind: 'answer'; status: number; headers?: Record<string, string>; body?: unknown; rawBody?: string }
  | { kind: 'delay'; ms: number }
  /** The request reaches the upstream, which applies it; its answer is lost on the way back (`status` is sent instead). */
  | { kind: 'lose-answer'; status: number };

interface PlannedFault {
  fault: Fault;
  /** Only requests whose method and path start with these are affected. */
  method?: string;
  pathPrefix?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface FaultProxy {
  port: number;
  /** The next matching request gets this fault (faults are used once, in order). */
  inject(fault: Fault, match?: { method?: string; pathPrefix?: string }): void;
  /** Requests that reached the proxy, faulted or not. */
  readonly requests: RecordedRequest[];
  /** Faults not used yet. */
  pending(): number;
  reset(): void;
  close(): Promise<void>;
}

/**
 * A small HTTP proxy in front of WorkOS's emulator or the WorkOS double that can make the
 * faults they do not: rate limiting with Retry-After, server errors, live-WorkOS error
 * shapes and slow answers, one request at a time.
 */
export async function startFaultProxy(targetPort: number): Promise<FaultProxy> {
  const planned: PlannedFault[] = [];
  let closed = false;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const delays = new Set<() => void>();
  // A delay ends early when the proxy closes, so no timer outlives a test file.
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        delays.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      delays.add(done);
    });

  const takeFault = (method: string, path: string): Fault | undefined => {
    const index = planned.findIndex((p) => (!p.method || p.method === method) && (!p.pathPrefix || path.startsWith(p.pathPrefix)));
    return index === -1 ? undefined : planned.splice(index, 1)[0]?.fault;
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      const method = req.method ?? 'GET';
      const path = req.url ?? '/';
      requests.push({ method, path, headers: req.headers, body: body.toString('utf8') });
      const fault = takeFault(method, path);
      if (fault?.kind === 'answer') {
        res.writeHead(fault.status, { 'content-type': 'application/json', 'x-request-id': 'req_injected_fault', ...fault.headers });
        res.end(fault.rawBody ?? (fault.body === undefined ? '' : JSON.stringify(fault.body)));
        return;
      }
      if (fault?.kind === 'delay') await sleep(fault.ms);
      if (res.destroyed || closed) return;
      const upstream = http.request(
        { host: 'localhost', port: targetPort, method, path, headers: { ...req.headers, host: `localhost:${targetPort}` } },
        (answer) => {
          if (fault?.kind === 'lose-answer') {
            answer.resume();
            answer.on('end', () => {
              res.writeHead(fault.status, { 'content-type': 'application/json', 'x-request-id': 'req_lost_answer' });
              res.end(JSON.stringify({ message: 'Bad gateway' }));
            });
            return;
          }
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => {
        if (!res.headersSent) res.writeHead(502);
        res.end();
      });
      upstream.end(body);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    port: (server.address() as AddressInfo).port,
    inject(fault, match = {}) {
      planned.push({ fault, ...match });
    },
    requests,
    pending: () => planned.length,
    reset() {
      planned.length = 0;
      requests.length = 0;
    },
    async close() {
      closed = true;
      for (const done of [...delays]) done();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
