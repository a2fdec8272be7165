import { Injectable } from '@nestjs/common';
import { Algorithm, hash } from '@node-rs/argon2';

/**
 * Argon2id at the OWASP Password Storage Cheat Sheet's first recommended setting
 * (m=19456 KiB, t=2, p=1). The hash is a PHC string carrying its own salt and cost,
 * so the cost can be raised later without breaking stored hashes.
 */
@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return hash(password, { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  }
}
