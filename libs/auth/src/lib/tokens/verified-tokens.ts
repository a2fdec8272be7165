import type { TokenPrincipal } from '../principal';

interface Verified {
  principal: TokenPrincipal;
  /** Seconds since the epoch: the token's exp, and its nbf (0 without one). */
  exp: number;
  nbf: number;
  /** Milliseconds since the epoch after which the token is verified again. */
  reverifyAt: number;
}

/**
 * Tokens whose signature and claims were verified, by their exact text: a client sends the same
 * token with every request, and its signature cannot verify differently while the key is the
 * same. A remembered token is still refused from the moment it expires (exp, with the clock
 * tolerance), and is verified afresh after `maxAgeMs` at most, so a key withdrawn from the JWKS is
 * honoured about as soon as jose's own key cache would honour it. Refusals are never remembered.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, Verified>();

  constructor(private readonly options: { clockToleranceSec: number; maxAgeMs: number; maxEntries: number; now?: () => number }) {}

  get(token: string): TokenPrincipal | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    const now = (this.options.now ?? Date.now)();
    const seconds = now / 1_000;
    const tolerance = this.options.clockToleranceSec;
    if (now >= entry.reverifyAt || seconds >= entry.exp + tolerance || seconds < entry.nbf - tolerance) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.principal;
  }

  set(token: string, principal: TokenPrincipal, claims: { exp?: number; nbf?: number }): void {
    if (typeof claims.exp !== 'number') return;
    // The oldest goes first: tokens are used in bursts, and a flood of new ones cannot grow memory.
    if (this.entries.size >= this.options.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    const reverifyAt = (this.options.now ?? Date.now)() + this.options.maxAgeMs;
    this.entries.set(token, { principal: Object.freeze(principal), exp: claims.exp, nbf: claims.nbf ?? 0, reverifyAt });
  }
}
