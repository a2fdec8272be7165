import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { recordAnsweredError } from './answered-error';
import { ApiException } from './api-exception';
import type { ErrorEnvelope } from './envelope';
import { toApiException } from './to-api-exception';

/** The slice of a Fastify request and reply the filter needs. */
interface HttpRequestLike {
  id?: string;
  method?: string;
  url?: string;
}
interface HttpReplyLike {
  sent?: boolean;
  raw?: object;
  code(status: number): HttpReplyLike;
  header(name: string, value: string): HttpReplyLike;
  send(payload: unknown): unknown;
}

/** Lets the app refine a plain "not found", e.g. into 405 when the path exists under another method. */
export type NotFoundRefiner = (method: string, url: string) => ApiException | undefined;

/**
 * Lets the app name failures of what it depends on (such as the database) that would
 * otherwise be internal errors. Whoever translates also logs them, once per outage rather
 * than once per request, so the filter does not.
 */
export type FaultTranslator = (error: unknown) => ApiException | undefined;

export function renderEnvelope(exception: ApiException, requestId: string): ErrorEnvelope {
  return {
    code: exception.code,
    errorCode: exception.definition.errorCode,
    message: exception.message,
    details: exception.details,
    errors: exception.errors,
    notices: exception.notices,
    requestId,
  };
}

/**
 * The one exception filter: every error, whether ours, NestJS's or Fastify's
 * (unknown route, malformed JSON, wrong content type, body too large), leaves the
 * service in the error envelope.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(
    private readonly refineNotFound?: NotFoundRefiner,
    private readonly translateFault?: FaultTranslator,
  ) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<HttpRequestLike>();
    const reply = http.getResponse<HttpReplyLike>();

    const translated = error instanceof ApiException ? undefined : this.translateFault?.(error);
    let exception = translated ?? toApiException(error);
    if (exception.code === 'not_found' && !(error instanceof ApiException) && this.refineNotFound) {
      exception = this.refineNotFound(request.method ?? 'GET', request.url ?? '/') ?? exception;
    }

    if (translated) {
      // logged by the translator
    } else if (exception.code === 'internal_error') {
      // Unexpected: the stack is for the operator, never for the caller.
      this.logger.error({ err: error, code: exception.code }, 'request failed');
    } else if (exception.status >= 500) {
      this.logger.warn({ code: exception.code }, 'request not served');
    }
    if (reply.sent) return;

    recordAnsweredError(reply.raw, exception);
    reply.code(exception.status);
    for (const [name, value] of Object.entries(exception.headers)) reply.header(name, value);
    reply.header('content-type', 'application/json; charset=utf-8');
    reply.send(renderEnvelope(exception, String(request.id ?? '')));
  }
}
