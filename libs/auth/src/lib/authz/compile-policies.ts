import { policySetTextToParts, policyToJson } from '@cedar-policy/cedar-wasm/nodejs';
import { describeCedarError, PolicyConfigurationError } from './policy-errors';
import type { PolicySource } from './policy-sources';

export interface CompiledPolicies {
  /** Policy text by its `@id`, the form the engine takes so its decisions name our ids. */
  readonly byId: Readonly<Record<string, string>>;
  readonly notices: ReadonlyMap<string, string>;
  /** `@refusal` of the policies that have one: the error code their refusals answer with. */
  readonly refusals: ReadonlyMap<string, string>;
}

/**
 * Splits the policy files into single policies and reads their annotations. Every policy
 * must carry a unique `@id` (so decisions are traceable) and an `@notice` (so refusals
 * can explain themselves).
 */
export function compilePolicies(sources: readonly PolicySource[]): CompiledPolicies {
  const byId: Record<string, string> = {};
  const notices = new Map<string, string>();
  const refusals = new Map<string, string>();
  const problems: string[] = [];

  for (const source of sources) {
    const parts = policySetTextToParts(source.text);
    if (parts.type === 'failure') {
      problems.push(...parts.errors.map((error) => `${source.name}: ${describeCedarError(error)}`));
      continue;
    }
    if (parts.policy_templates.length > 0) problems.push(`${source.name}: templates are not supported`);
    for (const text of parts.policies) {
      const json = policyToJson(text);
      if (json.type === 'failure') {
        problems.push(...json.errors.map((error) => `${source.name}: ${describeCedarError(error)}`));
        continue;
      }
      const { id, notice, refusal } = json.json.annotations ?? {};
      if (!id) {
        problems.push(`${source.name}: a policy has no @id annotation`);
        continue;
      }
      if (id in byId) problems.push(`${source.name}: @id("${id}") is used twice`);
      if (!notice) problems.push(`${source.name}: policy "${id}" has no @notice annotation`);
      byId[id] = text;
      notices.set(id, notice ?? '');
      if (refusal) {
        if (json.json.effect !== 'forbid') problems.push(`${source.name}: policy "${id}" has @refusal but does not forbid`);
        refusals.set(id, refusal);
      }
    }
  }
  if (problems.length > 0) throw new PolicyConfigurationError('The Cedar policies cannot be loaded.', problems);
  return { byId, notices, refusals };
}
