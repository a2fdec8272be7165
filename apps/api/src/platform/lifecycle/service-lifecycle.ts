import { Global, Injectable, Module } from '@nestjs/common';

/**
 * Whether this instance is shutting down. From the moment it is, readiness answers 503 and
 * requests that still arrive on open connections are refused with 503 shutting_down, while
 * the requests already in flight run to their end.
 */
@Injectable()
export class ServiceLifecycle {
  private stoppingSince?: number;

  get shuttingDown(): boolean {
    return this.stoppingSince !== undefined;
  }

  beginShutdown(): void {
    this.stoppingSince ??= Date.now();
  }
}

@Global()
@Module({ providers: [ServiceLifecycle], exports: [ServiceLifecycle] })
export class LifecycleModule {}
