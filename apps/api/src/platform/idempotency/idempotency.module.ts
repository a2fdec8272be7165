import { Module } from '@nestjs/common';
import { errorSource } from '../contract/error-sources';
import { declaresHeader } from '../contract/declared-headers';
import { HEADER } from '../http/headers';
import { IdempotencyCleanup } from './idempotency-cleanup';
import { IdempotencyStore } from './idempotency-store';

/** 422 idempotency_key_reused, 409 idempotency_key_in_progress: for every operation that declares Idempotency-Key. */
export const IDEMPOTENCY_ERRORS = errorSource('idempotency', (operation) => declaresHeader(operation, HEADER.idempotencyKey));

/** 409 idempotency_replay_withheld: for creates that take Idempotency-Key and whose answer shows a secret once. */
export const IDEMPOTENCY_SECRET_ERRORS = errorSource(
  'idempotency-secret',
  (operation) => declaresHeader(operation, HEADER.idempotencyKey) && operation.showsSecretOnce,
);

/** Idempotency-Key: the outcomes' store and its cleanup (the interceptor is registered in AppModule). */
@Module({ providers: [IdempotencyStore, IdempotencyCleanup], exports: [IdempotencyStore, IdempotencyCleanup] })
export class IdempotencyModule {}
