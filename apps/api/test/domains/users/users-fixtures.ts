import { randomBytes } from 'node:crypto';
import type { ErrorEnvelope } from '@access/contract';

const SIGNATURES = {
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpeg: [0xff, 0xd8, 0xff, 0xe0],
  gif: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
  webp: [0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50],
} as const;

/** A data URI of `bytes` bytes that start with the signature of `content` (default: the declared type). */
export function avatar(type: keyof typeof SIGNATURES, bytes = 64, content: keyof typeof SIGNATURES = type): string {
  const buffer = randomBytes(bytes);
  Buffer.from(SIGNATURES[content]).copy(buffer);
  return `data:image/${type};base64,${buffer.toString('base64')}`;
}

export const uniqueEmail = (label = 'user') => `${label}-${randomBytes(4).toString('hex')}@example.com`;

export const PASSWORD = 'correct-horse-battery-staple';

/** `location:pointer` of each error entry, sorted. */
export const pointers = (envelope: ErrorEnvelope) => (envelope.errors ?? []).map((e) => `${e.location}:${e.pointer}`).sort();
