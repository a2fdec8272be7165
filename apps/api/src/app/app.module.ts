import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { DATABASE_OPTIONS, DatabaseModule } from '@access/db';
import { AuthModule } from '../auth/auth.module';
import { AuthenticationGuard } from '../auth/authentication.guard';
import { AuthorizationGuard } from '../auth/authorization.guard';
import { TenantGuard } from '../auth/tenant.guard';
import type { AppConfig } from '../config/config';
import { ConfigModule } from '../config/config.module';
import { ContractModule } from '../contract/contract.module';
import { ContractValidationGuard } from '../contract/contract-validation.guard';
import { ResponseValidationInterceptor } from '../contract/response-validation.interceptor';
import { DocsModule } from '../docs/docs.module';
import { PaginationModule } from '../pagination/pagination.module';
import { HealthModule } from '../health/health.module';
import { IdentitiesModule } from '../identities/identities.module';
import { ProviderUsersModule } from '../provider-users/provider-users.module';
import { UsersModule } from '../users/users.module';
import { LifecycleModule } from '../lifecycle/service-lifecycle';
import { MetricsModule } from '../observability/metrics';
import { loggerModule } from './logger.module';
import { RouteAudit } from './route-audit';

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
        AuthModule,
        HealthModule,
        DocsModule,
        UsersModule,
        IdentitiesModule,
        ProviderUsersModule,
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
        ...(config.validateResponses ? [{ provide: APP_INTERCEPTOR, useClass: ResponseValidationInterceptor }] : []),
      ],
    };
  }
}
