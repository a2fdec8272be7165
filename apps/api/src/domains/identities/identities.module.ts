import { Module } from '@nestjs/common';
import { IdentitiesController } from './identities.controller';
import { IdentitiesRepository } from './identities.repository';
import { IdentitiesService } from './identities.service';

/** The identities that link a tenant's users to its identity providers. */
@Module({ controllers: [IdentitiesController], providers: [IdentitiesService, IdentitiesRepository] })
export class IdentitiesModule {}
