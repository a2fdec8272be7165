/** Who is calling, as established by a verified credential. */
export type ApiKeyKind = 'integration' | 'scim';

/** A person, from a user Bearer token; always bound to one tenant. */
export interface UserPrincipal {
  readonly kind: 'user';
  readonly subject: string;
  readonly tenantId: string;
  readonly roles?: readonly string[];
}

/** A machine caller, from a service Bearer token; bound to no tenant, gated by scopes. */
export interface ServicePrincipal {
  readonly kind: 'service';
  readonly subject: string;
  readonly scopes: readonly string[];
}

/** An X-API-Key caller; bound to one tenant and one key kind. */
export interface ApiKeyPrincipal {
  readonly kind: 'api_key';
  readonly keyId: string;
  readonly tenantId: string;
  readonly keyKind: ApiKeyKind;
  /** The tenant is suspended, when the key's store read that with the key. */
  readonly tenantSuspended?: boolean;
}

export type TokenPrincipal = UserPrincipal | ServicePrincipal;
export type Principal = TokenPrincipal | ApiKeyPrincipal;
