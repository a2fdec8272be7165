import { Controller, Get, Param, Query } from '@nestjs/common';
import type { AuditEvent, AuditEventList } from '@access/contract';
import { Authorize } from '../../platform/auth/authorize.decorator';
import { TenantId } from '../../platform/auth/request-auth';
import { Operation } from '../../platform/contract/operation.decorator';
import { AuditEventsService, type ListAuditEventsQuery } from './audit-events.service';

/** The guards have authenticated, tenant-checked, validated and authorized every request here. */
@Controller('v1/audit-events')
export class AuditEventsController {
  constructor(private readonly service: AuditEventsService) {}

  @Get()
  @Operation('listAuditEvents')
  @Authorize({ action: 'listAuditEvents', resource: { type: 'Tenant' } })
  list(@TenantId() tenantId: string, @Query() query: ListAuditEventsQuery): Promise<AuditEventList> {
    return this.service.list(tenantId, query);
  }

  @Get(':id')
  @Operation('getAuditEvent')
  @Authorize({ action: 'getAuditEvent', resource: { type: 'Tenant' } })
  get(@TenantId() tenantId: string, @Param('id') id: string): Promise<AuditEvent> {
    return this.service.get(tenantId, id);
  }
}
