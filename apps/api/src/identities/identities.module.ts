import { Module } from '@nestjs/common';
import { IdentityProvidersController } from './identity-providers/identity-providers.controller';
import { IdentityProvidersRepository } from './identity-providers/identity-providers.repository';
import { IdentityProvidersService } from './identity-providers/identity-providers.service';
import { UserIdentitiesController } from './user-identities/user-identities.controller';
import { UserIdentitiesRepository } from './user-identities/user-identities.repository';
import { UserIdentitiesService } from './user-identities/user-identities.service';

/** Identity providers of a tenant and the identities that link its users to them. */
@Module({
  controllers: [UserIdentitiesController, IdentityProvidersController],
  providers: [IdentityProvidersService, IdentityProvidersRepository, UserIdentitiesService, UserIdentitiesRepository],
})
export class IdentitiesModule {}
