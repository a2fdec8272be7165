import { Global, Module } from '@nestjs/common';
import { openApiDocument } from '@access/contract';
import { ContractRegistry } from './contract-registry';
import { RequestValidator } from './request-validator';

/** The OpenAPI document as the app uses it: operations by id and compiled validators. */
@Global()
@Module({
  providers: [
    { provide: ContractRegistry, useFactory: () => new ContractRegistry(openApiDocument) },
    { provide: RequestValidator, useFactory: () => new RequestValidator(openApiDocument) },
  ],
  exports: [ContractRegistry, RequestValidator],
})
export class ContractModule {}
