import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from '@access/auth';

/** Who made a change, as an audit event names them. */
export interface AuditActor {
  kind: 'user' | 'api_key' | 'service' | 'system';
  /** A token's subject, an API key's id, or the name of the system part (e.g. `operator-cli`). */
  id: string;
}

/** What the platform knows of the request being served, for the writes it makes. */
export interface RequestContext {
  requestId: string;
  actor: AuditActor;
}

/**
 * The request being served, available to every write without threading it through each
 * signature: the request-context interceptor runs each handler inside it. Outside a request
 * (operator commands, jobs) there is none, and events name the system as their actor.
 */
export const requestContext = new AsyncLocalStorage<RequestContext>();

export function actorOf(principal: Principal): AuditActor {
  switch (principal.kind) {
    case 'user':
      return { kind: 'user', id: principal.subject };
    case 'service':
      return { kind: 'service', id: principal.subject };
    case 'api_key':
      return { kind: 'api_key', id: principal.keyId };
  }
}
