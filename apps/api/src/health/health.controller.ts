import { Controller, Get } from '@nestjs/common';
import { Operation } from '../contract/operation.decorator';

@Controller()
export class HealthController {
  /** Liveness: the process serves HTTP. */
  @Get('healthz')
  @Operation('getHealth')
  health() {
    return { status: 'ok' };
  }

  /** Readiness: the service can take traffic. */
  @Get('readyz')
  @Operation('getReadiness')
  readiness() {
    return { status: 'ok' };
  }
}
