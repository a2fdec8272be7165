import { AsyncLocalStorage } from 'node:async_hooks';
import { ApiException } from '@access/errors';

/**
 * What the HTTP layer saw of the provider's last refusal, which the SDK's exceptions do
 * not keep in full (its 422 exception drops the per-field errors).
 */
export interface ObservedAnswer {
  /** Retry-After of the last 429 (null: the 429 had none); undefined when none came. */
  retryAfter?: string | null;
  /** `errors` of the last 400/409/422 body. */
  fieldErrors?: unknown[];
}

/** What one bounded provider call shares with the HTTP requests the SDK makes for it. */
interface CallScope {
  signal: AbortSignal;
  observed: ObservedAnswer;
  rateLimited(retryAfter: string | null): void;
}

const REFUSALS = new Set([400, 409, 422]);

const scopes = new AsyncLocalStorage<CallScope>();

/** Retry-After as delay-seconds or an HTTP date, in milliseconds from now; null when absent or unreadable. */
export function retryAfterMs(value: string | null): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

export function rateLimited(retryAfter: string | null, cause?: unknown): ApiException {
  // Passed on only in a form a client can read (RFC 9110 §10.2.3).
  const headers: Record<string, string> =
    retryAfter !== null && retryAfterMs(retryAfter) !== null ? { 'Retry-After': retryAfter.trim() } : {};
  return new ApiException('provider_rate_limited', { headers, cause });
}

/**
 * A fetch for the WorkOS SDK that ties every HTTP request to the provider call it
 * belongs to: the request is aborted when that call's deadline passes (so a retry the
 * SDK sleeps towards never outlives the caller's wait), and a 429 is reported so the
 * call can answer at once when the provider asks for a longer wait than is left.
 */
export function deadlineAwareFetch(base: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const scope = scopes.getStore();
    if (!scope) return base(input, init);
    const signal = init?.signal ? AbortSignal.any([init.signal, scope.signal]) : scope.signal;
    const response = await base(input, { ...init, signal });
    if (response.status === 429) scope.rateLimited(response.headers.get('retry-after'));
    if (REFUSALS.has(response.status)) {
      const body: unknown = await response
        .clone()
        .json()
        .catch(() => undefined);
      const errors = (body as { errors?: unknown } | undefined)?.errors;
      scope.observed.fieldErrors = Array.isArray(errors) ? errors : undefined;
    }
    return response;
  };
}

/**
 * Runs one provider call (the SDK's retries included) within `timeoutMs`. Past the
 * deadline the caller gets 503 provider_unavailable — or 429 provider_rate_limited if
 * the provider was rate-limiting us — and the call's outstanding requests are aborted.
 */
export function withDeadline<T>(
  timeoutMs: number,
  call: () => Promise<T>,
  translate: (error: unknown, observed: ObservedAnswer) => unknown,
): Promise<T> {
  const controller = new AbortController();
  const deadline = Date.now() + timeoutMs;
  const observed: ObservedAnswer = {};
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      controller.abort();
      outcome();
    };
    const timer = setTimeout(() => {
      const timedOut = new ApiException('provider_unavailable', { details: { reason: 'timeout' } });
      settle(() => reject(observed.retryAfter !== undefined ? rateLimited(observed.retryAfter) : timedOut));
    }, timeoutMs);
    const scope: CallScope = {
      signal: controller.signal,
      observed,
      rateLimited(retryAfter) {
        observed.retryAfter = retryAfter;
        const wait = retryAfterMs(retryAfter);
        // The SDK would sleep past our deadline: answer the 429 now instead.
        if (wait !== null && Date.now() + wait >= deadline) settle(() => reject(rateLimited(retryAfter)));
      },
    };
    scopes.run(scope, call).then(
      (value) => settle(() => resolve(value)),
      // A failure after the caller was answered (our own abort) is not translated again.
      (error: unknown) => settle(() => reject(translate(error, observed))),
    );
  });
}
