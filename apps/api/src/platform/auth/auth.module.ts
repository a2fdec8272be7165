import { Global, Logger, Module } from '@nestjs/common';
import { Authorizer, createTokenVerifier, LastUsedRecorder } from '@access/auth';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { TOKEN_VERIFIER } from './authentication.guard';
import { PolicyPrincipalLoader } from './policy-principal.loader';
import { PrismaApiKeyStore } from './prisma-api-key.store';

function tokenVerifierFor(config: AppConfig) {
  const { issuer, audience, clockToleranceSec, jwksUrl, hs256Secret } = config.auth;
  if (jwksUrl) return createTokenVerifier({ jwksUrl, issuer, audience, clockToleranceSec });
  if (hs256Secret) return createTokenVerifier({ hs256Secret, issuer, audience, clockToleranceSec });
  throw new Error('No token verification configured (AUTH_JWKS_URL or AUTH_JWT_SECRET)');
}

/** Credentials and policies: what the request guards need, built once. */
@Global()
@Module({
  providers: [
    { provide: TOKEN_VERIFIER, useFactory: tokenVerifierFor, inject: [APP_CONFIG] },
    // Policies are parsed and validated against the schema here: a broken policy stops start-up.
    { provide: Authorizer, useFactory: () => Authorizer.fromDirectory() },
    PrismaApiKeyStore,
    {
      provide: LastUsedRecorder,
      useFactory: (store: PrismaApiKeyStore) => {
        const logger = new Logger('ApiKeys');
        return new LastUsedRecorder(store, { onError: (_error, keyId) => logger.warn({ keyId }, 'could not record last use') });
      },
      inject: [PrismaApiKeyStore],
    },
    PolicyPrincipalLoader,
  ],
  exports: [TOKEN_VERIFIER, Authorizer, PrismaApiKeyStore, LastUsedRecorder, PolicyPrincipalLoader],
})
export class AuthModule {}
