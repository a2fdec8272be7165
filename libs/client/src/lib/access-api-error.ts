import type { ErrorEnvelope } from '@access/contract';
import { REQUEST_ID_HEADER } from '@access/contract/constants';

/** A non-2xx answer of the API, with its error envelope when the body was one. */
export class AccessApiError extends Error {
  override readonly name = 'AccessApiError';

  constructor(
    readonly status: number,
    /** The parsed error envelope; undefined when the body was not one (e.g. a proxy's HTML page). */
    readonly envelope: ErrorEnvelope | undefined,
    readonly response?: Response,
  ) {
    super(envelope ? `${status} ${envelope.code}: ${envelope.message}` : `HTTP ${status}`);
  }

  get code(): ErrorEnvelope['code'] | undefined {
    return this.envelope?.code;
  }

  get errorCode(): string | undefined {
    return this.envelope?.errorCode;
  }

  get requestId(): string | undefined {
    return this.envelope?.requestId ?? this.response?.headers.get(REQUEST_ID_HEADER) ?? undefined;
  }
}

export function isErrorEnvelope(value: unknown): value is ErrorEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate['code'] === 'string' && typeof candidate['errorCode'] === 'string' && typeof candidate['message'] === 'string';
}
