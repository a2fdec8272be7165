import { Controller, Get } from '@nestjs/common';
import type { components } from '@access/contract';
import { classifyDatabaseFault, PrismaService } from '@access/db';
import { ApiException } from '@access/errors';
import { Operation } from '../contract/operation.decorator';
import { ServiceLifecycle } from '../lifecycle/service-lifecycle';
import { shuttingDown } from '../lifecycle/shutdown-hooks';

@Controller()
export class HealthController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly lifecycle: ServiceLifecycle,
  ) {}

  /** Liveness: the process serves HTTP. */
  @Get('healthz')
  @Operation('getHealth')
  health(): components['schemas']['Health'] {
    return { status: 'ok' };
  }

  /** Readiness: not shutting down, and the database answers, so the service can take traffic. */
  @Get('readyz')
  @Operation('getReadiness')
  async readiness(): Promise<components['schemas']['Readiness']> {
    // (A request that arrives once shutdown began is refused before it gets here; this one was already on its way.)
    if (this.lifecycle.shuttingDown) throw shuttingDown();
    try {
      await this.prisma.client.$queryRaw`SELECT 1`;
    } catch (error) {
      if (classifyDatabaseFault(error)?.kind === 'unavailable') this.prisma.availability.suspect(error);
      throw new ApiException('service_unavailable', {
        message: 'The database does not answer.',
        details: { database: 'down' },
        cause: error,
      });
    }
    this.prisma.availability.confirmUp();
    return { status: 'ready', checks: { database: 'up' } };
  }
}
