import type { ErrorLocation, FieldError } from '@access/errors';
import { escapePointer } from './contract-operations';

/**
 * A UTF-16 surrogate that is not half of a pair. With the `u` flag a well-formed pair is
 * one code point, so only a lone half matches `\p{Cs}`.
 */
const LONE_SURROGATE = /\p{Cs}/u;

export const hasLoneSurrogate = (text: string): boolean => LONE_SURROGATE.test(text);

const DETAIL = 'holds a lone UTF-16 surrogate, which is not Unicode text';

/**
 * Every string of a request part (values and object keys, at any depth) holding a lone
 * surrogate, such as the JSON escape "\ud800". Such a string cannot be stored or sent on
 * as UTF-8 without being altered (it would become U+FFFD), so it is refused instead.
 */
export function loneSurrogateProblems(value: unknown, location: ErrorLocation): FieldError[] {
  const problems: FieldError[] = [];
  collect(value, location, [], problems);
  return problems;
}

const pointerOf = (path: string[]) => path.map((segment) => `/${escapePointer(segment)}`).join('');

// Runs on every request: one pass, no copies, a pointer written only for a problem found.
function collect(value: unknown, location: ErrorLocation, path: string[], into: FieldError[]): void {
  if (typeof value === 'string') {
    if (hasLoneSurrogate(value)) into.push({ detail: DETAIL, pointer: pointerOf(path), location });
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const entries: Array<[string, unknown]> = Array.isArray(value) ? value.map((item, i) => [String(i), item]) : Object.entries(value);
  for (const [key, item] of entries) {
    // A pointer naming such a key would carry the surrogate itself: the object is named instead.
    if (hasLoneSurrogate(key)) {
      into.push({ detail: `has a field name that ${DETAIL}`, pointer: pointerOf(path), location });
      continue;
    }
    path.push(location === 'header' ? key.toLowerCase() : key);
    collect(item, location, path, into);
    path.pop();
  }
}
