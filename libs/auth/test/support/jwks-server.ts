import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JWK } from 'jose';

/** A real HTTP JWKS endpoint for tests: keys can be rotated and requests are counted. */
export interface JwksServer {
  readonly url: string;
  /** URL of a path that always answers 500, to exercise an unavailable key source. */
  readonly brokenUrl: string;
  keys: JWK[];
  requests: number;
  close(): Promise<void>;
}

export async function startJwksServer(keys: JWK[]): Promise<JwksServer> {
  const state = { keys, requests: 0 };
  const server: Server = createServer((request, response) => {
    if (request.url === '/broken') {
      response.writeHead(500).end();
      return;
    }
    state.requests += 1;
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: state.keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    brokenUrl: `http://127.0.0.1:${port}/broken`,
    get keys() {
      return state.keys;
    },
    set keys(next: JWK[]) {
      state.keys = next;
    },
    get requests() {
      return state.requests;
    },
    set requests(next: number) {
      state.requests = next;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
