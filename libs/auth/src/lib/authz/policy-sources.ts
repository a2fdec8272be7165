import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface PolicySource {
  /** File name or other label, quoted in error messages. */
  readonly name: string;
  readonly text: string;
}

export interface AuthorizerSources {
  /** Cedar schema in the human-readable (.cedarschema) syntax. */
  readonly schema: string;
  readonly policies: readonly PolicySource[];
}

/** libs/auth/policies, resolved from this file so it works from sources and tests alike. */
export const DEFAULT_POLICY_DIRECTORY = resolve(__dirname, '../../../policies');

/** Reads the one `*.cedarschema` file and every `*.cedar` file (sorted) of a directory. */
export function readPolicyDirectory(directory: string = DEFAULT_POLICY_DIRECTORY): AuthorizerSources {
  const files = readdirSync(directory).sort();
  const schemas = files.filter((file) => file.endsWith('.cedarschema'));
  if (schemas.length !== 1) {
    throw new Error(`Policy directory ${directory} must hold exactly one .cedarschema file, found ${schemas.length}.`);
  }
  const policies = files
    .filter((file) => file.endsWith('.cedar'))
    .map((file) => ({ name: file, text: readFileSync(join(directory, file), 'utf8') }));
  if (policies.length === 0) throw new Error(`Policy directory ${directory} holds no .cedar files.`);
  const [schema] = schemas;
  if (schema === undefined) throw new Error(`Policy directory ${directory} holds no .cedarschema file.`);
  return { schema: readFileSync(join(directory, schema), 'utf8'), policies };
}
