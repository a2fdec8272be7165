import { NestFactory } from '@nestjs/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { ApiExceptionFilter } from '@access/errors';
import type { AppConfig } from '../config/config';
import { ContractRegistry } from '../contract/contract-registry';
import { documentedErrorsOnly } from '../contract/documented-errors';
import { mountSwaggerUi } from '../docs/swagger-ui';
import { corsOptions } from '../http/cors';
import { useJsonBodiesOnly } from '../http/json-body-parser';
import { clientErrorHandler, frameworkErrorAnswer } from '../http/transport-errors';
import { methodNotAllowedRefiner } from '../http/method-not-allowed';
import { generateRequestId, REQUEST_ID_HEADER } from '../http/request-id';
import { AppModule } from './app.module';

/** Builds the whole HTTP application; used by main.ts and by the HTTP tests alike. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    genReqId: generateRequestId,
    logger: false,
    // Long enough for any id the contract allows, so an over-long one reaches validation (400 with a pointer).
    maxParamLength: 512,
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const answer = frameworkErrorAnswer(error, request.id);
      void reply.code(answer.status).header('content-type', 'application/json; charset=utf-8').send(answer.body);
    },
    clientErrorHandler,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
    // Fastify's own JSON parser only: NestJS would also accept form-encoded bodies.
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));

  useJsonBodiesOnly(app);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });

  const operations = app.get(ContractRegistry).all();
  app.useGlobalFilters(
    new ApiExceptionFilter(methodNotAllowedRefiner(operations), config.validateResponses ? documentedErrorsOnly(operations) : undefined),
  );
  if (config.cors.allowedOrigins.length > 0) app.enableCors(corsOptions(config.cors, operations));
  mountSwaggerUi(app);
  await app.init();
  return app;
}
