/**
 * Composes each operation's error responses from the error sets it names (`x-error-sets`)
 * and its own errors (`x-errors`): one response per status, listing exactly those codes,
 * each with a true example of the envelope. Leaves `x-error-sets` and the composed
 * `x-error-codes` on the operation for the service and its tests.
 */
import { STATUS_CODES } from 'node:http';
import type { ErrorCatalogue } from './error-catalogue';

/** What an error set or an operation says of one code: what the real answer adds to the catalogue. */
interface ErrorExample {
  message?: string;
  details?: Record<string, unknown>;
  errors?: Array<Record<string, unknown>>;
  notices?: string[];
  /** Names of components.headers sent with this error (the header is the component's `x-header-name`, else its name). */
  headers?: string[];
}

type ErrorSets = Record<string, Record<string, ErrorExample>>;

interface Document {
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, unknown> & { headers?: Record<string, { 'x-header-name'?: string }> };
}

interface Operation {
  operationId: string;
  responses: Record<string, unknown>;
  'x-error-sets'?: string[];
  'x-errors'?: Record<string, ErrorExample>;
  'x-error-codes'?: string[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const EXAMPLE_REQUEST_ID = 'req_7f3c2a9d1e';

/** What an example may name of the operation it is shown for. */
interface Subject {
  operationId: string;
  /** `GET`, as the request line has it. */
  method: string;
  /** `/v1/users/{id}`, as the document has it. */
  path: string;
}

function fill<T>(value: T, { operationId, method, path }: Subject): T {
  const text = JSON.stringify(value ?? null)
    .replaceAll('{operationId}', operationId)
    .replaceAll('{method}', method)
    .replaceAll('{path}', path);
  return JSON.parse(text) as T;
}

/** The codes of one operation with their examples: the sets in order, then its own entries (which win). */
function composeErrors(operation: Operation, sets: ErrorSets): Map<string, ErrorExample> {
  const composed = new Map<string, ErrorExample>();
  for (const name of operation['x-error-sets'] ?? []) {
    const set = sets[name];
    if (!set) throw new Error(`${operation.operationId}: x-error-sets names an unknown set "${name}"`);
    for (const [code, example] of Object.entries(set)) if (!composed.has(code)) composed.set(code, example);
  }
  for (const [code, example] of Object.entries(operation['x-errors'] ?? {})) composed.set(code, example);
  return composed;
}

function response(status: number, codes: Array<[string, ErrorExample]>, catalogue: ErrorCatalogue, document: Document, subject: Subject) {
  const { operationId } = subject;
  const headers: Record<string, unknown> = { 'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' } };
  for (const name of codes.flatMap(([, example]) => example.headers ?? [])) {
    const component = document.components.headers?.[name];
    if (!component) throw new Error(`${operationId}: unknown header component ${name}`);
    // Two components can describe one header as different responses send it (Retry-After).
    const header = component['x-header-name'] ?? name;
    const taken = headers[header] as { $ref: string } | undefined;
    if (taken && taken.$ref !== `#/components/headers/${name}`) {
      throw new Error(`${operationId}: one ${status} response sends ${header} as two header components`);
    }
    headers[header] = { $ref: `#/components/headers/${name}` };
  }
  const lines = codes.map(([code]) => {
    const entry = catalogue.get(code);
    return `* \`${entry.code}\` (${entry.errorCode}): ${entry.message} ${entry.remedy}`;
  });
  const examples = Object.fromEntries(
    codes.map(([code, example]) => {
      const entry = catalogue.get(code);
      return [
        code,
        {
          summary: `${entry.code} (${entry.errorCode})`,
          value: {
            code: entry.code,
            errorCode: entry.errorCode,
            message: fill(example.message ?? entry.message, subject),
            details: fill(example.details ?? {}, subject),
            errors: fill(example.errors ?? [], subject),
            notices: fill(example.notices ?? [], subject),
            requestId: EXAMPLE_REQUEST_ID,
          },
        },
      ];
    }),
  );
  return {
    description: `${STATUS_CODES[status] ?? 'Error'}. Codes:\n\n${lines.join('\n')}\n`,
    headers,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' }, examples } },
  };
}

/** Expands every operation in place and removes the sets from the document. */
export function composeErrorResponses(document: Document, catalogue: ErrorCatalogue): void {
  const sets = (document.components['x-error-sets'] ?? {}) as ErrorSets;
  delete document.components['x-error-sets'];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as Operation | undefined;
      if (!operation) continue;
      const documented = Object.keys(operation.responses).filter((status) => Number(status) >= 400);
      if (documented.length > 0) {
        throw new Error(`${operation.operationId}: error responses come from x-error-sets and x-errors, not responses (${documented})`);
      }
      const composed = composeErrors(operation, sets);
      const byStatus = new Map<number, Array<[string, ErrorExample]>>();
      for (const [code, example] of composed) {
        const { status } = catalogue.get(code);
        byStatus.set(status, [...(byStatus.get(status) ?? []), [code, example]]);
      }
      for (const status of [...byStatus.keys()].sort()) {
        const subject = { operationId: operation.operationId, method: method.toUpperCase(), path };
        operation.responses[String(status)] = response(status, byStatus.get(status) ?? [], catalogue, document, subject);
      }
      delete operation['x-errors'];
      operation['x-error-codes'] = [...composed.keys()];
    }
  }
}
