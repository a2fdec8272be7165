// Any RFC 9562 layout (version and variant nibbles unchecked): tenants may come from
// systems that mint v4, v7 or nil-like test ids.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
