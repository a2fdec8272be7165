import { Module } from '@nestjs/common';
import { ProviderUsersController } from './provider-users.controller';

@Module({ controllers: [ProviderUsersController] })
export class ProviderUsersModule {}
