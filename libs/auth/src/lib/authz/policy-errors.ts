import type { DetailedError } from '@cedar-policy/cedar-wasm/nodejs';

/** The schema or policies cannot be used: thrown at start-up, never per request. */
export class PolicyConfigurationError extends Error {
  override readonly name = 'PolicyConfigurationError';

  constructor(
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(problems.length > 0 ? `${message}\n${problems.map((problem) => `  - ${problem}`).join('\n')}` : message);
  }
}

export function describeCedarError(error: DetailedError): string {
  return error.help ? `${error.message} (${error.help})` : error.message;
}
