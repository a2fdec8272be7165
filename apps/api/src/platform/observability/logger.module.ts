import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { answeredError } from '../http/answered-error';
import type { AppConfig } from '../config/config';
import { HEADER } from '../http/headers';
import { redactUrl } from '../http/redact-url';

/**
 * Structured JSON logs through pino, one JSON object per line on stdout. Every line of a
 * request carries its id (pino-http reads the id that generateRequestId put on the raw
 * request); credentials and personal data in query strings are redacted. The line that
 * closes a refused request names the error answered; it carries no stack (an unexpected
 * error's stack is logged once, by the exception filter).
 *
 * Lines are written asynchronously: under load, lines that arrive while a write is under way go
 * out together in the next one, rather than one blocking write per line; pino writes what is
 * left when the process exits.
 */
export function loggerModule(config: AppConfig) {
  const withAnswer = (res: ServerResponse, fields: Record<string, unknown>) => {
    const error = answeredError(res);
    return error ? { ...fields, error } : fields;
  };
  return LoggerModule.forRoot({
    pinoHttp: [
      {
        level: config.logLevel,
        base: { service: 'access-management-api' },
        redact: {
          paths: [
            `req.headers["${HEADER.authorization}"]`,
            `req.headers["${HEADER.apiKey}"]`,
            'req.headers.cookie',
            'res.headers["set-cookie"]',
            '*.password',
            '*.password_hash',
          ],
          censor: '[redacted]',
        },
        serializers: {
          req: (req: { id?: string; method?: string; url?: string }) => ({ id: req.id, method: req.method, url: redactUrl(req.url) }),
          // The status only: pino-http's default copies every response header into every line.
          res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
        },
        customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
        customSuccessObject: (_req: IncomingMessage, res: ServerResponse, fields: Record<string, unknown>) => withAnswer(res, fields),
        // pino-http would add an `err` made up for the status code, stack and all.
        customErrorObject: (_req: IncomingMessage, res: ServerResponse, _error: Error, fields: Record<string, unknown>) => {
          const { err: _err, ...rest } = fields;
          return withAnswer(res, rest);
        },
      },
      pino.destination({ dest: 1, sync: false }),
    ],
  });
}
