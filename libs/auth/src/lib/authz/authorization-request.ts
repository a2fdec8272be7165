import type { ApiKeyPrincipal, ServicePrincipal } from '../principal';
import type { AuthorizationAction } from './actions';

/**
 * A person as the policies see them: the verified token plus what the app knows of the
 * user (roles and owner flag, typically from the database rather than the token).
 */
export interface PolicyUserPrincipal {
  readonly kind: 'user';
  readonly subject: string;
  readonly tenantId: string;
  readonly roles: readonly string[];
  readonly isOwner: boolean;
  /** The tenant is suspended (read per request); absent means it is not. */
  readonly tenantSuspended?: boolean;
}

/** An API key as the policies see it: the verified key plus its tenant's state (tenantSuspended; absent means it is not). */
export type PolicyApiKeyPrincipal = ApiKeyPrincipal;

export type AuthorizationPrincipal = PolicyUserPrincipal | PolicyApiKeyPrincipal | ServicePrincipal;

export type AuthorizationResource =
  | { readonly type: 'Tenant'; readonly id: string }
  | { readonly type: 'User'; readonly id: string; readonly tenantId: string }
  | { readonly type: 'Identity'; readonly id: string; readonly tenantId: string }
  | { readonly type: 'IdentityProvider'; readonly id: string; readonly tenantId: string }
  | { readonly type: 'Role'; readonly id: string; readonly tenantId: string }
  | { readonly type: 'ApiKeyRecord'; readonly id: string; readonly tenantId: string }
  /** Every tenant, as operators administer them. */
  | { readonly type: 'TenantDirectory' }
  /** The access provider's directory; `id` defaults to "default". */
  | { readonly type: 'ProviderDirectory'; readonly id?: string };

/**
 * The request's context: the attributes the schema declares for the action (all sets of
 * strings, e.g. `requestedRoles` for createUser and updateUser). A missing one is empty.
 */
export interface AuthorizationContext {
  readonly [attribute: string]: readonly string[] | undefined;
}

export interface AuthorizationRequest {
  readonly principal: AuthorizationPrincipal;
  readonly action: AuthorizationAction;
  readonly resource: AuthorizationResource;
  readonly context?: AuthorizationContext;
}

export interface AuthorizationDecision {
  readonly allowed: boolean;
  /** `@notice` texts of the determining policies, or one generic notice for a default deny. */
  readonly notices: readonly string[];
  /**
   * For a refusal: the error code the determining policies name in `@refusal` (e.g.
   * `tenant_suspended`); absent when none does, and the refusal is `forbidden`.
   */
  readonly refusal?: string;
  /** `@id`s of the determining policies (empty for a default deny). */
  readonly policyIds: readonly string[];
  /** Policies skipped because evaluating them failed (for logs; Cedar ignores them). */
  readonly evaluationErrors: readonly string[];
}
