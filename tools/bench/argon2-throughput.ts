import { Algorithm, hash } from '@node-rs/argon2';

/**
 * Raw argon2id throughput at the API's parameters (PasswordHasher: m=19456 KiB, t=2, p=1), with
 * `concurrency` hashes in flight for `seconds`: the floor of createUser with a local password,
 * which is bound by hashing. Hashes per second.
 */
export async function argon2idThroughput(concurrency: number, seconds: number): Promise<number> {
  const deadline = Date.now() + seconds * 1_000;
  let hashes = 0;
  const worker = async () => {
    while (Date.now() < deadline) {
      await hash('correct horse battery staple', { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
      hashes++;
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return hashes / ((Date.now() - started) / 1_000);
}
