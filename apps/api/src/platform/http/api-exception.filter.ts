import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { recordAnsweredError } from './answered-error';
import { ApiException, renderEnvelope } from '@access/errors';
import { toApiException } from './to-api-exception';

/** The slice of a Fastify request and reply the filter needs. */
export interface HttpRequestLike {
  id?: string;
  method?: string;
  url?: string;
  /** The route that matched, as registered (e.g. /v1/users/:id); absent when none did. */
  routeOptions?: { url?: string };
}
export interface HttpReplyLike {
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

/** Lets the app check an answer before it is sent (e.g. that the operation documents it); returns what to answer. */
export type AnswerCheck = (request: HttpRequestLike, exception: ApiException) => ApiException;

/** How the app shapes its error answers; every step is optional. */
export interface ErrorAnswerOptions {
  /** First, for anything thrown that is not an ApiException: a failure of a dependency with a name of its own. */
  translateFault?: FaultTranslator;
  /** Then, for a plain "not found" from the router. */
  refineNotFound?: NotFoundRefiner;
  /** Last, for every answer, thrown or sent by the app's request hooks (see `answer`). */
  checkAnswer?: AnswerCheck;
}

/**
 * The one exception filter: every error, whether ours, NestJS's or Fastify's
 * (unknown route, malformed JSON, wrong content type, body too large), leaves the
 * service in the error envelope. A fault of a dependency is translated into its own
 * code, the answer is checked, the request's log line names its code (answeredError),
 * and an unexpected error's stack is logged once, for the operator.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly options: ErrorAnswerOptions = {}) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<HttpRequestLike>();
    const reply = http.getResponse<HttpReplyLike>();

    const translated = error instanceof ApiException ? undefined : this.options.translateFault?.(error);
    let exception = translated ?? toApiException(error);
    if (exception.code === 'not_found' && !(error instanceof ApiException) && this.options.refineNotFound) {
      exception = this.options.refineNotFound(request.method ?? 'GET', request.url ?? '/') ?? exception;
    }

    if (translated) {
      // logged by the translator
    } else if (exception.code === 'internal_error') {
      // Unexpected: the stack is for the operator, never for the caller.
      this.logger.error({ err: error, code: exception.code }, 'request failed');
    } else if (exception.status >= 500) {
      this.logger.warn({ code: exception.code }, 'request not served');
    }
    this.answer(request, reply, exception);
  }

  /**
   * Sends an error answer: checked (checkAnswer), recorded for the request's log line and
   * rendered in the envelope. The app's request hooks, which answer before NestJS runs,
   * send through here too, so every error answer is treated alike.
   */
  answer(request: HttpRequestLike, reply: HttpReplyLike, exception: ApiException): void {
    const answer = this.options.checkAnswer ? this.options.checkAnswer(request, exception) : exception;
    if (reply.sent) return;

    recordAnsweredError(reply.raw, answer);
    reply.code(answer.status);
    for (const [name, value] of Object.entries(answer.headers)) reply.header(name, value);
    reply.header('content-type', 'application/json; charset=utf-8');
    reply.send(renderEnvelope(answer, String(request.id ?? '')));
  }
}
