import { AccessApiError, isErrorEnvelope } from './access-api-error';

/** The shape of every openapi-fetch result. */
export interface FetchResult {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

/** The success branch's data of an openapi-fetch result type. */
export type SuccessData<Result extends FetchResult> = Extract<Result, { error?: never }>['data'];

/**
 * Returns the data of a successful call or throws AccessApiError for an error answer.
 * `unwrap(await client.GET('/v1/users/{id}', { params: { path: { id } } }))`
 */
export function unwrap<Result extends FetchResult>(result: Result): SuccessData<Result> {
  if (!result.response.ok) {
    throw new AccessApiError(result.response.status, isErrorEnvelope(result.error) ? result.error : undefined, result.response);
  }
  return result.data;
}
