import { Module, type OnModuleInit } from '@nestjs/common';
import { RequestValidator } from '../../platform/contract/request-validator';
import { avatarProblems } from './avatar';
import { PasswordHasher } from './password-hasher';
import { createUserPasswordProblems } from './password-rules';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({ controllers: [UsersController], providers: [UsersService, UsersRepository, PasswordHasher] })
export class UsersModule implements OnModuleInit {
  constructor(private readonly validator: RequestValidator) {}

  /** Rules the document cannot state, reported in one 400 with the schema's own problems. */
  onModuleInit(): void {
    this.validator.addBodyRule('createUser', (body) => [...createUserPasswordProblems(body), ...avatarProblems(body)]);
    this.validator.addBodyRule('updateUser', avatarProblems);
  }
}
