import { Controller, Get, Header } from '@nestjs/common';
import { openApiDocument } from '@access/contract';
import { PublicRoute } from '../contract/route-binding';

/** Serves the hand-written contract as it is: no decorator-generated second spec. */
@Controller()
export class OpenApiController {
  @Get('openapi.json')
  @PublicRoute('the contract itself, for anyone to read')
  @Header('cache-control', 'public, max-age=300')
  document() {
    return openApiDocument;
  }
}
