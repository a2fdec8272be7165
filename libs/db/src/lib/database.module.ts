import { DynamicModule, Inject, Injectable, Logger, Module, OnApplicationShutdown, Provider } from '@nestjs/common';
import type { Pool } from 'pg';
import { DatabaseAvailability } from './database-availability';
import { createPooledPrisma, DatabaseOptions, PrismaClient } from './prisma-client';

/** Injection token for the DatabaseOptions the app derives from its configuration. */
export const DATABASE_OPTIONS = Symbol('DATABASE_OPTIONS');

/**
 * The app's one Prisma client and its pool. Closed at application shutdown, which comes
 * after the HTTP server has finished the requests in flight (not at module destruction,
 * which NestJS runs before it).
 */
@Injectable()
export class PrismaService implements OnApplicationShutdown {
  readonly client: PrismaClient;
  readonly pool: Pool;
  readonly availability: DatabaseAvailability;

  constructor(@Inject(DATABASE_OPTIONS) options: DatabaseOptions) {
    const logger = new Logger('Database');
    const pooled = createPooledPrisma({ ...options, onConnectionError: (error) => this.availability.suspect(error) });
    this.client = pooled.client;
    this.pool = pooled.pool;
    this.availability = new DatabaseAvailability(() => this.pool.query('SELECT 1'), {
      warn: (fields, message) => logger.warn(fields, message),
      log: (fields, message) => logger.log(fields, message),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.availability.stop();
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
