/**
 * The wait sent on a 429 when the provider gave none (WorkOS documents no Retry-After for
 * its user-management endpoints, whose rate limits count per 10 seconds).
 */
export const DEFAULT_RETRY_AFTER_SECONDS = 10;

/** The longest wait passed on (the document's bound on Retry-After). */
export const MAX_RETRY_AFTER_SECONDS = 86_400;

/** delay-seconds, also as a decimal ("1.5"), which is not RFC 9110's but is seen from proxies. */
const SECONDS = /^\d+(\.\d+)?$/;

/**
 * The three HTTP-date forms (RFC 9110 §5.6.7): IMF-fixdate, RFC 850 and asctime. Each starts
 * with a day name, which keeps Date.parse from reading "1.5" or "2" as a date.
 */
const HTTP_DATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$|^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{2}-[A-Z][a-z]{2}-\d{2} \d{2}:\d{2}:\d{2} GMT$|^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/;

/**
 * A Retry-After value in milliseconds from `now`, or null when absent or unreadable. A date
 * in the past is no wait at all.
 */
export function retryAfterMs(value: string | null | undefined, now: number = Date.now()): number | null {
  const trimmed = value?.trim() ?? '';
  if (SECONDS.test(trimmed)) return Number(trimmed) * 1000;
  if (!HTTP_DATE.test(trimmed)) return null;
  // asctime has no zone: it is GMT by definition.
  const at = Date.parse(/GMT$/.test(trimmed) ? trimmed : `${trimmed} GMT`);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * The Retry-After this API sends: whole seconds, rounded up so a client never retries early,
 * capped at a day; the default when the provider's value is absent or unreadable.
 */
export function retryAfterSeconds(value: string | null | undefined, now: number = Date.now()): number {
  const ms = retryAfterMs(value, now);
  return ms === null ? DEFAULT_RETRY_AFTER_SECONDS : Math.min(Math.ceil(ms / 1000), MAX_RETRY_AFTER_SECONDS);
}
