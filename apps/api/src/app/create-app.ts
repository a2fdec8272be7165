import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { ApiExceptionFilter } from '@access/errors';
import type { AppConfig } from '../config/config';
import type { ContractOperation } from '../contract/contract-operations';
import { ContractRegistry } from '../contract/contract-registry';
import { documentedErrorsOnly } from '../contract/documented-errors';
import { mountSwaggerUi } from '../docs/swagger-ui';
import { corsOptions } from '../http/cors';
import { useJsonBodiesOnly } from '../http/json-body-parser';
import { clientErrorHandler, frameworkErrorHandler } from '../http/transport-errors';
import { methodNotAllowedRefiner } from '../http/method-not-allowed';
import { refuseRepeatedHeaders } from '../http/repeated-headers';
import { generateRequestId, REQUEST_ID_HEADER } from '../http/request-id';
import { refuseUnexpectedBodies } from '../http/unexpected-bodies';
import { AppModule } from './app.module';

/** Builds the whole HTTP application; used by main.ts and by the HTTP tests alike. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  // The router's refusals name the documented parameter they concern; the registry exists once the app does.
  const known: { operations: readonly ContractOperation[] } = { operations: [] };
  const maxParamLength = 512;
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    genReqId: generateRequestId,
    logger: false,
    // Long enough for any id the contract allows, so an over-long one reaches validation (400 with a pointer).
    maxParamLength,
    frameworkErrors: frameworkErrorHandler(() => known.operations, maxParamLength),
    clientErrorHandler,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
    // Fastify's own JSON parser only: NestJS would also accept form-encoded bodies.
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  const registry = app.get(ContractRegistry);
  const operations = registry.all();
  known.operations = operations;

  useJsonBodiesOnly(app);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
  fastify.addHook('onRequest', refuseRepeatedHeaders(registry.singleValuedHeaders()));
  fastify.addHook('onRequest', refuseUnexpectedBodies(operations));

  app.useGlobalFilters(
    new ApiExceptionFilter(methodNotAllowedRefiner(operations), config.validateResponses ? documentedErrorsOnly(operations) : undefined),
  );
  if (config.cors.allowedOrigins.length > 0) app.enableCors(corsOptions(config.cors, operations));
  mountSwaggerUi(app);
  await app.init();
  return app;
}
