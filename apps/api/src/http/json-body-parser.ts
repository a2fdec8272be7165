import { ApiException } from '@access/errors';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { errorSource } from '../contract/error-sources';

/** The methods Fastify reads a body for, whether or not the operation documents one. */
const BODY_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** 400 malformed_json, 413 and 415, answered while the body is read, before any guard. */
export const JSON_BODY_ERRORS = errorSource('json-body', (operation) => BODY_METHODS.has(operation.method));

/**
 * The API reads JSON bodies only. Fastify's parser (with prototype-poisoning
 * protection) does the parsing; its failures are raised as our own errors here,
 * because NestJS would otherwise flatten them into anonymous HTTP exceptions.
 * Without any other parser, every other content type is answered 415.
 */
export function useJsonBodiesOnly(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') {
      done(
        new ApiException('malformed_json', { message: 'The request body is empty but its Content-Type is application/json.' }),
        undefined,
      );
      return;
    }
    // parseAs: string guarantees a string here.
    void parseJson(request, body as string, (error: Error | null, value?: unknown) => {
      if (error) done(new ApiException('malformed_json'), undefined);
      else done(null, value);
    });
  });
}
