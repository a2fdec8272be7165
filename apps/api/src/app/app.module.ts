import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { openApiDocument } from '@access/contract';
import type { AppConfig } from '../config/config';
import { ConfigModule } from '../config/config.module';
import { ContractValidationGuard } from '../contract/contract-validation.guard';
import { RequestValidator } from '../contract/request-validator';
import { DocsModule } from '../docs/docs.module';
import { HealthModule } from '../health/health.module';
import { IdentitiesModule } from '../identities/identities.module';
import { ProviderUsersModule } from '../provider-users/provider-users.module';
import { UsersModule } from '../users/users.module';
import { loggerModule } from './logger.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        loggerModule(config),
        HealthModule,
        DocsModule,
        UsersModule,
        IdentitiesModule,
        ProviderUsersModule,
      ],
      providers: [
        { provide: RequestValidator, useFactory: () => new RequestValidator(openApiDocument) },
        { provide: APP_GUARD, useClass: ContractValidationGuard },
      ],
    };
  }
}
