import { CallHandler, ExecutionContext, Inject, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { ApiException, type ErrorCodeSlug } from '@access/errors';
import { defer, from, lastValueFrom, type Observable } from 'rxjs';
import { requestAuth, type AuthenticatedRequest } from '../auth/request-auth';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { ContractRegistry } from '../contract/contract-registry';
import { routeBinding } from '../contract/route-binding';
import { HEADER } from '../http/headers';
import { declaresHeader } from '../contract/declared-headers';
import { idempotencyKeyInProgress, idempotencyKeyReused, idempotencyReplayWithheld } from './idempotency.errors';
import { keyOf, keyScope, requestFingerprint, runUnderKey } from './idempotency-key';
import { IdempotencyStore, type StoredOutcome } from './idempotency-store';

/** The response headers a replay repeats: where the created resource is, and its version. */
const KEPT_HEADERS = ['location', 'etag'];
export const REPLAYED_HEADER = 'Idempotency-Replayed';

interface ReplyLike {
  header(name: string, value: string): unknown;
  getHeader(name: string): unknown;
}

/**
 * Idempotency-Key (draft-ietf-httpapi-idempotency-key-header) for every operation whose
 * document declares the header: nothing else opts in. It runs after the guards (the caller
 * is known and the request valid) and around the handler: the first request with a key
 * claims it, and its outcome — a success or a refusal (4xx) — is kept for replays; an
 * unexpected failure (5xx, a database or provider outage) gives the key up, so a retry runs
 * again. The same key with another request is refused (422), one still running too (409).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');

  constructor(
    private readonly store: IdempotencyStore,
    private readonly registry: ContractRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const binding = routeBinding(context);
    const operation = binding.kind === 'operation' ? this.registry.get(binding.operationId) : undefined;
    if (!operation || !declaresHeader(operation, HEADER.idempotencyKey)) return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & { method: string; url: string }>();
    const header = request.headers[HEADER.idempotencyKey];
    if (typeof header !== 'string') return next.handle();
    const reply = context.switchToHttp().getResponse<ReplyLike>();
    const status = (Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined) ?? 201;
    const scope = keyScope(requestAuth(context));
    const key = keyOf(header);
    const fingerprint = requestFingerprint(scope, request.method, request.url, request.body);
    const withholdBody = operation.showsSecretOnce;
    return defer(() => from(this.serve({ scope, key, fingerprint, status, withholdBody, reply, next })));
  }

  private async serve(input: {
    scope: string;
    key: string;
    fingerprint: string;
    status: number;
    withholdBody: boolean;
    reply: ReplyLike;
    next: CallHandler;
  }): Promise<unknown> {
    const { scope, key, fingerprint, status, withholdBody, reply, next } = input;
    const { leaseSec, retentionSec } = this.config.idempotency;
    const claim = await this.store.claim({ scope, key, fingerprint, leaseSec, retentionSec });
    switch (claim.kind) {
      case 'reused':
        throw idempotencyKeyReused();
      case 'in_progress':
        throw idempotencyKeyInProgress();
      case 'completed':
        return replay(claim.outcome, reply);
      case 'claimed':
        break;
    }
    let body: unknown;
    try {
      body = await runUnderKey(scope, key, () => lastValueFrom(next.handle(), { defaultValue: undefined }));
    } catch (error) {
      if (error instanceof ApiException && error.status < 500) {
        await this.keep(scope, key, { status: error.status, headers: {}, refusal: refusalOf(error) });
      } else {
        await this.store.release(scope, key).catch((cause: unknown) => {
          // The lease runs out instead (IDEMPOTENCY_LEASE_SEC), and a retry then takes the key over.
          this.logger.warn({ err: cause }, 'could not give up an idempotency key after a failed request');
        });
      }
      throw error;
    }
    // A secret shown once is stored only as a hash by its domain: never here either.
    const headers = keptHeaders(reply);
    await this.keep(
      scope,
      key,
      withholdBody ? { status, headers, withheld: true } : { status, headers, bodyJson: JSON.stringify(body ?? null) },
    );
    return body;
  }

  /**
   * The outcome stands whether or not it could be kept: answering it is right, since the
   * create did happen. A retry then finds the key in progress until the lease runs out.
   */
  private async keep(scope: string, key: string, outcome: StoredOutcome): Promise<void> {
    await this.store.complete(scope, key, outcome).catch((cause: unknown) => {
      this.logger.warn({ err: cause }, 'could not keep the outcome of an idempotent request');
    });
  }
}

function keptHeaders(reply: ReplyLike): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = reply.getHeader(name);
    if (typeof value === 'string') kept[name] = value;
  }
  return kept;
}

function refusalOf(error: ApiException): Extract<StoredOutcome, { refusal: unknown }>['refusal'] {
  return {
    code: error.code,
    message: error.message,
    details: error.details,
    errors: error.errors,
    notices: error.notices,
    headers: error.headers,
  };
}

/** The first request's answer again, marked as a replay. */
function replay(outcome: StoredOutcome, reply: ReplyLike): unknown {
  reply.header(REPLAYED_HEADER, 'true');
  if ('withheld' in outcome) throw idempotencyReplayWithheld(outcome.headers['location']);
  for (const [name, value] of Object.entries(outcome.headers)) reply.header(name, value);
  if ('refusal' in outcome) {
    const { code, ...options } = outcome.refusal;
    throw new ApiException(code as ErrorCodeSlug, options);
  }
  return JSON.parse(outcome.bodyJson) as unknown;
}
