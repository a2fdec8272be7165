import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { ApiException } from '@access/errors';
import { derivedIdempotencyKey } from '../../../platform/idempotency/idempotency-key';
import { providerRateLimited, providerUnavailable } from '../provider-users.errors';
import { retryAfterMs, retryAfterSeconds } from './retry-after';

/** What the provider answered to one HTTP request, when it was not a success. */
export interface ProviderAnswer {
  status: number;
  retryAfter: string | null;
  /** The JSON body, or undefined when there was none or it was not JSON (a proxy's page). */
  body: unknown;
}

/** How one provider operation is bounded: its whole time, and how many times a failed request is tried again. */
export interface CallPolicy {
  timeoutMs: number;
  maxRetries: number;
}

/** Turns a failed request (the SDK's error, and the answer behind it if one came) into the caller's answer. */
export type Translate = (error: unknown, answer: ProviderAnswer | undefined) => ApiException;

/** Statuses worth another try: the provider may answer differently in a moment. */
const RETRYABLE = new Set([408, 429, 500, 502, 503, 504]);

/** The first wait between tries when the provider names none; it doubles with each retry. */
const FIRST_BACKOFF_MS = 100;

interface RequestScope {
  signal: AbortSignal;
  /** Sent on every try of one POST, so a retried create is applied once. */
  idempotencyKey: string;
  answer?: ProviderAnswer;
}

const scopes = new AsyncLocalStorage<RequestScope>();

async function jsonOf(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text()) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * A fetch for the WorkOS SDK that ties each HTTP request to the provider call it belongs
 * to: it is aborted when the call's deadline passes, a POST carries the call's idempotency
 * key, and any answer that is not a success is kept whole (status, Retry-After, body),
 * because the SDK's exceptions keep only parts of it (a non-JSON 429 becomes a "500").
 */
export function providerFetch(base: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const scope = scopes.getStore();
    if (!scope) return base(input, init);
    const headers = new Headers(init?.headers);
    if (init?.method === 'POST' && !headers.has('idempotency-key')) headers.set('Idempotency-Key', scope.idempotencyKey);
    const signal = init?.signal ? AbortSignal.any([init.signal, scope.signal]) : scope.signal;
    const response = await base(input, { ...init, headers, signal });
    if (!response.ok) {
      scope.answer = { status: response.status, retryAfter: response.headers.get('retry-after'), body: await jsonOf(response.clone()) };
    }
    return response;
  };
}

export function rateLimited(retryAfter: string | null, cause?: unknown): ApiException {
  return providerRateLimited(retryAfterSeconds(retryAfter), cause);
}

/**
 * One API operation's dealings with the provider, under one deadline. PROVIDER_TIMEOUT_MS
 * bounds everything: each request, every retry and every wait between them. A request that
 * fails in a way that may pass (no answer, 408, 429, 5xx) is tried again, at most
 * PROVIDER_MAX_RETRIES times, after the wait the provider's Retry-After asks for, or else a
 * backoff from 100 ms, doubling, capped so all the waits together take at most half the
 * timeout. A retry is only made when, after its wait, an equal share of the other half is
 * left for it; otherwise the caller is answered at once (429 with Retry-After, or 503) rather
 * than after a wait the deadline would cut short.
 */
export class ProviderCall {
  private readonly deadline: number;
  private readonly controller = new AbortController();
  private lastAnswer: ProviderAnswer | undefined;

  constructor(private readonly policy: CallPolicy) {
    this.deadline = Date.now() + policy.timeoutMs;
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The answer once the deadline has passed: the provider's rate limit if it was limiting us, else unavailable. */
  timedOut(): ApiException {
    if (this.lastAnswer?.status === 429) return rateLimited(this.lastAnswer.retryAfter);
    return providerUnavailable(undefined, 'timeout');
  }

  abort(): void {
    this.controller.abort();
  }

  /**
   * Runs one SDK request, retrying it as the policy allows; a failure comes out translated.
   * Every try of a POST carries one Idempotency-Key: derived from the caller's when the
   * caller sent one (so the caller's retry, too, is applied once at the provider), else new.
   */
  async send<T>(request: () => Promise<T>, translate: Translate): Promise<T> {
    const idempotencyKey = derivedIdempotencyKey('workos') ?? randomUUID();
    for (let retry = 0; ; retry++) {
      const scope: RequestScope = { signal: this.signal, idempotencyKey };
      try {
        return await scopes.run(scope, request);
      } catch (error) {
        this.lastAnswer = scope.answer ?? this.lastAnswer;
        if (this.signal.aborted) throw this.timedOut();
        const wait = this.waitBeforeRetry(retry, error, scope.answer);
        if (wait === null) throw translate(error, scope.answer);
        await this.sleep(wait);
      }
    }
  }

  /** How long to wait before trying again, or null when the request must not (or cannot in time) be retried. */
  private waitBeforeRetry(retry: number, error: unknown, answer: ProviderAnswer | undefined): number | null {
    const { timeoutMs, maxRetries } = this.policy;
    if (retry >= maxRetries) return null;
    // A success whose body could not be read was applied: trying again could apply it twice.
    if (answer ? !RETRYABLE.has(answer.status) : (error as { name?: unknown }).name === 'ParseError') return null;
    const backoff = Math.min(FIRST_BACKOFF_MS * 2 ** retry, timeoutMs / 2 / maxRetries);
    const wait = retryAfterMs(answer?.retryAfter) ?? backoff;
    const attemptShare = timeoutMs / 2 / (maxRetries + 1);
    return Date.now() + wait + attemptShare <= this.deadline ? wait : null;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const aborted = () => {
        clearTimeout(timer);
        reject(this.timedOut());
      };
      const timer = setTimeout(() => {
        this.signal.removeEventListener('abort', aborted);
        resolve();
      }, ms);
      this.signal.addEventListener('abort', aborted, { once: true });
    });
  }
}

/**
 * Runs an operation's provider requests under one deadline. Past it the caller is answered
 * (503, or 429 if the provider was limiting us) even if the SDK has not given up, and every
 * request still in flight is aborted.
 */
export async function withinDeadline<T>(policy: CallPolicy, operation: (call: ProviderCall) => Promise<T>): Promise<T> {
  const call = new ProviderCall(policy);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const answer = call.timedOut();
      call.abort();
      reject(answer);
    }, policy.timeoutMs);
  });
  try {
    return await Promise.race([operation(call), deadline]);
  } finally {
    clearTimeout(timer);
    call.abort();
  }
}
