import type { FieldError } from '@access/errors';
import { escapePointer } from './contract-operations';

const DETAIL = 'is not valid percent-encoded UTF-8';

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/**
 * Query parameters whose value is not valid percent-encoded UTF-8 (`%ED%A0%80`, a lone
 * surrogate encoded as if it were a character, or `%E0%A4%A`). Fastify's parser keeps such
 * a value as it was sent, so the schema would judge the escapes as if they were the text;
 * they are named here for what they are, read from the raw URL.
 */
export function undecodableQueryProblems(url: string): FieldError[] {
  const start = url.indexOf('?');
  if (start < 0) return [];
  const problems: FieldError[] = [];
  for (const pair of url.slice(start + 1).split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const name = decode(equals < 0 ? pair : pair.slice(0, equals));
    if (name === undefined) problems.push({ detail: `has a parameter name that ${DETAIL}`, pointer: '', location: 'query' });
    else if (equals >= 0 && decode(pair.slice(equals + 1)) === undefined) {
      problems.push({ detail: DETAIL, pointer: `/${escapePointer(name)}`, location: 'query' });
    }
  }
  return problems;
}
