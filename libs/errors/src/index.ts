export { ERROR_DEFINITIONS, ERROR_DOMAINS, ERRORS, errorDefinition } from './lib/catalogue';
export type { ErrorCodeSlug, ErrorDefinition, ErrorDomainId } from './lib/catalogue';
export { renderEnvelope } from './lib/envelope';
export type { ErrorEnvelope, ErrorLocation, FieldError } from './lib/envelope';
export { ApiException } from './lib/api-exception';
export type { ApiExceptionOptions } from './lib/api-exception';
