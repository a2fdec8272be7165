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
export function loneSurrogateProblems(value: unknown, location: ErrorLocation, pointer = ''): FieldError[] {
  if (typeof value === 'string') return hasLoneSurrogate(value) ? [{ detail: DETAIL, pointer, location }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => loneSurrogateProblems(item, location, `${pointer}/${index}`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => {
    // A pointer naming such a key would carry the surrogate itself: the object is named instead.
    if (hasLoneSurrogate(key)) return [{ detail: `has a field name that ${DETAIL}`, pointer, location }];
    return loneSurrogateProblems(item, location, `${pointer}/${escapePointer(location === 'header' ? key.toLowerCase() : key)}`);
  });
}
