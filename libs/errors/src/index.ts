export { ERROR_DEFINITIONS, ERROR_DOMAINS, ERRORS, errorDefinition } from './lib/catalogue';
export type { ErrorCodeSlug, ErrorDefinition, ErrorDomainId } from './lib/catalogue';
export type { ErrorEnvelope, ErrorLocation, FieldError } from './lib/envelope';
export { ApiException } from './lib/api-exception';
export type { ApiExceptionOptions } from './lib/api-exception';
export { toApiException } from './lib/to-api-exception';
export { ApiExceptionFilter, renderEnvelope } from './lib/api-exception.filter';
export type {
  AnswerCheck,
  ErrorAnswerOptions,
  FaultTranslator,
  HttpReplyLike,
  HttpRequestLike,
  NotFoundRefiner,
} from './lib/api-exception.filter';
export { answeredError } from './lib/answered-error';
export type { AnsweredError } from './lib/answered-error';
