import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppConfig } from './config';

/**
 * In development, with no token configuration, the service signs and verifies its
 * own HS256 tokens with a random secret kept (git-ignored) under .data/, so tokens
 * printed at start-up stay valid across restarts. Other environments must configure
 * AUTH_JWKS_URL or AUTH_JWT_SECRET (checked when configuration is loaded).
 */
export async function withDevelopmentSecret(config: AppConfig): Promise<AppConfig> {
  if (config.environment !== 'development' || config.auth.jwksUrl || config.auth.hs256Secret) return config;
  const file = path.resolve(config.auth.developmentSecretFile);
  if (!existsSync(file)) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  await chmod(file, 0o600);
  const hs256Secret = (await readFile(file, 'utf8')).trim();
  return { ...config, auth: { ...config.auth, hs256Secret } };
}
