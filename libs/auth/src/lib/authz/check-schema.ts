import { schemaToJson, validate, type Schema } from '@cedar-policy/cedar-wasm/nodejs';
import { ACTION_RESOURCE_TYPES, AUTHORIZATION_ACTIONS, CEDAR_NAMESPACE, type AuthorizationAction } from './actions';
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

type SchemaJson = Extract<ReturnType<typeof schemaToJson>, { type: 'success' }>['json'];

function schemaJson(schema: Schema): SchemaJson {
  const answer = schemaToJson(schema);
  if (answer.type === 'failure') {
    throw new PolicyConfigurationError('The Cedar schema does not parse.', answer.errors.map(describeCedarError));
  }
  return answer.json;
}

interface TypeJson {
  type?: string;
  name?: string;
  element?: TypeJson;
  attributes?: Record<string, TypeJson>;
}

const isString = (type: TypeJson | undefined) => type?.type === 'String' || (type?.type === 'EntityOrCommon' && type.name === 'String');

/**
 * The context attributes the schema declares for each action that has a context. Every one
 * must be a set of strings, the one kind of value the app fills from a request body.
 */
export function contextAttributesByAction(schema: Schema): ReadonlyMap<AuthorizationAction, readonly string[]> {
  const namespace = schemaJson(schema)[CEDAR_NAMESPACE];
  const commonTypes = (namespace?.commonTypes ?? {}) as Record<string, TypeJson>;
  const byAction = new Map<AuthorizationAction, readonly string[]>();
  const problems: string[] = [];
  for (const action of AUTHORIZATION_ACTIONS) {
    const declared = namespace?.actions[action]?.appliesTo?.context as TypeJson | undefined;
    if (!declared) continue;
    const record = declared.type === 'Record' ? declared : commonTypes[declared.type ?? ''];
    const attributes = Object.entries(record?.attributes ?? {});
    for (const [name, type] of attributes) {
      if (type.type !== 'Set' || !isString(type.element)) problems.push(`context attribute "${name}" of "${action}" must be a Set<String>`);
    }
    byAction.set(
      action,
      attributes.map(([name]) => name),
    );
  }
  if (problems.length > 0) throw new PolicyConfigurationError('The Cedar schema declares a context the app cannot fill.', problems);
  return byAction;
}

/** The schema's actions and their resource types must be exactly those of ACTION_RESOURCE_TYPES. */
export function checkSchemaActions(schema: Schema): void {
  const actions = schemaJson(schema)[CEDAR_NAMESPACE]?.actions ?? {};
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
