import { Controller, Delete, Get, Post } from '@nestjs/common';
import { Operation } from '../contract/operation.decorator';
import { notImplemented } from '../http/not-implemented';

@Controller('v1/users/:id/identities')
export class IdentitiesController {
  @Post()
  @Operation('createUserIdentity')
  create() {
    notImplemented();
  }

  @Get()
  @Operation('listUserIdentities')
  list() {
    notImplemented();
  }

  @Delete(':identityId')
  @Operation('deleteUserIdentity')
  remove() {
    notImplemented();
  }
}
