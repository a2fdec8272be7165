import { Controller, Get } from '@nestjs/common';
import type { components } from '@access/contract';
import { PrismaService } from '@access/db';
import { ApiException } from '@access/errors';
import { Operation } from '../contract/operation.decorator';

@Controller()
export class HealthController {
  constructor(private readonly prisma: PrismaService) {}

  /** Liveness: the process serves HTTP. */
  @Get('healthz')
  @Operation('getHealth')
  health(): components['schemas']['Health'] {
    return { status: 'ok' };
  }

  /** Readiness: the database answers, so the service can take traffic. */
  @Get('readyz')
  @Operation('getReadiness')
  async readiness(): Promise<components['schemas']['Readiness']> {
    try {
      await this.prisma.client.$queryRaw`SELECT 1`;
    } catch (error) {
      throw new ApiException('service_unavailable', {
        message: 'The database does not answer.',
        details: { database: 'down' },
        cause: error,
      });
    }
    return { status: 'ready', checks: { database: 'up' } };
  }
}
