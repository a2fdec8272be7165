/**
 * OpenTelemetry tracing, configured with the standard OTEL_* variables. It is read by
 * loadConfig like every other setting, and also by observability/tracing.ts, which has to
 * start before anything else is loaded (so this file imports nothing).
 */
export interface TracingConfig {
  /** OTLP/HTTP traces endpoint (…/v1/traces). Absent: tracing is off. */
  tracesEndpoint?: string;
  serviceName: string;
}

export function readTracingConfig(env: Record<string, string | undefined>, problems: string[] = []): TracingConfig {
  const value = (name: string) => (env[name]?.trim() ? env[name].trim() : undefined);
  const serviceName = value('OTEL_SERVICE_NAME') ?? 'access-management-api';
  const traces = value('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT');
  const base = value('OTEL_EXPORTER_OTLP_ENDPOINT');
  // As the OTLP specification says: the signal-specific URL is used as it is, the base gets /v1/traces.
  const endpoint = traces ?? (base ? `${base.replace(/\/+$/, '')}/v1/traces` : undefined);
  if (endpoint === undefined) return { serviceName };
  try {
    const url = new URL(endpoint);
    if (url.protocol === 'http:' || url.protocol === 'https:') return { tracesEndpoint: endpoint, serviceName };
  } catch {
    // reported below
  }
  problems.push(`${traces ? 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT' : 'OTEL_EXPORTER_OTLP_ENDPOINT'} must be an http:// or https:// URL`);
  return { serviceName };
}
