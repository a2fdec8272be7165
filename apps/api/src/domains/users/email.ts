/**
 * The form an email is stored and compared in: surrounding whitespace removed and the
 * domain lowercased (domains are case-insensitive, RFC 5321 §2.4). The local part is
 * kept as the user wrote it — some mail systems treat it as case-sensitive, and people
 * like to see their address as typed; uniqueness within a tenant is case-insensitive
 * anyway (the column is citext).
 */
export function normalizeEmail(email: string): string {
  const trimmed = email.trim();
  const at = trimmed.lastIndexOf('@');
  return at < 0 ? trimmed : `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}`;
}
