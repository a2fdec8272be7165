/**
 * The breaking-change gate: the working document against the one of the last release
 * (openapi/released/openapi.json). Changes are classified by api-smart-diff, which knows
 * OpenAPI 3.1 and which side of an exchange each schema sits on (a narrowed request field
 * breaks callers, a narrowed response field does not). A breaking change passes only with a
 * new major version.
 */
import { apiCompare } from 'api-smart-diff';

export interface DocumentLike {
  readonly info: { readonly version: string };
}

export interface BreakingChange {
  readonly action: string;
  /** Where in the document, as a JSON pointer. */
  readonly pointer: string;
}

export interface GateResult {
  readonly ok: boolean;
  readonly breaking: readonly BreakingChange[];
  readonly message: string;
}

const escape = (segment: unknown) => String(segment).replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The API's own promise, stated on the reference's error page: new error codes (and new
 * content in error answers) come in minor versions, and callers handle a code they do not
 * know by its HTTP status. api-smart-diff, strict about every response, calls them breaking.
 */
function isAdditionToErrorAnswer(diff: { action: string; path?: unknown[] }): boolean {
  const path = diff.path ?? [];
  const at = path.indexOf('responses');
  return diff.action === 'add' && at >= 0 && /^[45]\d\d$/.test(String(path[at + 1]));
}

export function breakingChanges(released: object, working: object): BreakingChange[] {
  const { diffs } = apiCompare(released, working);
  return diffs
    .filter((diff) => diff.type === 'breaking' && !isAdditionToErrorAnswer(diff))
    .map((diff) => ({ action: diff.action, pointer: `/${(diff.path ?? []).map(escape).join('/')}` }));
}

function major(version: string): number {
  const match = /^(\d+)\.\d+\.\d+/.exec(version);
  if (!match) throw new Error(`info.version ${version} is not a semantic version`);
  return Number(match[1]);
}

export function checkCompatibility(released: DocumentLike, working: DocumentLike): GateResult {
  const breaking = breakingChanges(released, working);
  const from = released.info.version;
  const to = working.info.version;
  if (breaking.length === 0) return { ok: true, breaking, message: `No breaking change since ${from}.` };
  const list = breaking.map((change) => `  - ${change.action} ${change.pointer}`).join('\n');
  if (major(to) > major(from)) {
    return {
      ok: true,
      breaking,
      message: `${breaking.length} breaking change(s) since ${from}, released as major version ${to}:\n${list}`,
    };
  }
  return {
    ok: false,
    breaking,
    message:
      `${breaking.length} breaking change(s) since the released ${from}, but info.version is ${to}:\n${list}\n` +
      'Make the change compatible, or release it as a new major version: npm run release:version -- major',
  };
}
