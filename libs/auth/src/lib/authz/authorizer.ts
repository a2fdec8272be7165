import { preparsePolicySet, preparseSchema, statefulIsAuthorized, type Context } from '@cedar-policy/cedar-wasm/nodejs';
import type { AuthorizationAction } from './actions';
import type { AuthorizationDecision, AuthorizationRequest } from './authorization-request';
import { principalEntity, resourceEntity, uid, uniqueEntities } from './cedar-entities';
import { checkSchemaActions, contextAttributesByAction, validatePolicies } from './check-schema';
import { compilePolicies } from './compile-policies';
import { DecisionMemo, type EngineCall } from './decision-memo';
import { describeCedarError, PolicyConfigurationError } from './policy-errors';
import { readPolicyDirectory, type AuthorizerSources } from './policy-sources';

// The engine caches pre-parsed schemas and policy sets by name; each Authorizer gets its own.
let instances = 0;

/**
 * Cedar policy decisions for the API. Construction parses and strictly validates the
 * schema and policies once (throwing PolicyConfigurationError when they are unusable);
 * each decision then only parses the small per-request entity list.
 */
export class Authorizer {
  private readonly cacheKey: string;
  private readonly notices: ReadonlyMap<string, string>;
  private readonly refusals: ReadonlyMap<string, string>;
  private readonly contextAttributesOf: ReadonlyMap<AuthorizationAction, readonly string[]>;
  /** Absent when a policy names an entity, whose decisions could then depend on an id's value. */
  private readonly memo: DecisionMemo | undefined;
  readonly policyIds: readonly string[];

  static fromDirectory(directory?: string): Authorizer {
    return new Authorizer(readPolicyDirectory(directory));
  }

  /** `rememberDecisions: false` asks the engine every time (tests compare both ways). */
  constructor(sources: AuthorizerSources, { rememberDecisions = true }: { rememberDecisions?: boolean } = {}) {
    const compiled = compilePolicies(sources.policies);
    checkSchemaActions(sources.schema);
    validatePolicies(sources.schema, compiled.byId);
    this.contextAttributesOf = contextAttributesByAction(sources.schema);

    instances += 1;
    this.cacheKey = `access-authorizer-${instances}`;
    const schemaAnswer = preparseSchema(this.cacheKey, sources.schema);
    const policyAnswer = preparsePolicySet(this.cacheKey, { staticPolicies: { ...compiled.byId } });
    for (const answer of [schemaAnswer, policyAnswer]) {
      if (answer.type === 'failure') {
        throw new PolicyConfigurationError('The Cedar engine refused the policies.', answer.errors.map(describeCedarError));
      }
    }
    this.notices = compiled.notices;
    this.refusals = compiled.refusals;
    this.policyIds = Object.keys(compiled.byId);
    this.memo = rememberDecisions && DecisionMemo.appliesTo(Object.values(compiled.byId)) ? new DecisionMemo() : undefined;
  }

  /**
   * Decides one request. Throws (a programming error, not a refusal) when the request does
   * not fit the schema, e.g. a resource type the action does not apply to.
   */
  authorize(request: AuthorizationRequest): AuthorizationDecision {
    const principal = principalEntity(request.principal);
    const resource = resourceEntity(request.resource);
    const call: EngineCall = {
      principal: principal.uid,
      action: uid('Action', request.action),
      resource: resource.uid,
      context: this.context(request),
      entities: uniqueEntities(principal.entities, resource.entities),
    };
    const key = this.memo?.keyOf(call);
    const remembered = key === undefined ? undefined : this.memo?.get(key);
    if (remembered) return remembered;
    const decision = this.evaluate(request.action, call);
    if (key !== undefined) this.memo?.set(key, decision);
    return decision;
  }

  private evaluate(action: AuthorizationAction, call: EngineCall): AuthorizationDecision {
    const answer = statefulIsAuthorized({
      ...call,
      preparsedSchemaName: this.cacheKey,
      preparsedPolicySetId: this.cacheKey,
      validateRequest: true,
    });
    if (answer.type === 'failure') {
      throw new Error(`Authorization request for ${action} does not fit the schema: ${answer.errors.map(describeCedarError).join('; ')}`);
    }

    const { decision, diagnostics } = answer.response;
    const policyIds = [...diagnostics.reason].sort();
    const notices = [...new Set(policyIds.map((id) => this.notices.get(id) ?? id))];
    const allowed = decision === 'allow';
    const refusal = allowed ? undefined : policyIds.map((id) => this.refusals.get(id)).find((code) => code !== undefined);
    return {
      allowed,
      ...(refusal === undefined ? {} : { refusal }),
      notices: notices.length > 0 ? notices : [`No policy permits ${action} for this principal.`],
      policyIds,
      evaluationErrors: diagnostics.errors.map((item) => `policy "${item.policyId}": ${item.error.message}`),
    };
  }

  /** The context attributes the schema declares for an action (sets of strings), in schema order. */
  contextAttributes(action: AuthorizationAction): readonly string[] {
    return this.contextAttributesOf.get(action) ?? [];
  }

  /** The schema's context for the action: every declared attribute (empty when not given), nothing else. */
  private context(request: AuthorizationRequest): Context {
    const declared = this.contextAttributes(request.action);
    for (const attribute of Object.keys(request.context ?? {})) {
      if (declared.includes(attribute)) continue;
      const actions = [...this.contextAttributesOf].filter(([, names]) => names.includes(attribute)).map(([action]) => action);
      throw new TypeError(`${attribute} applies only to ${actions.length > 0 ? actions.join(' and ') : 'no action'}.`);
    }
    return Object.fromEntries(declared.map((attribute) => [attribute, [...(request.context?.[attribute] ?? [])]]));
  }
}
