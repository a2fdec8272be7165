import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { UUID_PATTERN } from '@access/contract';
import { ApiException, type ErrorLocation, type FieldError } from '@access/errors';
import type { BodyRule } from './body-rules';
import { escapePointer, type ContractOperation, type ParameterLocation } from './contract-operations';
import { hasLoneSurrogate, loneSurrogateProblems } from './lone-surrogates';
import { undecodableQueryProblems } from './query-encoding';

const DOCUMENT_ID = 'openapi.json';

export interface IncomingRequestParts {
  body: unknown;
  /** The request URL as sent, for what parsing its query string hides. */
  url?: string;
  query: Record<string, unknown>;
  params: Record<string, unknown>;
  headers: Record<string, unknown>;
}

interface CompiledOperation {
  operation: ContractOperation;
  body?: ValidateFunction;
  /** The documented JSON body of the operation's success (2xx) answer, if it has one. */
  success?: ValidateFunction;
  parameters: Partial<Record<Exclude<ParameterLocation, 'cookie'>, ValidateFunction>>;
}

const FORMAT_NAMES: Record<string, string> = {
  email: 'an email address',
  uuid: 'a uuid',
  'date-time': 'an RFC 3339 date-time',
  uri: 'a URI',
};

/** Local $refs point into the document; compiled standalone they must name it. */
function rebaseRefs<T>(schema: T): T {
  return JSON.parse(JSON.stringify(schema), (key, value) =>
    key === '$ref' && typeof value === 'string' && value.startsWith('#') ? `${DOCUMENT_ID}${value}` : value,
  );
}

function createAjv(coerceTypes: boolean): Ajv2020 {
  // strict is off because OpenAPI adds keywords (example, discriminator, x-*) that
  // JSON Schema does not know; Spectral and Redocly lint the document itself.
  const ajv = new Ajv2020({ allErrors: true, strict: false, coerceTypes, useDefaults: true, validateSchema: false });
  addFormats(ajv);
  // The one meaning of `format: uuid` (ajv-formats would also take a `urn:uuid:` prefix, which the database does not).
  ajv.addFormat('uuid', UUID_PATTERN);
  return ajv;
}

/** One entry per offending value, most specific first, in document order. */
export function toFieldErrors(errors: ErrorObject[], location: ErrorLocation): FieldError[] {
  const byPointer = new Map<string, FieldError>();
  const composite = new Set(['oneOf', 'anyOf', 'allOf', 'if', 'not']);
  const specific = errors.filter((e) => !composite.has(e.keyword));
  for (const error of specific.length > 0 ? specific : errors) {
    let pointer = error.instancePath;
    let detail = error.message ?? 'is not valid';
    switch (error.keyword) {
      case 'required':
        pointer += `/${escapePointer(String(error.params['missingProperty']))}`;
        detail = 'is required';
        break;
      case 'additionalProperties':
        pointer += `/${escapePointer(String(error.params['additionalProperty']))}`;
        detail = location === 'body' ? 'is not a known field' : 'is not a known parameter';
        break;
      case 'format':
        detail = `must be ${FORMAT_NAMES[String(error.params['format'])] ?? `a valid ${error.params['format']}`}`;
        break;
      case 'enum':
        detail = `must be one of: ${(error.params['allowedValues'] as unknown[]).join(', ')}`;
        break;
      case 'minProperties':
        detail = 'must contain at least one field';
        break;
    }
    if (!byPointer.has(pointer)) byPointer.set(pointer, { detail, pointer, location });
  }
  return [...byPointer.values()];
}

/** A copy of the query without the parameters the problems point at. */
function withoutParameters(query: Record<string, unknown>, problems: FieldError[]): Record<string, unknown> {
  const names = new Set(problems.map((p) => p.pointer.slice(1).replace(/~1/g, '/').replace(/~0/g, '~')));
  return Object.fromEntries(Object.entries(query).filter(([name]) => !names.has(name)));
}

/**
 * Compiles, once, a validator for each operation of the document: JSON body,
 * path, query and header parameters. A request is checked against all of them and
 * every problem is reported at once.
 */
export class RequestValidator {
  private readonly compiled = new Map<string, CompiledOperation>();

  constructor(document: object, operations: ContractOperation[]) {
    const bodies = createAjv(false);
    const parameters = createAjv(true);
    bodies.addSchema(document, DOCUMENT_ID);
    parameters.addSchema(document, DOCUMENT_ID);

    for (const operation of operations) {
      const compiled: CompiledOperation = { operation, parameters: {} };
      if (operation.hasJsonBody) {
        compiled.body = bodies.compile({
          $ref: `${DOCUMENT_ID}${operation.pointer}/requestBody/content/application~1json/schema`,
        });
      }
      const successStatus = Object.keys(operation.responses).find((status) => /^2\d\d$/.test(status));
      if (successStatus && operation.responses[successStatus]) {
        compiled.success = bodies.compile({ $ref: `${DOCUMENT_ID}${operation.responses[successStatus]}` });
      }
      if (operation.querySchemaRef) {
        // The document's own query schema also states rules across parameters
        // (before and after are mutually exclusive).
        compiled.parameters.query = parameters.compile({ $ref: `${DOCUMENT_ID}${operation.querySchemaRef}` });
      }
      for (const location of ['path', 'query', 'header'] as const) {
        if (compiled.parameters[location]) continue;
        const declared = operation.parameters.filter((p) => p.in === location);
        if (declared.length === 0 && location !== 'query') continue;
        const name = (n: string) => (location === 'header' ? n.toLowerCase() : n);
        compiled.parameters[location] = parameters.compile({
          type: 'object',
          properties: Object.fromEntries(declared.map((p) => [name(p.name), rebaseRefs(p.schema ?? {})])),
          required: declared.filter((p) => p.required || p.in === 'path').map((p) => name(p.name)),
          // Unknown query parameters are refused; unknown headers are the transport's business.
          additionalProperties: location !== 'query',
        });
      }
      this.compiled.set(operation.operationId, compiled);
    }
  }

  /** Problems of a success body against the document (an empty list when it conforms). */
  responseProblems(operationId: string, body: unknown): FieldError[] {
    const validate = this.compiled.get(operationId)?.success;
    if (!validate || validate(body)) return [];
    return toFieldErrors(validate.errors ?? [], 'body');
  }

  /**
   * Validates (and coerces/defaults in place) a request against the operation's schemas and
   * the body rules its handler declares (@BodyRules); throws validation_failed listing every problem.
   */
  validate(operationId: string, request: IncomingRequestParts, bodyRules: readonly BodyRule[] = []): void {
    const compiled = this.compiled.get(operationId);
    if (!compiled) throw new Error(`Operation ${operationId} is not in the OpenAPI document`);
    const problems: FieldError[] = [];

    const check = (validate: ValidateFunction | undefined, value: unknown, location: ErrorLocation) => {
      // Text that is not Unicode is refused whatever the schema says (it would be stored altered).
      const malformed = loneSurrogateProblems(value, location);
      problems.push(...malformed);
      if (validate && !validate(value)) {
        // A pointer through a malformed key would carry the surrogate: that key is reported above.
        const reported = new Set(malformed.map((p) => p.pointer));
        problems.push(
          ...toFieldErrors(validate.errors ?? [], location).filter((p) => !reported.has(p.pointer) && !hasLoneSurrogate(p.pointer)),
        );
      }
    };
    check(compiled.parameters.header, request.headers, 'header');
    check(compiled.parameters.path, request.params, 'path');
    // An undecodable value is reported as such, not judged by the schema as if its escapes were text.
    const undecodable = undecodableQueryProblems(request.url ?? '');
    problems.push(...undecodable);
    check(compiled.parameters.query, undecodable.length === 0 ? request.query : withoutParameters(request.query, undecodable), 'query');
    if (compiled.body) {
      if (request.body === undefined || request.body === null) {
        if (compiled.operation.bodyRequired) {
          problems.push({ detail: 'a JSON request body is required', pointer: '', location: 'body' });
        }
      } else {
        check(compiled.body, request.body, 'body');
        // One entry per pointer: the schema's word on a value comes first.
        const reported = new Set(problems.filter((p) => p.location === 'body').map((p) => p.pointer));
        for (const rule of bodyRules) {
          problems.push(...rule(request.body).filter((p) => !reported.has(p.pointer)));
        }
      }
    }
    if (problems.length > 0) throw ApiException.validation(problems);
  }
}
