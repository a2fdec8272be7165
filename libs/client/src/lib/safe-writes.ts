import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_CREATE_PATHS, IF_MATCH_HEADER } from '@access/contract/constants';
import type { Middleware } from 'openapi-fetch';

const CREATE_PATHS: ReadonlySet<string> = new Set(IDEMPOTENT_CREATE_PATHS);

/** How the client retries a create on its own: the same request, with the same Idempotency-Key. */
export interface CreateRetryOptions {
  /** Further tries after the first (0: none). */
  readonly attempts: number;
  /** The longest wait between tries; a longer Retry-After ends the retries instead. Default 5000. */
  readonly maxWaitMs?: number;
}

/** A new key for one intended create: pass the same one again to retry that create safely. */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Sends an Idempotency-Key with every create the document makes idempotent, unless the call
 * sets one itself (then that one is kept, so the caller can retry with it later).
 */
export function idempotencyKeyMiddleware(): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      if (request.method === 'POST' && CREATE_PATHS.has(schemaPath) && !request.headers.has(IDEMPOTENCY_KEY_HEADER)) {
        request.headers.set(IDEMPOTENCY_KEY_HEADER, newIdempotencyKey());
      }
      return request;
    },
  };
}

/** Whether an answer to a create may change if the same request is sent again with its key. */
async function worthRetrying(response: Response): Promise<boolean> {
  if (response.status === 503) return true;
  if (response.status !== 409) return false;
  const body = (await response
    .clone()
    .json()
    .catch(() => undefined)) as { code?: unknown } | undefined;
  return body?.code === 'idempotency_key_in_progress';
}

/**
 * A fetch that retries a create carrying an Idempotency-Key after a network failure, a 503,
 * or 409 idempotency_key_in_progress, waiting as Retry-After asks (1 s when it says nothing).
 * The key makes this safe: the service applies the create once and answers the retries with
 * its outcome. Other requests, and creates without a key, are sent once.
 */
export function retryingCreates(base: (request: Request) => Promise<Response>, options: CreateRetryOptions) {
  const maxWaitMs = options.maxWaitMs ?? 5_000;
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'POST' || !request.headers.has(IDEMPOTENCY_KEY_HEADER)) return base(request);
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= options.attempts;
      let response: Response;
      try {
        response = await base(last ? request : request.clone());
      } catch (error) {
        if (last) throw error;
        await sleep(Math.min(1_000, maxWaitMs));
        continue;
      }
      if (last || !(await worthRetrying(response))) return response;
      const waitMs = retryAfterMs(response.headers.get('retry-after'));
      if (waitMs > maxWaitMs) return response;
      await response.body?.cancel();
      await sleep(waitMs);
    }
  };
}

function retryAfterMs(header: string | null): number {
  const seconds = header !== null && /^\d+$/.test(header) ? Number(header) : 1;
  return seconds * 1_000;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The ETag of a single-resource answer (GET, a create's 201, PATCH), to send back in If-Match or If-None-Match. */
export function etagOf(result: { response: Response }): string | undefined {
  return result.response.headers.get('etag') ?? undefined;
}

/** The header that makes a PATCH or DELETE apply only to the version read: `{ headers: ifMatch(etag) }`. */
export function ifMatch(etag: string): Record<string, string> {
  return { [IF_MATCH_HEADER]: etag };
}
