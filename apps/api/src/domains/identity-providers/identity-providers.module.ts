import { Module } from '@nestjs/common';
import { IdentityProvidersController } from './identity-providers.controller';
import { IdentityProvidersRepository } from './identity-providers.repository';
import { IdentityProvidersService } from './identity-providers.service';

/** The identity providers (OIDC, SAML, SCIM) of a tenant. */
@Module({ controllers: [IdentityProvidersController], providers: [IdentityProvidersService, IdentityProvidersRepository] })
export class IdentityProvidersModule {}
