import { schemaToJson, validate, type Schema } from '@cedar-policy/cedar-wasm/nodejs';
import { ACTION_RESOURCE_TYPES, AUTHORIZATION_ACTIONS, CEDAR_NAMESPACE } from './actions';
import { describeCedarError, PolicyConfigurationError } from './policy-errors';

/** Strict validation of every policy against the schema (typos, wrong attributes, bad types). */
export function validatePolicies(schema: Schema, policiesById: Readonly<Record<string, string>>): void {
  const answer = validate({ schema, policies: { staticPolicies: { ...policiesById } }, validationSettings: { mode: 'strict' } });
  if (answer.type === 'failure') {
    throw new PolicyConfigurationError('The Cedar schema or policies do not parse.', answer.errors.map(describeCedarError));
  }
  if (answer.validationErrors.length > 0) {
    throw new PolicyConfigurationError(
      'The Cedar policies do not match the schema.',
      answer.validationErrors.map((item) => `policy "${item.policyId}": ${describeCedarError(item.error)}`),
    );
  }
}

/** The schema's actions and their resource types must be exactly those of ACTION_RESOURCE_TYPES. */
export function checkSchemaActions(schema: Schema): void {
  const answer = schemaToJson(schema);
  if (answer.type === 'failure') {
    throw new PolicyConfigurationError('The Cedar schema does not parse.', answer.errors.map(describeCedarError));
  }
  const actions = answer.json[CEDAR_NAMESPACE]?.actions ?? {};
  const problems: string[] = [];
  for (const action of AUTHORIZATION_ACTIONS) {
    const declared = actions[action];
    if (!declared) {
      problems.push(`action "${action}" is missing from the schema`);
      continue;
    }
    const types = (declared.appliesTo?.resourceTypes ?? []).map((type) => type.replace(`${CEDAR_NAMESPACE}::`, ''));
    if (types.length !== 1 || types[0] !== ACTION_RESOURCE_TYPES[action]) {
      problems.push(`action "${action}" applies to [${types.join(', ')}], expected ${ACTION_RESOURCE_TYPES[action]}`);
    }
  }
  for (const action of Object.keys(actions)) {
    if (!(action in ACTION_RESOURCE_TYPES)) problems.push(`schema action "${action}" is unknown to the library`);
  }
  if (problems.length > 0) throw new PolicyConfigurationError('The Cedar schema and the action table disagree.', problems);
}
