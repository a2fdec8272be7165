import { Module } from '@nestjs/common';
import { RolesController } from './roles.controller';
import { RolesRepository } from './roles.repository';
import { RolesService } from './roles.service';

/** The roles of a tenant: names the policies give meaning to. */
@Module({ controllers: [RolesController], providers: [RolesService, RolesRepository] })
export class RolesModule {}
