import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/request-auth';
import { actorOf, requestContext } from './request-context';

/**
 * Runs each handler inside its request's context (request id and actor), which the guards
 * have established by the time interceptors run. The handler is subscribed to inside
 * `requestContext.run`, so every await of the handler, down to the repositories, sees it.
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & { id?: string }>();
    const principal = request.auth?.principal;
    if (!principal || request.id === undefined) return next.handle();
    const store = { requestId: request.id, actor: actorOf(principal) };
    return new Observable((subscriber) => requestContext.run(store, () => next.handle().subscribe(subscriber)));
  }
}
