import { Controller, Get, Patch, Post } from '@nestjs/common';
import { Operation } from '../contract/operation.decorator';
import { notImplemented } from '../http/not-implemented';

@Controller('v1/provider')
export class ProviderUsersController {
  @Post('users')
  @Operation('createProviderUser')
  create() {
    notImplemented();
  }

  @Get('users/:userId')
  @Operation('getProviderUser')
  get() {
    notImplemented();
  }

  @Patch('users/:userId')
  @Operation('updateProviderUser')
  update() {
    notImplemented();
  }

  @Get('organizations/:organizationId/users')
  @Operation('listProviderOrganizationUsers')
  listOrganizationUsers() {
    notImplemented();
  }
}
