/**
 * A read-only view of the operations in the bundled OpenAPI document: what the
 * validator compiles and what the router checks routes against.
 */
export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface ContractParameter {
  name: string;
  in: ParameterLocation;
  required?: boolean;
  schema?: object;
}

export interface ContractOperation {
  operationId: string;
  method: string;
  /** OpenAPI path template, e.g. /v1/users/{id} */
  path: string;
  /** JSON pointer of the operation inside the document, for $ref-based compilation. */
  pointer: string;
  parameters: ContractParameter[];
  bodyRequired: boolean;
  hasJsonBody: boolean;
  /** `x-query-schema`: one schema for the whole query string, where the document gives one. */
  querySchemaRef?: string;
  /** Security schemes any one of which admits a request; empty for public operations. */
  securitySchemes: string[];
  /** Whether the operation takes the X-Tenant-ID header. */
  tenantScoped: boolean;
  /** Status → JSON pointer of its application/json schema (statuses without a JSON body map to undefined). */
  responses: Record<string, string | undefined>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

interface Document {
  security?: Array<Record<string, string[]>>;
  paths?: Record<string, Record<string, unknown>>;
  components?: { parameters?: Record<string, ContractParameter> };
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function resolveParameter(doc: Document, parameter: ContractParameter | { $ref: string }): ContractParameter {
  if ('$ref' in parameter) {
    const name = parameter.$ref.replace('#/components/parameters/', '');
    const resolved = doc.components?.parameters?.[name];
    if (!resolved) throw new Error(`Unresolvable parameter reference ${parameter.$ref}`);
    return resolved;
  }
  return parameter;
}

export function listOperations(doc: Document): ContractOperation[] {
  const operations: ContractOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const shared = (item['parameters'] as ContractParameter[] | undefined) ?? [];
    for (const method of METHODS) {
      const op = item[method] as
        | {
            operationId?: string;
            parameters?: ContractParameter[];
            requestBody?: { required?: boolean; content?: Record<string, unknown> };
            'x-query-schema'?: string;
            security?: Array<Record<string, string[]>>;
            responses?: Record<string, { content?: Record<string, unknown> }>;
          }
        | undefined;
      if (!op) continue;
      if (!op.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      // Operation-level parameters override path-level ones with the same name and location.
      const byKey = new Map<string, ContractParameter>();
      for (const p of [...shared, ...(op.parameters ?? [])].map((p) => resolveParameter(doc, p))) {
        byKey.set(`${p.in}:${p.name.toLowerCase()}`, p);
      }
      const parameters = [...byKey.values()];
      const security = op.security ?? doc.security ?? [];
      operations.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        pointer: `#/paths/${escapePointer(path)}/${method}`,
        parameters,
        bodyRequired: op.requestBody?.required === true,
        hasJsonBody: Boolean(op.requestBody?.content?.['application/json']),
        querySchemaRef: op['x-query-schema'],
        securitySchemes: [...new Set(security.flatMap((requirement) => Object.keys(requirement)))],
        tenantScoped: parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'x-tenant-id'),
        responses: Object.fromEntries(
          Object.entries(op.responses ?? {}).map(([status, response]) => [
            status,
            response.content?.['application/json']
              ? `#/paths/${escapePointer(path)}/${method}/responses/${status}/content/application~1json/schema`
              : undefined,
          ]),
        ),
      });
    }
  }
  return operations;
}

/** Turns /v1/users/{id} into a matcher for concrete URL paths. */
export function pathMatcher(template: string): RegExp {
  const pattern = template
    .split('/')
    .map((segment) => (/^\{[^}]+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${pattern}/?$`);
}
