import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { PrismaService } from '@access/db';
import type { AppConfig } from '../platform/config/config';
import type { ContractOperation } from '../platform/contract/contract-operations';
import { answerNotModified } from '../platform/conditional/conditional.interceptor';
import { ContractRegistry } from '../platform/contract/contract-registry';
import { documentedErrorsOnly } from '../platform/contract/documented-errors';
import { mountSwaggerUi } from '../platform/docs/swagger-ui';
import { ApiExceptionFilter } from '../platform/http/api-exception.filter';
import { corsOptions } from '../platform/http/cors';
import { databaseFaultAnswer } from '../platform/http/database-fault-answer';
import { sendThrough } from '../platform/http/error-reply';
import { useJsonBodiesOnly } from '../platform/http/json-body-parser';
import { clientErrorHandler, frameworkErrorHandler } from '../platform/http/transport-errors';
import { methodNotAllowedRefiner } from '../platform/http/method-not-allowed';
import { refuseRepeatedHeaders } from '../platform/http/repeated-headers';
import { HEADER } from '../platform/http/headers';
import { generateRequestId } from '../platform/http/request-id';
import { refuseUnexpectedBodies } from '../platform/http/unexpected-bodies';
import { ServiceLifecycle } from '../platform/lifecycle/service-lifecycle';
import { closeConnectionsWhileShuttingDown, refuseWhileShuttingDown } from '../platform/lifecycle/shutdown-hooks';
import { observeRequests } from '../platform/observability/http-observability';
import { AppModule } from './app.module';

/** Builds the whole HTTP application; used by main.ts and by the HTTP tests alike. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  // The router's refusals name the documented parameter they concern and are answered by the
  // app's exception filter: both exist once the app does.
  const known: { operations: readonly ContractOperation[]; filter: ApiExceptionFilter } = {
    operations: [],
    filter: new ApiExceptionFilter(),
  };
  const sendError = sendThrough(() => known.filter);
  const maxParamLength = 512;
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    genReqId: generateRequestId,
    logger: false,
    // Long enough for any id the contract allows, so an over-long one reaches validation (400 with a pointer).
    routerOptions: { maxParamLength },
    // Requests that reach a closing server are refused by a hook below, in the envelope.
    return503OnClosing: false,
    frameworkErrors: frameworkErrorHandler(() => known.operations, maxParamLength, sendError),
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
  // Every error answer: a database fault named as such, a 405 where the path exists, and
  // (tests and development) only codes the operation documents.
  known.filter = new ApiExceptionFilter({
    translateFault: databaseFaultAnswer(app.get(PrismaService).availability),
    refineNotFound: methodNotAllowedRefiner(operations),
    checkAnswer: config.validateResponses ? documentedErrorsOnly(operations) : undefined,
  });

  useJsonBodiesOnly(app);
  observeRequests(app);
  const fastify = app.getHttpAdapter().getInstance();
  const lifecycle = app.get(ServiceLifecycle);
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header(HEADER.requestId, request.id);
    done();
  });
  fastify.addHook('onRequest', refuseWhileShuttingDown(lifecycle, sendError));
  fastify.addHook('onRequest', refuseRepeatedHeaders(registry.singleValuedHeaders(), sendError));
  fastify.addHook('onRequest', refuseUnexpectedBodies(operations, sendError));
  fastify.addHook('onSend', closeConnectionsWhileShuttingDown(lifecycle));
  fastify.addHook('onSend', answerNotModified);

  app.useGlobalFilters(known.filter);
  if (config.cors.allowedOrigins.length > 0) app.enableCors(corsOptions(config.cors, operations));
  mountSwaggerUi(app);
  await app.init();
  return app;
}
