import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../config/config';

/**
 * Structured JSON logs through pino. Every line of a request carries its id
 * (pino-http reads the id that generateRequestId put on the raw request), and
 * credentials are redacted wherever they could appear.
 */
export function loggerModule(config: AppConfig) {
  return LoggerModule.forRoot({
    pinoHttp: {
      level: config.logLevel,
      base: { service: 'access-management-api' },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers["x-api-key"]',
          'req.headers.cookie',
          'res.headers["set-cookie"]',
          '*.password',
          '*.password_hash',
        ],
        censor: '[redacted]',
      },
      serializers: {
        req: (req: { id?: string; method?: string; url?: string }) => ({ id: req.id, method: req.method, url: req.url }),
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    },
  });
}
