import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedDelivery {
  headers: IncomingHttpHeaders;
  body: string;
  /** The payload as the official `standardwebhooks` library verified it; undefined when verification failed. */
  verified?: unknown;
  /** The status this receiver answered. */
  answered: number;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedDelivery[];
  /** The signing secret to verify with (set once the endpoint is registered). */
  secret?: string;
  /** The statuses to answer, in order; after the last one, 200. */
  answers: number[];
  close(): Promise<void>;
}

/**
 * A receiver as a customer would write one from the Standard Webhooks documentation: it
 * verifies each delivery with the official library (`new Webhook(secret).verify(body, headers)`)
 * and records what it got. Listens on a free loopback port.
 */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const receiver: WebhookReceiver = { url: '', received: [], answers: [], close: async () => undefined };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let verified: unknown;
      try {
        verified = receiver.secret ? new Webhook(receiver.secret).verify(body, request.headers as Record<string, string>) : undefined;
      } catch {
        verified = undefined;
      }
      const answered = verified === undefined ? 400 : (receiver.answers.shift() ?? 200);
      receiver.received.push({ headers: request.headers, body, verified, answered });
      response.writeHead(answered, { 'content-type': 'text/plain' }).end(answered < 300 ? 'ok' : 'no');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  receiver.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return receiver;
}
