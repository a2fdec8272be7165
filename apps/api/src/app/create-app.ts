import { NestFactory } from '@nestjs/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { PrismaService } from '@access/db';
import { ApiException, ApiExceptionFilter, recordAnsweredError, renderEnvelope } from '@access/errors';
import type { AppConfig } from '../config/config';
import { ContractRegistry } from '../contract/contract-registry';
import { mountSwaggerUi } from '../docs/swagger-ui';
import { databaseFaultAnswer, RETRY_AFTER_SEC } from '../http/database-fault-answer';
import { useJsonBodiesOnly } from '../http/json-body-parser';
import { clientErrorHandler, frameworkErrorAnswer } from '../http/transport-errors';
import { methodNotAllowedRefiner } from '../http/method-not-allowed';
import { generateRequestId, REQUEST_ID_HEADER } from '../http/request-id';
import { ServiceLifecycle } from '../lifecycle/service-lifecycle';
import { observeRequests } from '../observability/http-observability';
import { AppModule } from './app.module';

/** Builds the whole HTTP application; used by main.ts and by the HTTP tests alike. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    genReqId: generateRequestId,
    logger: false,
    // Long enough for any id the contract allows, so an over-long one reaches validation (400 with a pointer).
    routerOptions: { maxParamLength: 512 },
    // Requests that reach a closing server are refused below, in the envelope.
    return503OnClosing: false,
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const answer = frameworkErrorAnswer(error, request.id);
      recordAnsweredError(reply.raw, answer.exception);
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
  observeRequests(app);
  const fastify = app.getHttpAdapter().getInstance();
  const lifecycle = app.get(ServiceLifecycle);
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    // Liveness stays 200 while the process runs, as documented; everything else is refused.
    if (!lifecycle.shuttingDown || request.routeOptions.url === '/healthz') {
      done();
      return;
    }
    // A request that arrives on an open connection once shutdown began: another instance will serve it.
    const refusal = new ApiException('shutting_down');
    recordAnsweredError(reply.raw, refusal);
    void reply
      .code(refusal.status)
      .header('retry-after', String(RETRY_AFTER_SEC.shutting_down))
      .header('connection', 'close')
      .header('content-type', 'application/json; charset=utf-8')
      .send(JSON.stringify(renderEnvelope(refusal, request.id)));
  });

  // Answers finished while shutting down close their connection, so the server can stop without waiting for keep-alive timeouts.
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (lifecycle.shuttingDown) void reply.header('connection', 'close');
    done(null, payload);
  });

  app.useGlobalFilters(
    new ApiExceptionFilter(
      methodNotAllowedRefiner(app.get(ContractRegistry).all()),
      databaseFaultAnswer(app.get(PrismaService).availability),
    ),
  );
  mountSwaggerUi(app);
  await app.init();
  return app;
}
