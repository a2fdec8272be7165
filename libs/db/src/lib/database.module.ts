import { DynamicModule, Inject, Injectable, Module, OnModuleDestroy, Provider } from '@nestjs/common';
import { createPrismaClient, DatabaseOptions, PrismaClient } from './prisma-client';

/** Injection token for the DatabaseOptions the app derives from its configuration. */
export const DATABASE_OPTIONS = Symbol('DATABASE_OPTIONS');

/** The app's one Prisma client; its pool is closed when Nest shuts down. */
@Injectable()
export class PrismaService implements OnModuleDestroy {
  readonly client: PrismaClient;

  constructor(@Inject(DATABASE_OPTIONS) options: DatabaseOptions) {
    this.client = createPrismaClient(options);
  }

  async onModuleDestroy(): Promise<void> {
    await this.client.$disconnect();
  }
}

@Module({})
export class DatabaseModule {
  /**
   * `optionsProvider` must provide DATABASE_OPTIONS, e.g.
   * `{ provide: DATABASE_OPTIONS, useFactory: (c) => ({ url: c.databaseUrl }), inject: [Config] }`.
   */
  static forRoot(optionsProvider: Provider, imports: DynamicModule['imports'] = []): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports,
      providers: [optionsProvider, PrismaService],
      exports: [PrismaService],
    };
  }
}
