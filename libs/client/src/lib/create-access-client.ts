// The constants entry point: the header names without the 148 KB document.
import { API_KEY_HEADER, AUTHORIZATION_HEADER, TENANT_ID_HEADER } from '@access/contract/constants';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { idempotencyKeyMiddleware, retryingCreates, type CreateRetryOptions } from './safe-writes';
import type { AccessPaths } from './types';

export interface AccessClientOptions {
  /** Where the API is served, e.g. `https://api.example.com` (no trailing `/v1`). */
  readonly baseUrl: string;
  /** A JWT: a user token, or a service token for the provider-user operations. A function is
   *  called for every request, so a rotating token can be returned. */
  readonly bearerToken?: string | (() => string | Promise<string>);
  /** A tenant API key (integration or SCIM). */
  readonly apiKey?: string;
  /** Sent as X-Tenant-ID on every tenant-scoped operation (all of /v1 but /v1/provider). */
  readonly tenantId?: string;
  /** A fetch implementation (defaults to globalThis.fetch). */
  readonly fetch?: (request: Request) => Promise<Response>;
  /** Extra headers for every request (e.g. X-Request-Id). */
  readonly headers?: Record<string, string>;
  /**
   * Send an Idempotency-Key with every create that takes one (default true), unless the call
   * passes its own (`headers: { 'Idempotency-Key': key }`).
   */
  readonly idempotencyKeys?: boolean;
  /** Retry creates that carry an Idempotency-Key after a network failure, 503 or 409 in progress (default: no retries). */
  readonly retryCreates?: CreateRetryOptions;
}

export type AccessClient = Client<AccessPaths, 'application/json'>;

const isTenantScoped = (schemaPath: string) => schemaPath.startsWith('/v1/') && !schemaPath.startsWith('/v1/provider/');

/**
 * A typed client for the access-management API (openapi-fetch over the contract's paths).
 * Credentials: provider-user operations get the bearer token; tenant-scoped operations get the
 * API key when one is set, else the bearer token. Headers a call sets itself are kept. Every
 * create gets an Idempotency-Key (see safe-writes.ts).
 */
export function createAccessClient(options: AccessClientOptions): AccessClient {
  const fetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const client = createClient<AccessPaths, 'application/json'>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    fetch: options.retryCreates ? retryingCreates(fetch, options.retryCreates) : options.fetch,
    headers: options.headers,
  });
  client.use(credentialsMiddleware(options));
  if (options.idempotencyKeys !== false) client.use(idempotencyKeyMiddleware());
  return client;
}

function credentialsMiddleware(options: AccessClientOptions): Middleware {
  return {
    async onRequest({ request, schemaPath }) {
      const headers = request.headers;
      const tenantScoped = isTenantScoped(schemaPath);
      if (tenantScoped && options.tenantId && !headers.has(TENANT_ID_HEADER)) headers.set(TENANT_ID_HEADER, options.tenantId);
      if (headers.has(AUTHORIZATION_HEADER) || headers.has(API_KEY_HEADER)) return request;
      if (tenantScoped && options.apiKey) {
        headers.set(API_KEY_HEADER, options.apiKey);
      } else if (options.bearerToken) {
        const token = typeof options.bearerToken === 'function' ? await options.bearerToken() : options.bearerToken;
        headers.set(AUTHORIZATION_HEADER, `Bearer ${token}`);
      }
      return request;
    },
  };
}
