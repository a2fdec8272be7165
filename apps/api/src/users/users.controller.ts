import { Controller, Delete, Get, Patch, Post } from '@nestjs/common';
import { Operation } from '../contract/operation.decorator';
import { notImplemented } from '../http/not-implemented';

@Controller('v1/users')
export class UsersController {
  @Post()
  @Operation('createUser')
  create() {
    notImplemented();
  }

  @Get()
  @Operation('listUsers')
  list() {
    notImplemented();
  }

  @Get(':id')
  @Operation('getUser')
  get() {
    notImplemented();
  }

  @Patch(':id')
  @Operation('updateUser')
  update() {
    notImplemented();
  }

  @Delete(':id')
  @Operation('deleteUser')
  remove() {
    notImplemented();
  }
}
