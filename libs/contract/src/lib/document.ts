import bundled from '../generated/openapi.json';

/** The parts of an OpenAPI 3.1 document this workspace reads; the JSON holds the rest too. */
export interface OpenApiDocument {
  readonly openapi: string;
  readonly info: { readonly title: string; readonly version: string } & Record<string, unknown>;
  readonly paths: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly components: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly [key: string]: unknown;
}

/**
 * The bundled contract (openapi/ rendered by tools/contract/generate.ts). Typed loosely on
 * purpose: the literal type TypeScript would infer for 3,500 lines of JSON slows every
 * consumer's type-check and says nothing the generated `paths` types do not.
 */
export const openApiDocument: OpenApiDocument = bundled;
