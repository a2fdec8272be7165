import { Module } from '@nestjs/common';
import { IdentityProvidersController } from './identity-providers.controller';
import { IdentitiesController } from './identities.controller';

@Module({ controllers: [IdentitiesController, IdentityProvidersController] })
export class IdentitiesModule {}
