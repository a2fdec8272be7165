import { Logger } from '@nestjs/common';
import { ApiException, type ErrorLocation, type FieldError } from '@access/errors';
import { providerRequestRefused, providerUnavailable, providerUserExists, providerValidationFailed } from '../provider-users.errors';
import { type ProviderAnswer, rateLimited } from './provider-call';

interface Place {
  pointer: string;
  location: ErrorLocation;
}

/** What one WorkOS request means for the caller's request, so a refusal of it is named in the caller's terms. */
export interface WorkOSRequest {
  /** For logs: `getUser`, `listUsers`, … */
  operation: string;
  /** What a 404 from WorkOS means for this request. */
  notFound: (cause: unknown) => ApiException;
  /** WorkOS field names → where the value sits in the caller's request. */
  fields: Readonly<Record<string, Place>>;
  /**
   * Where a refused value WorkOS does not name points: the whole body of a write, the path
   * parameter that names the resource of a read (a read has no body to point into).
   */
  unnamed: Place;
  /** A 422 whose message this matches means the resource does not exist (live WorkOS's answer to an unknown organisation filter). */
  notFoundMessage?: RegExp;
}

/** WorkOS error codes that name the field they refuse, when WorkOS sends no `errors` list. */
const CODE_FIELDS: Readonly<Record<string, string>> = {
  invalid_email: 'email',
  email_change_not_allowed: 'email',
  invalid_metadata: 'metadata',
};

interface RefusalBody {
  code?: unknown;
  message?: unknown;
  errors?: unknown;
}

interface RefusalEntry {
  field?: unknown;
  code?: unknown;
}

/** A provider code is echoed only when it is a plain token: never a raw provider message. */
function plainCode(code: unknown): string | undefined {
  return typeof code === 'string' && /^[a-z0-9_.]{1,64}$/i.test(code) ? code : undefined;
}

function entriesOf(body: RefusalBody): RefusalEntry[] {
  return Array.isArray(body.errors) ? body.errors.filter((e): e is RefusalEntry => typeof e === 'object' && e !== null) : [];
}

/**
 * Live WorkOS refuses a taken email on create with 400 user_creation_error and an
 * `email_not_available` entry, on update with 400 `email_not_available` and no entries at
 * all; its emulator answers 409 user_already_exists.
 */
function isEmailTaken(status: number, body: RefusalBody): boolean {
  const codes = [body.code, ...entriesOf(body).map((e) => e.code)];
  return codes.includes('email_not_available') || (status === 409 && (body.code === undefined || body.code === 'user_already_exists'));
}

/** One entry per value WorkOS refused, placed in the caller's request; a known top-level code stands for its field. */
function fieldErrors(body: RefusalBody, request: WorkOSRequest): FieldError[] {
  const entries = entriesOf(body);
  const named = entries.length > 0 ? entries : typeof body.code === 'string' && CODE_FIELDS[body.code] ? [{ code: body.code }] : [];
  return named.map((entry) => {
    const code = plainCode(entry.code);
    const field = typeof entry.field === 'string' ? entry.field : code && CODE_FIELDS[code];
    const place = (field && (request.fields[field] ?? request.fields[field.split('.')[0] ?? ''])) || request.unnamed;
    return { detail: code ? `was refused by the access provider (${code})` : 'was refused by the access provider', ...place };
  });
}

function refusal(status: number, body: RefusalBody, request: WorkOSRequest, cause: unknown): ApiException {
  if (isEmailTaken(status, body)) {
    return providerUserExists(cause);
  }
  if (status === 422 && typeof body.message === 'string' && request.notFoundMessage?.test(body.message)) {
    return request.notFound(cause);
  }
  const errors = fieldErrors(body, request);
  if (errors.length > 0) return providerValidationFailed(errors, cause);
  // Nothing to point at: say so, rather than "see errors" over an empty list.
  return providerRequestRefused(plainCode(body.code), cause);
}

const logger = new Logger('AccessProvider');

/**
 * Maps a failed WorkOS request to our catalogue, from the answer WorkOS gave (kept whole
 * by the fetch wrapper) rather than from what the SDK's exception kept of it. The caller
 * never sees a WorkOS body or stack; the log keeps WorkOS's request id to trace it, never
 * the API key.
 */
export function translateWorkOSError(error: unknown, answer: ProviderAnswer | undefined, request: WorkOSRequest): ApiException {
  if (error instanceof ApiException) return error;
  if (!answer) {
    // No HTTP answer (network failure, or a success whose body could not be read).
    logger.warn(`WorkOS ${request.operation} failed without an answer: ${error instanceof Error ? error.name : 'unknown error'}`);
    return providerUnavailable(error);
  }
  const { status } = answer;
  const body = (typeof answer.body === 'object' && answer.body !== null ? answer.body : {}) as RefusalBody;
  const requestId = (error as { requestID?: unknown }).requestID;
  const trace = `WorkOS ${request.operation} answered ${status}${plainCode(body.code) ? ` ${String(body.code)}` : ''} (WorkOS request id ${typeof requestId === 'string' && requestId ? requestId : 'none'})`;
  switch (status) {
    case 404:
      return request.notFound(error);
    case 429:
      logger.warn(trace);
      return rateLimited(answer.retryAfter, error);
    case 400:
    case 409:
    case 422:
      logger.warn(trace);
      return refusal(status, body, request, error);
    case 401:
    case 403:
      // Our key is wrong or lacks rights: an operator's problem, not the caller's.
      logger.error(`${trace}: check WORKOS_API_KEY`);
      return providerUnavailable(error);
  }
  logger.error(trace);
  return providerUnavailable(error);
}
