import { CREDENTIAL_ERRORS } from '../platform/auth/authentication.guard';
import { POLICY_ERRORS, SCOPE_ERRORS } from '../platform/auth/authorization.guard';
import { TENANT_ERRORS } from '../platform/auth/tenant.guard';
import { REQUEST_ERRORS } from '../platform/contract/contract-validation.guard';
import { PLATFORM_ERRORS, type ErrorSource } from '../platform/contract/error-sources';
import { DATABASE_ERRORS } from '../platform/http/database-fault-answer';
import { JSON_BODY_ERRORS } from '../platform/http/json-body-parser';
import { REPEATED_HEADER_ERRORS } from '../platform/http/repeated-headers';
import { UNEXPECTED_BODY_ERRORS } from '../platform/http/unexpected-bodies';
import { SHUTDOWN_ERRORS } from '../platform/lifecycle/shutdown-hooks';
import { PRECONDITION_ERRORS } from '../platform/conditional/preconditions';
import { IDEMPOTENCY_ERRORS, IDEMPOTENCY_SECRET_ERRORS } from '../platform/idempotency/idempotency.module';
import { CURSOR_ERRORS } from '../platform/pagination/cursor-codec';
import { ACCESS_PROVIDER_ERRORS } from '../domains/provider-users/provider-users.controller';

/** Every part of the service that answers errors of its own (see contract/error-sources.ts). */
export const ERROR_SOURCES: readonly ErrorSource[] = [
  PLATFORM_ERRORS,
  SHUTDOWN_ERRORS,
  REQUEST_ERRORS,
  REPEATED_HEADER_ERRORS,
  JSON_BODY_ERRORS,
  UNEXPECTED_BODY_ERRORS,
  CREDENTIAL_ERRORS,
  TENANT_ERRORS,
  POLICY_ERRORS,
  SCOPE_ERRORS,
  CURSOR_ERRORS,
  ACCESS_PROVIDER_ERRORS,
  DATABASE_ERRORS,
  IDEMPOTENCY_ERRORS,
  IDEMPOTENCY_SECRET_ERRORS,
  PRECONDITION_ERRORS,
];
