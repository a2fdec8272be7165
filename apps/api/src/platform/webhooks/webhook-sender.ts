import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { checkWebhookUrl, isForbiddenAddress } from './url-safety';

export interface SignedMessage {
  /** `webhook-id`: the event's id, the same on every attempt. */
  id: string;
  body: string;
  secret: string;
}

export interface AttemptResult {
  /** The receiver's status; absent when it gave no answer. */
  status?: number;
  /** Why there was no answer. */
  error?: string;
  durationMs: number;
}

/** The Standard Webhooks headers of one attempt (signed with the `standardwebhooks` package). */
export function signedHeaders(message: SignedMessage, at: Date): Record<string, string> {
  return {
    'webhook-id': message.id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(message.secret).sign(message.id, at, message.body),
  };
}

/**
 * A DNS lookup that refuses forbidden addresses, so the connection goes only to an address
 * that was checked (an answer that changed since registration, or between the check and the
 * connection, is refused too).
 */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const forbidden = addresses.find((entry) => isForbiddenAddress(entry.address));
    if (forbidden || addresses.length === 0) {
      return callback(Object.assign(new Error('resolves to a loopback, private or link-local address'), { code: 'EFORBIDDEN' }), '', 0);
    }
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    const [first] = addresses as [LookupAddress];
    return callback(null, first.address, first.family);
  });
};

/**
 * One attempt: POSTs the signed body and waits for the answer's status, within `timeoutMs`.
 * Redirects are not followed (a 3xx is a failed attempt). Never throws.
 */
export async function sendWebhook(
  url: string,
  message: SignedMessage,
  options: { timeoutMs: number; allowPrivateUrls: boolean },
): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const verdict = await checkWebhookUrl(url, options.allowPrivateUrls);
  if (!verdict.allowed) return { error: `URL not allowed: ${verdict.reason}`, durationMs: elapsed() };
  const target = new URL(url);
  const transport = target.protocol === 'https:' ? https : http;
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'access-management-webhooks/1',
    ...signedHeaders(message, new Date()),
  };
  return new Promise<AttemptResult>((resolve) => {
    const request = transport.request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(message.body)) },
        timeout: options.timeoutMs,
        ...(options.allowPrivateUrls ? {} : { lookup: guardedLookup }),
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode, durationMs: elapsed() }));
        response.on('error', () => resolve({ status: response.statusCode, durationMs: elapsed() }));
      },
    );
    const deadline = setTimeout(() => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)), options.timeoutMs);
    request.on('timeout', () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    request.on('error', (error) => resolve({ error: error.message.slice(0, 500), durationMs: elapsed() }));
    request.on('close', () => clearTimeout(deadline));
    request.end(message.body);
  });
}
