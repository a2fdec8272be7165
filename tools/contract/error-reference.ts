/**
 * The reference's error page: the description of the `Errors` tag, written from the
 * catalogue and from the operations that list each code, so it never restates either.
 */
import type { ErrorCatalogue } from './error-catalogue';

interface Document {
  tags?: Array<{ name: string; description?: string }>;
  paths: Record<string, Record<string, { operationId?: string; 'x-error-codes'?: string[] } | unknown>>;
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function operationsByCode(document: Document): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      const op = operation as { operationId?: string; 'x-error-codes'?: string[] };
      if (!op.operationId) continue;
      for (const code of op['x-error-codes'] ?? []) found.set(code, [...(found.get(code) ?? []), op.operationId]);
    }
  }
  return found;
}

export function renderErrorReference(document: Document, catalogue: ErrorCatalogue): string {
  const listedBy = operationsByCode(document);
  const sections = catalogue.domains.map((domain) => {
    const rows = catalogue.entries
      .filter((entry) => entry.domain === domain.id)
      .map((e) => `| \`${e.errorCode}\` | \`${e.code}\` | ${e.status} | ${cell(e.message)} | ${cell(e.remedy)} |`);
    return [
      `### ${domain.id}: ${domain.name}`,
      '',
      domain.description,
      '',
      '| errorCode | code | status | meaning | what to do |',
      '|---|---|---|---|---|',
      ...rows,
    ].join('\n');
  });
  const anyPath = catalogue.entries.filter((entry) => !listedBy.has(entry.code)).map((entry) => `\`${entry.code}\``);
  return [
    'Every error answer has one JSON shape, the `Error` envelope:',
    '',
    '```json',
    '{ "code": "user_exists", "errorCode": "40920001",',
    '  "message": "A user with this email already exists in the tenant.", "details": {},',
    '  "errors": [{ "detail": "is already taken in this tenant", "pointer": "/email", "location": "body" }],',
    '  "notices": [], "requestId": "req_7f3c2a9d1e" }',
    '```',
    '',
    '* `code` is a stable slug: branch on it (or on `errorCode`), never on `message`.',
    '* `errorCode` has eight digits: the HTTP status (3), the domain (2) and a number within',
    '  the domain (3). `40920001` is status 409, domain 20 (tenant users), error 001.',
    '* `errors` has one entry per offending value: a JSON pointer into the part of the request',
    '  that `location` names (`body`, `query`, `path` or `header`, header names in lower case).',
    '* `notices` quotes the authorization policies that decided a refusal.',
    '* `requestId` is also sent as the `X-Request-Id` header; quote it when reporting a problem.',
    '',
    'New codes may come in any minor version, and an operation may gain codes it can answer:',
    'handle a code you do not know by its HTTP status. Codes are never renamed or reused.',
    '',
    'Each operation lists, under its responses, exactly the codes it can answer, each with an',
    `example. These codes are answered before a request reaches any operation, so no operation lists them: ${anyPath.join(', ')}.`,
    '',
    `## Every error code (${catalogue.entries.length})`,
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n');
}

/** Writes the page into the `Errors` tag. */
export function addErrorReference(document: Document, catalogue: ErrorCatalogue): void {
  const tag = document.tags?.find((t) => t.name === 'Errors');
  if (!tag) throw new Error('The document has no Errors tag to hold the error reference');
  tag.description = renderErrorReference(document, catalogue);
}
