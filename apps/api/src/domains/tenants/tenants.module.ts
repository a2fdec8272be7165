import { Module } from '@nestjs/common';
import { TenantsController } from './tenants.controller';
import { TenantsRepository } from './tenants.repository';
import { TenantsService } from './tenants.service';

/** Tenants, administered by the operator's service tokens. */
@Module({ controllers: [TenantsController], providers: [TenantsService, TenantsRepository] })
export class TenantsModule {}
