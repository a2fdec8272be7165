import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { ApiExceptionFilter } from '@access/errors';
import type { AppConfig } from '../config/config';
import { ContractRegistry } from '../contract/contract-registry';
import { mountSwaggerUi } from '../docs/swagger-ui';
import { useJsonBodiesOnly } from '../http/json-body-parser';
import { methodNotAllowedRefiner } from '../http/method-not-allowed';
import { generateRequestId, REQUEST_ID_HEADER } from '../http/request-id';
import { AppModule } from './app.module';

/** Builds the whole HTTP application; used by main.ts and by the HTTP tests alike. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    genReqId: generateRequestId,
    logger: false,
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

  app.useGlobalFilters(new ApiExceptionFilter(methodNotAllowedRefiner(app.get(ContractRegistry).all())));
  mountSwaggerUi(app);
  await app.init();
  return app;
}
