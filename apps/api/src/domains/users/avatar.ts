import type { FieldError } from '@access/errors';

/** The most an avatar may decode to (256 KiB). */
export const AVATAR_MAX_BYTES = 262_144;

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

export type AvatarCheck = { kind: 'ok'; bytes: number } | { kind: 'invalid'; detail: string } | { kind: 'too_large'; bytes: number };

/**
 * Checks an avatar data URI: strict base64 (length a multiple of four, so nothing is
 * silently dropped by a lenient decoder), decoded bytes of the declared image type,
 * at most 256 KiB.
 */
export function checkAvatar(dataUri: string): AvatarCheck {
  const match = DATA_URI.exec(dataUri);
  const [, type, base64] = match ?? [];
  if (type === undefined || base64 === undefined) {
    return { kind: 'invalid', detail: 'must be a base64 data URI of a png, jpeg, webp or gif image' };
  }
  if (base64.length === 0 || base64.length % 4 !== 0) return { kind: 'invalid', detail: 'is not valid base64' };
  const bytes = Buffer.from(base64, 'base64');
  // A round trip catches padding in the middle and other forms a lenient decoder accepts.
  if (bytes.toString('base64') !== base64) return { kind: 'invalid', detail: 'is not valid base64' };
  if (!hasSignature(type as ImageType, bytes)) return { kind: 'invalid', detail: `does not hold a ${type} image` };
  if (bytes.length > AVATAR_MAX_BYTES) return { kind: 'too_large', bytes: bytes.length };
  return { kind: 'ok', bytes: bytes.length };
}

/** The 400 problems of an avatar field of a body, if it is a string at all (the schema reports other types). */
export function avatarProblems(body: unknown): FieldError[] {
  const avatar = (body as { avatar?: unknown } | null)?.avatar;
  if (typeof avatar !== 'string') return [];
  const check = checkAvatar(avatar);
  return check.kind === 'invalid' ? [{ detail: check.detail, pointer: '/avatar', location: 'body' }] : [];
}
