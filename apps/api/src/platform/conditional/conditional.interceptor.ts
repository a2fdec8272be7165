import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/request-auth';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { ContractRegistry } from '../contract/contract-registry';
import { declaresHeader } from '../contract/declared-headers';
import { routeBinding } from '../contract/route-binding';
import { HEADER } from '../http/headers';
import { entityTag, noneMatchHolds, parseEntityTags } from './entity-tags';
import { preconditionRequired } from './preconditions';
import { versionOf } from './versioned';

/** Set on a request whose answer is 304 Not Modified (see answerNotModified). */
export const NOT_MODIFIED = Symbol('notModified');

interface ReplyLike {
  header(name: string, value: string): unknown;
}

/**
 * Conditional requests (RFC 9110 §13), driven by the document: every single-resource answer
 * whose row version the mapping marked (versioned.ts) carries its ETag; an operation that
 * declares If-None-Match answers 304 while the tag is current; one that declares If-Match
 * may be required to carry it (REQUIRE_IF_MATCH: 428). The If-Match check itself is the
 * repository's, in its UPDATE or DELETE (if-match.ts).
 */
@Injectable()
export class ConditionalRequestInterceptor implements NestInterceptor {
  constructor(
    private readonly registry: ContractRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const binding = routeBinding(context);
    if (binding.kind !== 'operation') return next.handle();
    const operation = this.registry.get(binding.operationId);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & { [NOT_MODIFIED]?: boolean }>();
    if (
      this.config.conditional.requireIfMatch &&
      declaresHeader(operation, HEADER.ifMatch) &&
      request.headers[HEADER.ifMatch] === undefined
    ) {
      throw preconditionRequired();
    }
    const ifNoneMatch = declaresHeader(operation, HEADER.ifNoneMatch) ? request.headers[HEADER.ifNoneMatch] : undefined;
    const reply = context.switchToHttp().getResponse<ReplyLike>();
    return next.handle().pipe(
      map((body) => {
        const version = versionOf(body);
        if (version === undefined) return body;
        reply.header('ETag', entityTag(version));
        if (typeof ifNoneMatch === 'string' && !noneMatchHolds(parseEntityTags(ifNoneMatch), version)) request[NOT_MODIFIED] = true;
        return body;
      }),
    );
  }
}

/**
 * An onSend hook: the answer of a request marked NOT_MODIFIED becomes 304 without a body
 * (its ETag and X-Request-Id stay). The status is set here because NestJS sets the route's
 * own status after the interceptors have run.
 */
export function answerNotModified(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
  done: (error: null, payload: unknown) => void,
): void {
  if ((request as { [NOT_MODIFIED]?: boolean })[NOT_MODIFIED] !== true) {
    done(null, payload);
    return;
  }
  void reply.code(304);
  reply.removeHeader('content-type');
  reply.removeHeader('content-length');
  done(null, '');
}
