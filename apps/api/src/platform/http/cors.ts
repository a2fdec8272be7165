import type { FastifyCorsOptions } from '@fastify/cors';
import { API_KEY_HEADER, AUTHORIZATION_HEADER } from '@access/contract/constants';
import type { CorsConfig } from '../config/config';
import type { ContractOperation } from '../contract/contract-operations';

/** Request headers a browser may send beyond the document's header parameters: the credentials and the body type. */
const CREDENTIAL_AND_BODY_HEADERS = [AUTHORIZATION_HEADER, API_KEY_HEADER, 'Content-Type'];

/**
 * CORS for browser callers, from the operator's allowed origins (CORS_ALLOWED_ORIGINS) and
 * the document: the methods and header parameters its operations take, and every response
 * header they document is exposed to scripts (X-Request-Id, Location, Retry-After, and any
 * header a later operation documents). Another origin gets no CORS header: the browser
 * keeps the answer from the page.
 */
export function corsOptions(config: CorsConfig, operations: ContractOperation[]): FastifyCorsOptions {
  const allowed = new Set(config.allowedOrigins);
  const parameters = operations.flatMap((op) => op.parameters.filter((p) => p.in === 'header').map((p) => p.name));
  return {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: [...new Set(operations.map((op) => op.method))],
    allowedHeaders: [...new Set([...CREDENTIAL_AND_BODY_HEADERS, ...parameters])],
    exposedHeaders: [...new Set(operations.flatMap((op) => op.responseHeaders))],
    credentials: false,
    maxAge: config.maxAgeSec,
    strictPreflight: true,
  };
}
