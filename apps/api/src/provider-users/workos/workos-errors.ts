import { Logger } from '@nestjs/common';
import { ApiException, type ErrorCodeSlug, type FieldError } from '@access/errors';
import { type ObservedAnswer, rateLimited } from './provider-deadline';

/** The shape every WorkOS SDK request exception shares. */
interface WorkOSRequestError {
  status: number;
  requestID?: string;
  code?: string;
  errors?: unknown[];
  retryAfter?: number | null;
}

function isWorkOSRequestError(error: unknown): error is WorkOSRequestError {
  return typeof error === 'object' && error !== null && typeof (error as WorkOSRequestError).status === 'number';
}

/** WorkOS field names → pointers into our request bodies. */
const POINTERS: Record<string, string> = {
  email: '/email',
  first_name: '/firstName',
  last_name: '/lastName',
  metadata: '/mobileNumber',
  'metadata.mobile_number': '/mobileNumber',
};

interface WorkOSFieldError {
  field?: unknown;
  code?: unknown;
}

/** A provider code is echoed only when it is a plain token: never a raw provider message. */
function codeOf(entry: WorkOSFieldError): string | undefined {
  return typeof entry.code === 'string' && /^[a-z0-9_.]{1,64}$/i.test(entry.code) ? entry.code : undefined;
}

function fieldErrors(errors: unknown[] | undefined): FieldError[] {
  return (errors ?? []).flatMap((raw) => {
    if (typeof raw !== 'object' || raw === null) return [];
    const entry = raw as WorkOSFieldError;
    const code = codeOf(entry);
    // A field we cannot name points at the whole body (the empty pointer).
    const pointer = (typeof entry.field === 'string' && POINTERS[entry.field]) || '';
    const detail = code ? `was refused by the access provider (${code})` : 'was refused by the access provider';
    return [{ detail, pointer, location: 'body' as const }];
  });
}

/** Live WorkOS refuses a taken email with 400 user_creation_error / email_not_available; its emulator with 409. */
function isEmailTaken(error: WorkOSRequestError): boolean {
  if (error.status === 409) return true;
  return (error.errors ?? []).some((e) => typeof e === 'object' && e !== null && codeOf(e) === 'email_not_available');
}

export interface WorkOSCall {
  operation: string;
  /** What a 404 from WorkOS means for this call. */
  notFound: Extract<ErrorCodeSlug, 'provider_user_not_found' | 'provider_organization_not_found'>;
}

const logger = new Logger('AccessProvider');

/**
 * Maps whatever the WorkOS SDK threw to our catalogue. The caller never sees a WorkOS
 * body or stack; the log keeps WorkOS's request id to trace it (never the API key).
 */
export function translateWorkOSError(error: unknown, call: WorkOSCall, observed: ObservedAnswer): ApiException {
  if (error instanceof ApiException) return error;
  if (!isWorkOSRequestError(error)) {
    logger.warn(`WorkOS ${call.operation} failed without an answer: ${error instanceof Error ? error.name : 'unknown error'}`);
    return new ApiException('provider_unavailable', { cause: error });
  }
  const trace = `WorkOS ${call.operation} answered ${error.status}${error.code ? ` ${error.code}` : ''} (WorkOS request id ${error.requestID || 'none'})`;
  switch (error.status) {
    case 404:
      return new ApiException(call.notFound, { cause: error });
    case 429: {
      logger.warn(trace);
      const retryAfter = observed.retryAfter ?? (typeof error.retryAfter === 'number' ? String(error.retryAfter) : null);
      return rateLimited(retryAfter, error);
    }
    case 400:
    case 409:
    case 422: {
      const refused = { ...error, errors: error.errors ?? observed.fieldErrors };
      if (isEmailTaken(refused)) {
        return new ApiException('provider_user_exists', {
          errors: [{ detail: 'is already taken', pointer: '/email', location: 'body' }],
          cause: error,
        });
      }
      if (error.status !== 409) {
        logger.warn(trace);
        return new ApiException('provider_validation_failed', { errors: fieldErrors(refused.errors), cause: error });
      }
      break;
    }
    case 401:
    case 403:
      // Our key is wrong or lacks rights: an operator's problem, not the caller's.
      logger.error(`${trace}: check WORKOS_API_KEY`);
      return new ApiException('provider_unavailable', { cause: error });
  }
  logger.error(trace);
  return new ApiException('provider_unavailable', { cause: error });
}
