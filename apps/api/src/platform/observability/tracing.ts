import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { PrismaInstrumentation } from '@prisma/instrumentation';
import { readTracingConfig } from '../config/tracing-config';

/**
 * OpenTelemetry tracing, off unless an OTLP endpoint is configured
 * (OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT). When on, it traces
 * the API's HTTP requests, Prisma's operations and the pg queries under them, and outgoing
 * fetch calls (the WorkOS SDK), exported over OTLP/HTTP (JSON). main.ts imports this module
 * first: the instrumentations patch modules as they are loaded. The request id is put on
 * each request's span by create-app.ts (annotateRequestSpan).
 */
let provider: TracerProvider | undefined;

function startTracing(): void {
  const config = readTracingConfig(process.env);
  if (!config.tracesEndpoint) return;
  provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.serviceName }),
    spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: config.tracesEndpoint }) })],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      // Probes and the metrics listener would drown the traces.
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => /^\/(healthz|readyz|metrics)\b/.test(request.url ?? '') }),
      new UndiciInstrumentation(),
      new PgInstrumentation({ requireParentSpan: true }),
      new PrismaInstrumentation(),
    ],
  });
}

startTracing();

/** Sends the spans still buffered, then stops; a no-op when tracing is off. */
export async function stopTracing(): Promise<void> {
  await provider?.shutdown();
}

/** Puts the request id on the span of the request being served, when tracing is on. */
export function annotateRequestSpan(requestId: string): void {
  if (provider) trace.getActiveSpan()?.setAttribute('http.request.id', requestId);
}
