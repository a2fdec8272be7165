import { ApiException } from '@access/errors';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { errorSource } from '../contract/error-sources';

/**
 * 400 malformed_json, 413 and 415, answered while the body is read, before any guard. Only
 * operations that take a body read one: the others refuse a body before it is read
 * (UNEXPECTED_BODY_ERRORS).
 */
export const JSON_BODY_ERRORS = errorSource('json-body', (operation) => operation.hasJsonBody);

/**
 * The API reads JSON bodies only. Fastify's parser (with prototype-poisoning
 * protection) does the parsing; its failures are raised as our own errors here,
 * because NestJS would otherwise flatten them into anonymous HTTP exceptions.
 * Without any other parser, every other content type is answered 415. Bodies must be
 * UTF-8, as JSON requires.
 */
export function useJsonBodiesOnly(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    // parseAs: buffer guarantees a Buffer here.
    const text = decodeUtf8(body as Buffer);
    if (text === undefined) {
      done(new ApiException('malformed_json', { message: 'The request body is not valid UTF-8.' }), undefined);
      return;
    }
    if (text === '') {
      done(
        new ApiException('malformed_json', { message: 'The request body is empty but its Content-Type is application/json.' }),
        undefined,
      );
      return;
    }
    void parseJson(request, text, (error: Error | null, value?: unknown) => {
      if (error) done(new ApiException('malformed_json'), undefined);
      else done(null, value);
    });
  });
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * JSON is UTF-8 (RFC 8259 §8.1). A lenient decoder would turn malformed bytes into U+FFFD
 * and the service would store text the caller never sent; the strict one refuses them.
 */
function decodeUtf8(bytes: Buffer): string | undefined {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}
