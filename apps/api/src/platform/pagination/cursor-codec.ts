import { createHmac, timingSafeEqual } from 'node:crypto';
import { ApiException } from '@access/errors';
import { errorSource } from '../contract/error-sources';

export type CursorParameter = 'before' | 'after';

/** 400 invalid_cursor on every list that takes a cursor. */
export const CURSOR_ERRORS = errorSource('pagination', (operation) =>
  operation.parameters.some((p) => p.in === 'query' && (p.name === 'after' || p.name === 'before')),
);

/** 400 invalid_cursor, pointing at the query parameter that carried the cursor. */
export function invalidCursor(parameter: CursorParameter): ApiException {
  return new ApiException('invalid_cursor', {
    errors: [{ detail: 'is not a cursor this list returned', pointer: `/${parameter}`, location: 'query' }],
  });
}

/**
 * Opaque, tamper-evident cursors: a base64url JSON payload and an HMAC over it and
 * the list it belongs to (its scope: list, tenant, filters). A cursor that was
 * altered, forged, or taken from another list or tenant is refused with 400.
 */
export class CursorCodec {
  constructor(private readonly secret: string) {}

  encode(scope: string, payload: unknown): string {
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `${body}.${this.sign(scope, body)}`;
  }

  decode<T>(scope: string, cursor: string, parameter: CursorParameter, isPayload: (value: unknown) => value is T): T {
    const [body, signature, extra] = cursor.split('.');
    if (body && signature && extra === undefined) {
      const expected = Buffer.from(this.sign(scope, body));
      const given = Buffer.from(signature);
      if (expected.length === given.length && timingSafeEqual(expected, given)) {
        try {
          const payload: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
          if (isPayload(payload)) return payload;
        } catch {
          // fall through to the refusal
        }
      }
    }
    throw invalidCursor(parameter);
  }

  private sign(scope: string, body: string): string {
    return createHmac('sha256', this.secret).update(scope).update('\0').update(body).digest('base64url');
  }
}
