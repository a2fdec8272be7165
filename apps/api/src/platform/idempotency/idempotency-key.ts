import { createHash } from 'node:crypto';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestAuth } from '../auth/request-auth';

/**
 * The key as the draft writes it, a Structured Field string (`"…"`), or bare; the document's
 * pattern has already refused anything else.
 */
export function keyOf(header: string): string {
  return header.length >= 2 && header.startsWith('"') && header.endsWith('"') ? header.slice(1, -1) : header;
}

/** Whose keys these are: the caller's tenant, or the service principal for operations outside any tenant. */
export function keyScope(auth: RequestAuth): string {
  const { principal } = auth;
  const tenantId = auth.tenantId ?? ('tenantId' in principal ? principal.tenantId : undefined);
  if (tenantId !== undefined) return `tenant:${tenantId}`;
  // Every principal but a service one is bound to a tenant.
  return `service:${principal.kind === 'service' ? principal.subject : 'unknown'}`;
}

/** JSON with every object's keys sorted, so two equal bodies serialize alike whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What makes two requests "the same request": method, path (with its query) and body, in the caller's scope. */
export function requestFingerprint(scope: string, method: string, url: string, body: unknown): string {
  return createHash('sha256')
    .update(canonicalJson([scope, method, url, body ?? null]))
    .digest('base64url');
}

const current = new AsyncLocalStorage<string>();

/** Runs a create under its caller's key, so calls it makes to others can carry a key derived from it. */
export function runUnderKey<T>(scope: string, key: string, run: () => T): T {
  return current.run(createHash('sha256').update(`${scope}\n${key}`).digest('base64url'), run);
}

/**
 * A key for a call this create makes to another service (WorkOS): derived from the caller's
 * key and scope, so a retried create sends the same one, and the caller's own key never
 * leaves the service. Undefined when the caller sent no key.
 */
export function derivedIdempotencyKey(purpose: string): string | undefined {
  const base = current.getStore();
  return base === undefined ? undefined : `access-${createHash('sha256').update(`${base}\n${purpose}`).digest('base64url')}`;
}
