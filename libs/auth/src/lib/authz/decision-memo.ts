import type { Context, EntityJson, EntityUidJson } from '@cedar-policy/cedar-wasm/nodejs';
import type { AuthorizationDecision } from './authorization-request';

/** What the engine is asked, as statefulIsAuthorized takes it. */
export interface EngineCall {
  principal: EntityUidJson;
  action: EntityUidJson;
  resource: EntityUidJson;
  context: Context;
  entities: EntityJson[];
}

/**
 * Decisions remembered per shape of request. Policies that name no entity (apart from actions)
 * can tell entities apart only by comparing their ids with each other, never by an id's value: two
 * requests alike in everything but their ids, with the same ids equal to each other, get the same
 * decision. So the key is the request with each entity id replaced by the order of its first
 * appearance; the principal's roles and owner flag, the tenant's suspension and the context stay
 * in it as they are. The roles are still read for every request, so a change to them takes effect
 * at once; only the engine's evaluation of an identical shape is skipped.
 */
export class DecisionMemo {
  private readonly decisions = new Map<string, AuthorizationDecision>();

  constructor(private readonly maxEntries = 10_000) {}

  /** Whether policies can be remembered so: none names an entity other than an action. */
  static appliesTo(policyTexts: readonly string[]): boolean {
    return policyTexts.every((text) => [...text.matchAll(/(\w+)\s*::\s*"/g)].every(([, type]) => type === 'Action'));
  }

  keyOf(call: EngineCall): string {
    const aliases = new Map<string, string>();
    return JSON.stringify(call, function (this: Record<string, unknown>, key, value: unknown) {
      // An entity uid is { type, id }: its id is replaced, attribute values are kept, and so are
      // actions, which policies do name.
      const type = this['type'];
      if (key !== 'id' || typeof value !== 'string' || typeof type !== 'string' || type.endsWith('::Action')) return value;
      let alias = aliases.get(value);
      if (alias === undefined) aliases.set(value, (alias = `#${aliases.size}`));
      return alias;
    });
  }

  get(key: string): AuthorizationDecision | undefined {
    return this.decisions.get(key);
  }

  set(key: string, decision: AuthorizationDecision): void {
    // The shapes are few (role sets × actions × flags); a flood of distinct ones starts afresh.
    if (this.decisions.size >= this.maxEntries) this.decisions.clear();
    this.decisions.set(key, Object.freeze(decision));
  }
}
