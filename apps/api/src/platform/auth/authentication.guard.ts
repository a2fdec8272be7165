import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import {
  AuthError,
  bearerChallenge,
  extractBearerToken,
  isAuthError,
  LastUsedRecorder,
  verifyApiKey,
  type Principal,
  type TokenVerifier,
} from '@access/auth';
import { ERRORS } from '@access/errors';
import { ContractRegistry } from '../contract/contract-registry';
import { HEADER } from '../http/headers';
import { errorSource, isSecured } from '../contract/error-sources';
import { routeBinding } from '../contract/route-binding';
import { PrismaApiKeyStore } from './prisma-api-key.store';
import type { AuthenticatedRequest } from './request-auth';

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');

/**
 * 401 for a missing or refused credential, 400 conflicting_credentials when both an API key
 * and a token are sent, 503 when the token signing keys cannot be fetched.
 */
export const CREDENTIAL_ERRORS = errorSource('credentials', isSecured);

const API_KEY_CHALLENGE = 'ApiKey realm="access-management-api", header="X-API-Key"';

/**
 * Establishes who is calling, with the credentials the operation's security
 * requirements accept: an X-API-Key, or a Bearer JWT, never both at once. Public
 * operations and routes pass.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly contract: ContractRegistry,
    @Inject(TOKEN_VERIFIER) private readonly tokens: TokenVerifier,
    private readonly apiKeys: PrismaApiKeyStore,
    private readonly lastUsed: LastUsedRecorder,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const binding = routeBinding(context);
    if (binding.kind === 'public') return true;
    const operation = this.contract.get(binding.operationId);
    if (!CREDENTIAL_ERRORS.appliesTo(operation)) return true;
    const accepted = operation.securitySchemes;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    request.auth = { principal: await this.authenticate(request, accepted) };
    return true;
  }

  private async authenticate(request: AuthenticatedRequest, accepted: string[]): Promise<Principal> {
    const apiKey = request.headers[HEADER.apiKey];
    const authorization = request.headers[HEADER.authorization];
    // Two credentials would leave the choice of caller to the service; neither is tried.
    if (apiKey !== undefined && authorization !== undefined) {
      throw new AuthError('conflicting_credentials', ERRORS.conflicting_credentials.message, {
        errors: [
          { detail: `cannot be sent together with ${HEADER.apiKey}`, pointer: `/${HEADER.authorization}`, location: 'header' },
          { detail: `cannot be sent together with ${HEADER.authorization}`, pointer: `/${HEADER.apiKey}`, location: 'header' },
        ],
      });
    }
    if (apiKey !== undefined && accepted.includes('apiKeyAuth')) {
      try {
        return await verifyApiKey(apiKey, this.apiKeys, { lastUsed: this.lastUsed });
      } catch (error) {
        // A 401 names the scheme to retry with (RFC 9110 §11.6.1).
        if (isAuthError(error) && error.code === 'unauthenticated') error.headers['www-authenticate'] = API_KEY_CHALLENGE;
        throw error;
      }
    }
    if (authorization !== undefined && accepted.includes('bearerAuth')) {
      return this.tokens.verify(extractBearerToken(authorization));
    }
    const message = accepted.includes('apiKeyAuth')
      ? 'Send a Bearer token in Authorization or an API key in X-API-Key.'
      : 'Send a Bearer token in Authorization.';
    throw new AuthError('unauthenticated', message, { headers: { 'www-authenticate': bearerChallenge() } });
  }
}
