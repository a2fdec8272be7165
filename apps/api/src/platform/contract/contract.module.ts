import { Global, Module } from '@nestjs/common';
import { openApiDocument } from '@access/contract';
import { ContractRegistry } from './contract-registry';
import { RequestValidator } from './request-validator';

/** The OpenAPI document as the app uses it: operations by id and compiled validators. */
@Global()
@Module({
  providers: [
    { provide: ContractRegistry, useFactory: () => new ContractRegistry() },
    {
      provide: RequestValidator,
      useFactory: (registry: ContractRegistry) => new RequestValidator(openApiDocument, registry.all()),
      inject: [ContractRegistry],
    },
  ],
  exports: [ContractRegistry, RequestValidator],
})
export class ContractModule {}
