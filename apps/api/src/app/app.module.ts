import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { DATABASE_OPTIONS, DatabaseModule } from '@access/db';
import { AuthModule } from '../platform/auth/auth.module';
import { AuthenticationGuard } from '../platform/auth/authentication.guard';
import { AuthorizationGuard } from '../platform/auth/authorization.guard';
import { TenantGuard } from '../platform/auth/tenant.guard';
import type { AppConfig } from '../platform/config/config';
import { ConfigModule } from '../platform/config/config.module';
import { ContractModule } from '../platform/contract/contract.module';
import { ContractValidationGuard } from '../platform/contract/contract-validation.guard';
import { ResponseValidationInterceptor } from '../platform/contract/response-validation.interceptor';
import { ConditionalRequestInterceptor } from '../platform/conditional/conditional.interceptor';
import { IdempotencyInterceptor } from '../platform/idempotency/idempotency.interceptor';
import { IdempotencyModule } from '../platform/idempotency/idempotency.module';
import { DocsModule } from '../platform/docs/docs.module';
import { PaginationModule } from '../platform/pagination/pagination.module';
import { HealthModule } from '../platform/health/health.module';
import { AuditEventsModule } from '../domains/audit-events/audit-events.module';
import { RequestContextInterceptor } from '../platform/audit/request-context.interceptor';
import { JobsModule } from '../platform/jobs/jobs.module';
import { WebhooksModule } from '../domains/webhooks/webhooks.module';
import { IdentitiesModule } from '../domains/identities/identities.module';
import { IdentityProvidersModule } from '../domains/identity-providers/identity-providers.module';
import { ProviderUsersModule } from '../domains/provider-users/provider-users.module';
import { UsersModule } from '../domains/users/users.module';
import { ApiKeysModule } from '../domains/api-keys/api-keys.module';
import { RolesModule } from '../domains/roles/roles.module';
import { TenantsModule } from '../domains/tenants/tenants.module';
import { LifecycleModule } from '../platform/lifecycle/service-lifecycle';
import { MetricsModule } from '../platform/observability/metrics';
import { loggerModule } from '../platform/observability/logger.module';
import { RouteAudit } from '../platform/contract/route-audit';

@Module({})
export class AppModule {
  /** `config.database.url` must be set: main.ts starts the embedded database first when it is not. */
  static forRoot(config: AppConfig): DynamicModule {
    const { url, poolMax, connectionTimeoutMs, lockTimeoutMs, statementTimeoutMs, transactionTimeoutMs } = config.database;
    if (!url) throw new Error('AppModule needs config.database.url (main.ts starts the embedded database when it is not set)');
    return {
      module: AppModule,
      imports: [
        DiscoveryModule,
        ConfigModule.forRoot(config),
        loggerModule(config),
        LifecycleModule,
        MetricsModule,
        DatabaseModule.forRoot({
          provide: DATABASE_OPTIONS,
          useValue: { url, poolMax, connectionTimeoutMs, lockTimeoutMs, statementTimeoutMs, transactionTimeoutMs },
        }),
        ContractModule,
        PaginationModule,
        IdempotencyModule,
        AuthModule,
        HealthModule,
        DocsModule,
        UsersModule,
        TenantsModule,
        RolesModule,
        ApiKeysModule,
        IdentitiesModule,
        IdentityProvidersModule,
        ProviderUsersModule,
        AuditEventsModule,
        WebhooksModule,
        JobsModule,
      ],
      // Global guards run in this order: who is calling (401), for which tenant
      // (400/403), is the request well-formed (400), may they do it (403).
      providers: [
        // Start-up fails when a route is bound to no operation and not marked public.
        RouteAudit,
        { provide: APP_GUARD, useClass: AuthenticationGuard },
        { provide: APP_GUARD, useClass: TenantGuard },
        { provide: APP_GUARD, useClass: ContractValidationGuard },
        { provide: APP_GUARD, useClass: AuthorizationGuard },
        // Handlers run inside their request's context (request id, actor), which audit events record.
        { provide: APP_INTERCEPTOR, useClass: RequestContextInterceptor },
        // Interceptors nest in this order: idempotency outermost (it keeps the answer with its
        // ETag), then conditional requests, then the response check (of first answers, not replays).
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        { provide: APP_INTERCEPTOR, useClass: ConditionalRequestInterceptor },
        ...(config.validateResponses ? [{ provide: APP_INTERCEPTOR, useClass: ResponseValidationInterceptor }] : []),
      ],
    };
  }
}
