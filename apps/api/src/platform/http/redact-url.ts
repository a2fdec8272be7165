const REDACTED = '[redacted]';
// Query parameters that carry personal data whatever their value looks like.
const PERSONAL_PARAMETERS = new Set(['email']);
const LOOKS_LIKE_EMAIL = /@/;

/**
 * The request URL as it may be logged: values of personal query parameters (an email
 * filter) and any value that looks like an email address are replaced. The path is kept:
 * it holds only ids.
 */
export function redactUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const query = url.indexOf('?');
  if (query < 0) return url;
  const pairs = url
    .slice(query + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      if (equals < 0) return pair;
      const name = pair.slice(0, equals);
      const value = pair.slice(equals + 1);
      let decodedName = name;
      let decodedValue = value;
      try {
        decodedName = decodeURIComponent(name.replaceAll('+', ' '));
        decodedValue = decodeURIComponent(value.replaceAll('+', ' '));
      } catch {
        // malformed escapes: judge the raw text
      }
      const personal = PERSONAL_PARAMETERS.has(decodedName.toLowerCase()) || LOOKS_LIKE_EMAIL.test(decodedValue);
      return personal ? `${name}=${REDACTED}` : pair;
    });
  return `${url.slice(0, query)}?${pairs.join('&')}`;
}
