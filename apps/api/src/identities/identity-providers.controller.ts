import { Controller, Delete, Get, Post } from '@nestjs/common';
import { Operation } from '../contract/operation.decorator';
import { notImplemented } from '../http/not-implemented';

@Controller('v1/identity-providers')
export class IdentityProvidersController {
  @Post()
  @Operation('createIdentityProvider')
  create() {
    notImplemented();
  }

  @Get()
  @Operation('listIdentityProviders')
  list() {
    notImplemented();
  }

  @Get(':id')
  @Operation('getIdentityProvider')
  get() {
    notImplemented();
  }

  @Delete(':id')
  @Operation('deleteIdentityProvider')
  remove() {
    notImplemented();
  }
}
