// Public API of @access/auth: credentials (Bearer JWT, API keys), the tenant check and
// Cedar authorization. Framework-free; the app wraps these in its guards.

export { AuthError, isAuthError, type AuthErrorCode, type AuthErrorOptions, type AuthFieldError } from './lib/errors/auth-error';
export { bearerChallenge } from './lib/errors/www-authenticate';
export type { ApiKeyKind, ApiKeyPrincipal, Principal, ServicePrincipal, TokenPrincipal, UserPrincipal } from './lib/principal';

export { extractBearerToken } from './lib/tokens/bearer-header';
export { TOKEN_CLAIMS } from './lib/tokens/token-claims';
export {
  JWKS_ALGORITHMS,
  SECRET_ALGORITHMS,
  type JwksTokenVerifierConfig,
  type SecretTokenVerifierConfig,
  type TokenVerifierConfig,
} from './lib/tokens/token-config';
export { createTokenVerifier, type TokenVerifier } from './lib/tokens/token-verifier';
export { signDevelopmentToken, type DevelopmentTokenOptions } from './lib/tokens/development-token';

export { generateApiKey, type GeneratedApiKey } from './lib/api-keys/generate-api-key';
export { verifyApiKey, type VerifyApiKeyOptions } from './lib/api-keys/verify-api-key';
export { LastUsedRecorder, type LastUsedRecorderOptions } from './lib/api-keys/last-used-recorder';
export type { ApiKeyStore, StoredApiKey } from './lib/api-keys/api-key-store';

export { assertTenant } from './lib/tenant/assert-tenant';

export { ACTION_RESOURCE_TYPES, AUTHORIZATION_ACTIONS, type AuthorizationAction, type ResourceType } from './lib/authz/actions';
export type {
  AuthorizationContext,
  AuthorizationDecision,
  AuthorizationPrincipal,
  AuthorizationRequest,
  AuthorizationResource,
  PolicyApiKeyPrincipal,
  PolicyUserPrincipal,
} from './lib/authz/authorization-request';
export { Authorizer } from './lib/authz/authorizer';
export { denialError } from './lib/authz/denial';
export { PolicyConfigurationError } from './lib/authz/policy-errors';
export { DEFAULT_POLICY_DIRECTORY, readPolicyDirectory, type AuthorizerSources, type PolicySource } from './lib/authz/policy-sources';
