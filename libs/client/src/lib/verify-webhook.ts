import type { components } from '@access/contract';

/** The body of a webhook delivery, as the document's `webhooks` section describes it. */
export type WebhookPayload = components['schemas']['WebhookPayload'];

/** A delivery whose signature, timestamp or body does not hold up. */
export class WebhookVerificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookVerificationError';
  }
}

export interface VerifyWebhookOptions {
  /** How far `webhook-timestamp` may be from now, in seconds (Standard Webhooks suggests 5 minutes). */
  toleranceSec?: number;
  /** The time to compare with (tests). */
  now?: Date;
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string {
  const value = headers instanceof Headers ? headers.get(name) : (headers[name] ?? headers[name.toLowerCase()]);
  const single = Array.isArray(value) ? value[0] : value;
  if (!single) throw new WebhookVerificationError(`missing ${name} header`);
  return single;
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Compares two strings in time independent of where they first differ. */
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/**
 * Verifies a webhook delivery as the Standard Webhooks specification says (HMAC-SHA256 of
 * `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret, a timestamp
 * within the tolerance) and returns its typed payload. Uses Web Crypto, so it runs in Node
 * (18+) and in browsers alike. Pass the body exactly as received (the raw text, not re-encoded
 * JSON). Throws WebhookVerificationError when the delivery does not verify.
 */
export async function verifyWebhook(
  secret: string,
  body: string,
  headers: HeaderSource,
  options: VerifyWebhookOptions = {},
): Promise<WebhookPayload> {
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  const seconds = Number(timestamp);
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (!/^\d+$/.test(timestamp) || Math.abs(now - seconds) > (options.toleranceSec ?? 300)) {
    throw new WebhookVerificationError('webhook-timestamp is missing, malformed or too far from now');
  }
  let key: Awaited<ReturnType<typeof crypto.subtle.importKey>>;
  try {
    const raw = base64ToBytes(secret.startsWith('whsec_') ? secret.slice(6) : secret);
    key = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  } catch {
    throw new WebhookVerificationError('the secret is not a Standard Webhooks secret (whsec_ and base64)');
  }
  const signed = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${id}.${timestamp}.${body}`));
  const expected = bytesToBase64(new Uint8Array(signed));
  const matches = signatures.split(' ').some((entry) => {
    const [version, signature] = entry.split(',', 2);
    return version === 'v1' && signature !== undefined && constantTimeEqual(signature, expected);
  });
  if (!matches) throw new WebhookVerificationError('no webhook-signature matches the body');
  try {
    return JSON.parse(body) as WebhookPayload;
  } catch {
    throw new WebhookVerificationError('the body is not JSON');
  }
}
