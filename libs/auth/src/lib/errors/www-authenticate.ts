/**
 * Builds an RFC 6750 `WWW-Authenticate: Bearer …` value. Quotes and backslashes are
 * stripped from descriptions because they would break the quoted-string syntax; callers
 * only ever pass fixed sentences, never token contents.
 */
export function bearerChallenge(error?: 'invalid_request' | 'invalid_token' | 'insufficient_scope', description?: string): string {
  if (!error) return 'Bearer';
  const parts = [`error="${error}"`];
  if (description) parts.push(`error_description="${description.replace(/["\\]/g, '')}"`);
  return `Bearer ${parts.join(', ')}`;
}

export function unauthenticatedHeaders(description: string): Record<string, string> {
  return { 'WWW-Authenticate': bearerChallenge('invalid_token', description) };
}
