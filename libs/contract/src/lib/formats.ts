/**
 * What the document's `format: uuid` means, everywhere: the textual form of RFC 9562, any
 * version and variant (tenants may come from systems that mint v4, v7 or nil-like test
 * ids), in either case, and nothing else (no braces, no `urn:uuid:` prefix). The request
 * validator checks `format: uuid` with this pattern too, so what it lets through is what
 * PostgreSQL's uuid type reads.
 */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
