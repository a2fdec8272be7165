import type { FieldError } from '@access/errors';

/**
 * Every rule about a tenant user that the document cannot state, in one place. Those about
 * the request body alone are declared on the handlers (@BodyRules) and reported with the
 * schema's problems in one 400; those that need stored data (the owner's protection, the
 * tenant's roles, a stored user's auth provider) are the service's and the repository's,
 * which call the predicates here. Each rule is checked once.
 */

/** The most an avatar may decode to (256 KiB); a larger one is 413 avatar_too_large. */
export const AVATAR_MAX_BYTES = 262_144;

/**
 * createUser: a `local` user (the default) needs a password; `oidc` and `saml` users sign in
 * at their identity provider and must not have one. Nothing is said about an auth_provider
 * the schema already refuses.
 */
export function passwordFollowsAuthProvider(body: unknown): FieldError[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [];
  const { auth_provider: provider = 'local', password } = body as { auth_provider?: unknown; password?: unknown };
  if (provider === 'local' && password === undefined)
    return [{ detail: 'is required for local users', pointer: '/password', location: 'body' }];
  if ((provider === 'oidc' || provider === 'saml') && password !== undefined) return [passwordNotAllowed(provider)];
  return [];
}

/** The problem of a password sent for a user who signs in at an identity provider. */
export const passwordNotAllowed = (authProvider: string): FieldError => ({
  detail: `must not be set for ${authProvider} users, who sign in at their identity provider`,
  pointer: '/password',
  location: 'body',
});

/** updateUser: only a `local` user has a password to change. */
export const mayHavePassword = (authProvider: string): boolean => authProvider === 'local';

/** updateUser: the tenant owner keeps the admin role. */
export const ownerKeepsAdmin = (isOwner: boolean, roles: readonly string[] | undefined): boolean =>
  !isOwner || roles === undefined || roles.includes('admin');

const DATA_URI = /^data:image\/(png|jpeg|webp|gif);base64,([A-Za-z0-9+/]*={0,2})$/;

type ImageType = 'png' | 'jpeg' | 'webp' | 'gif';

/** The signature each declared type's bytes must start with. */
function hasSignature(type: ImageType, bytes: Buffer): boolean {
  const startsWith = (signature: number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte);
  switch (type) {
    case 'png':
      return startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'jpeg':
      return startsWith([0xff, 0xd8, 0xff]);
    case 'gif':
      return startsWith([0x47, 0x49, 0x46, 0x38, 0x37, 0x61]) || startsWith([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]);
    case 'webp':
      // RIFF....WEBP
      return startsWith([0x52, 0x49, 0x46, 0x46]) && startsWith([0x57, 0x45, 0x42, 0x50], 8);
  }
}

/**
 * What is wrong with an avatar data URI, if anything: strict base64 (length a multiple of
 * four, so nothing is silently dropped by a lenient decoder), and decoded bytes of the
 * declared image type. (Its size is avatarBytes' business: a separate answer, 413.)
 */
function avatarProblem(dataUri: string): string | undefined {
  const [, type, base64] = DATA_URI.exec(dataUri) ?? [];
  if (type === undefined || base64 === undefined) return 'must be a base64 data URI of a png, jpeg, webp or gif image';
  if (base64.length === 0 || base64.length % 4 !== 0) return 'is not valid base64';
  const bytes = Buffer.from(base64, 'base64');
  // A round trip catches padding in the middle and other forms a lenient decoder accepts.
  if (bytes.toString('base64') !== base64) return 'is not valid base64';
  if (!hasSignature(type as ImageType, bytes)) return `does not hold a ${type} image`;
  return undefined;
}

/** createUser and updateUser: an avatar, when the body has one as a string (the schema reports other types), is an image. */
export function avatarIsAnImage(body: unknown): FieldError[] {
  const avatar = (body as { avatar?: unknown } | null)?.avatar;
  const detail = typeof avatar === 'string' ? avatarProblem(avatar) : undefined;
  return detail === undefined ? [] : [{ detail, pointer: '/avatar', location: 'body' }];
}

/** How many bytes an avatar that avatarIsAnImage accepted decodes to, from its canonical base64. */
export function avatarBytes(dataUri: string): number {
  const base64 = dataUri.slice(dataUri.indexOf(',') + 1);
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}
