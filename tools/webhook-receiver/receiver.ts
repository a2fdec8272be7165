// A small webhook receiver for trying deliveries locally: it verifies each delivery's Standard
// Webhooks signature with the official `standardwebhooks` library and prints what it got.
//
//   WEBHOOK_SECRET=whsec_… npm run webhook:receiver            listens on http://127.0.0.1:4000/webhooks
//   WEBHOOK_SECRET=whsec_… RECEIVER_PORT=0 npm run webhook:receiver   any free port
//
// Answers 204 to a verified delivery and 400 to one that does not verify. The secret is read
// from the environment (not the command line, where other users could see it) and never printed.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

const secret = process.env['WEBHOOK_SECRET'];
if (!secret?.startsWith('whsec_')) {
  process.stderr.write('Set WEBHOOK_SECRET to the endpoint secret (whsec_…) shown when you registered it.\n');
  process.exit(64);
}
const webhook = new Webhook(secret);
const port = Number(process.env['RECEIVER_PORT'] ?? 4000);

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    try {
      const payload = webhook.verify(body, request.headers as Record<string, string>) as { type: string; data: unknown };
      process.stdout.write(
        `verified delivery ${String(request.headers['webhook-id'])} (${payload.type}), signed ${String(request.headers['webhook-signature']).slice(0, 12)}…\n${JSON.stringify(payload, null, 2)}\n`,
      );
      response.writeHead(204).end();
    } catch (error) {
      process.stdout.write(`refused a delivery that does not verify: ${(error as Error).message}\n`);
      response.writeHead(400).end();
    }
  });
});

server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`Listening on http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks\n`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
