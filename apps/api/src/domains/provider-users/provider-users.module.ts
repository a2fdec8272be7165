import { Module } from '@nestjs/common';
import { PrismaService } from '@access/db';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { ACCESS_PROVIDER, type AccessProvider } from './access-provider';
import { LocalAccessProvider } from './local/local-access-provider';
import { Metrics } from '../../platform/observability/metrics';
import { meteredAccessProvider } from './metered-access-provider';
import { auditedAccessProvider } from './provider-user-audit';
import { ProviderUsersController } from './provider-users.controller';
import { UnconfiguredAccessProvider } from './unconfigured-access-provider';
import { WorkOSAccessProvider } from './workos/workos-access-provider';

/** The access provider the configuration names (config.provider.kind), counted and timed. */
function accessProvider(config: AppConfig, prisma: PrismaService, metrics: Metrics): AccessProvider {
  return meteredAccessProvider(configuredProvider(config, prisma), metrics);
}

function configuredProvider(config: AppConfig, prisma: PrismaService): AccessProvider {
  const { provider } = config;
  switch (provider.kind) {
    case 'workos':
      // loadConfig refuses ACCESS_PROVIDER=workos without a key, so this holds.
      if (!provider.workos) throw new Error('ACCESS_PROVIDER=workos without WorkOS settings');
      return auditedAccessProvider(new WorkOSAccessProvider({ ...provider, workos: provider.workos }), prisma);
    case 'local':
      return new LocalAccessProvider(prisma);
    case 'none':
      return new UnconfiguredAccessProvider();
  }
}

@Module({
  controllers: [ProviderUsersController],
  providers: [{ provide: ACCESS_PROVIDER, useFactory: accessProvider, inject: [APP_CONFIG, PrismaService, Metrics] }],
})
export class ProviderUsersModule {}
