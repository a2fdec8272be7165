import { CREDENTIAL_ERRORS } from '../auth/authentication.guard';
import { POLICY_ERRORS, SCOPE_ERRORS } from '../auth/authorization.guard';
import { TENANT_ERRORS } from '../auth/tenant.guard';
import { REQUEST_ERRORS } from '../contract/contract-validation.guard';
import { PLATFORM_ERRORS, type ErrorSource } from '../contract/error-sources';
import { DATABASE_ERRORS } from '../http/database-fault-answer';
import { JSON_BODY_ERRORS } from '../http/json-body-parser';
import { REPEATED_HEADER_ERRORS } from '../http/repeated-headers';
import { UNEXPECTED_BODY_ERRORS } from '../http/unexpected-bodies';
import { SHUTDOWN_ERRORS } from '../lifecycle/shutdown-hooks';
import { CURSOR_ERRORS } from '../pagination/cursor-codec';
import { ACCESS_PROVIDER_ERRORS } from '../provider-users/provider-users.controller';

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
];
