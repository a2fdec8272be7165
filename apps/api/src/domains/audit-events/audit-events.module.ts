import { Module } from '@nestjs/common';
import { AuditEventsController } from './audit-events.controller';
import { AuditEventsRepository } from './audit-events.repository';
import { AuditEventsService } from './audit-events.service';

/** The tenant's audit trail (read side; every write path records with recordAuditEvent). */
@Module({ controllers: [AuditEventsController], providers: [AuditEventsService, AuditEventsRepository], exports: [AuditEventsRepository] })
export class AuditEventsModule {}
