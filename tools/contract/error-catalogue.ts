/**
 * The error catalogue as the document states it (components.schemas.ErrorCode): read once
 * from the bundled document and handed to everything generated from it.
 */
export interface CatalogueEntry {
  readonly code: string;
  readonly errorCode: string;
  readonly status: number;
  readonly message: string;
  readonly remedy: string;
  /** The two middle digits of errorCode. */
  readonly domain: string;
}

export interface ErrorDomain {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

export interface ErrorCatalogue {
  readonly entries: readonly CatalogueEntry[];
  readonly domains: readonly ErrorDomain[];
  get(code: string): CatalogueEntry;
}

interface ErrorCodeSchema {
  oneOf?: Array<Record<string, unknown>>;
  'x-error-domains'?: Record<string, { name?: unknown; description?: unknown }>;
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`ErrorCode: ${what} must be a non-empty string`);
  return value;
}

/** Reads and checks the catalogue: unique slugs and codes, status = first three digits, a known domain. */
export function readCatalogue(document: { components?: { schemas?: Record<string, unknown> } }): ErrorCatalogue {
  const schema = document.components?.schemas?.['ErrorCode'] as ErrorCodeSchema | undefined;
  if (!schema?.oneOf) throw new Error('The document has no components.schemas.ErrorCode.oneOf');
  const domains = Object.entries(schema['x-error-domains'] ?? {})
    .map(([id, d]) => ({
      id,
      name: text(d.name, `x-error-domains.${id}.name`),
      description: text(d.description, `x-error-domains.${id}.description`),
    }))
    // Keys like "20" are integer-like, so an object lists them before "00": order them by id.
    .sort((a, b) => a.id.localeCompare(b.id));
  const entries = schema.oneOf.map((value) => {
    const code = text(value['const'], 'const');
    const errorCode = text(value['x-error-code'], `${code}: x-error-code`);
    if (!/^[1-5]\d{7}$/.test(errorCode)) throw new Error(`ErrorCode ${code}: x-error-code must be eight digits`);
    const status = Number(errorCode.slice(0, 3));
    if (value['x-http-status'] !== status) throw new Error(`ErrorCode ${code}: x-http-status must be ${status}, the first three digits`);
    const domain = errorCode.slice(3, 5);
    if (!domains.some((d) => d.id === domain)) throw new Error(`ErrorCode ${code}: domain ${domain} is not in x-error-domains`);
    return {
      code,
      errorCode,
      status,
      message: text(value['description'], `${code}: description`),
      remedy: text(value['x-remedy'], `${code}: x-remedy`),
      domain,
    };
  });
  for (const key of ['code', 'errorCode'] as const) {
    const seen = new Set<string>();
    for (const entry of entries) {
      if (seen.has(entry[key])) throw new Error(`ErrorCode: ${key} ${entry[key]} is used twice`);
      seen.add(entry[key]);
    }
  }
  const byCode = new Map(entries.map((entry) => [entry.code, entry]));
  return {
    entries,
    domains,
    get(code) {
      const entry = byCode.get(code);
      if (!entry) throw new Error(`${code} is not an ErrorCode of the document`);
      return entry;
    },
  };
}
