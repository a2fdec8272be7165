import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { ApiException } from './api-exception';
import type { ErrorEnvelope } from './envelope';
import { toApiException } from './to-api-exception';

/** The slice of a Fastify request and reply the filter needs. */
export interface HttpRequestLike {
  id?: string;
  method?: string;
  url?: string;
  /** The route that matched, as registered (e.g. /v1/users/:id); absent when none did. */
  routeOptions?: { url?: string };
}
interface HttpReplyLike {
  sent?: boolean;
  code(status: number): HttpReplyLike;
  header(name: string, value: string): HttpReplyLike;
  send(payload: unknown): unknown;
}

/** Lets the app refine a plain "not found", e.g. into 405 when the path exists under another method. */
export type NotFoundRefiner = (method: string, url: string) => ApiException | undefined;

/** Lets the app check an answer before it is sent (e.g. that the operation documents it); returns what to answer. */
export type AnswerCheck = (request: HttpRequestLike, exception: ApiException) => ApiException;

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
    private readonly checkAnswer?: AnswerCheck,
  ) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<HttpRequestLike>();
    const reply = http.getResponse<HttpReplyLike>();

    let exception = toApiException(error);
    if (exception.code === 'not_found' && !(error instanceof ApiException) && this.refineNotFound) {
      exception = this.refineNotFound(request.method ?? 'GET', request.url ?? '/') ?? exception;
    }
    if (this.checkAnswer) exception = this.checkAnswer(request, exception);

    if (exception.code === 'internal_error') {
      // Unexpected: the stack is for the operator, never for the caller.
      this.logger.error({ err: error, code: exception.code }, 'request failed');
    } else if (exception.status >= 500) {
      this.logger.warn({ code: exception.code }, 'request not served');
    }
    if (reply.sent) return;

    reply.code(exception.status);
    for (const [name, value] of Object.entries(exception.headers)) reply.header(name, value);
    reply.header('content-type', 'application/json; charset=utf-8');
    reply.send(renderEnvelope(exception, String(request.id ?? '')));
  }
}
