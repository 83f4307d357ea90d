import { bytesToHex } from "viem";
import { SIGN_IN_LIFETIME_MS } from "./message";

/**
 * Sign-in nonces: issued by the server, each accepted once, within its lifetime.
 *
 * One app server keeps them in memory (`MemoryNonceStore`). Several servers behind a load
 * balancer must share one store, or a nonce issued by one server is unknown to the next, and a
 * message could be replayed once per server. Implement this interface on a shared store:
 * Redis (`SET nonce 1 PX ttl NX` to add, `GETDEL nonce` to consume) or PostgreSQL (insert
 * with `expires_at`; `DELETE ... WHERE nonce = $1 AND expires_at > now() RETURNING 1` to
 * consume). Both operations must be atomic, so two requests racing with one nonce cannot both
 * consume it.
 */
export interface NonceStore {
  /** Remembers a freshly issued nonce for `ttlMs` from `now` (milliseconds since the epoch). */
  add(nonce: string, options: { now: number; ttlMs: number }): Promise<void>;
  /**
   * Forgets the nonce and says whether it was issued here and had not expired at `now`: true
   * at most once per nonce, whoever asks.
   */
  consume(nonce: string, now: number): Promise<boolean>;
}

/** How long a nonce waits to be used: the lifetime of a sign-in message (10 minutes). */
export const NONCE_TTL_MS = SIGN_IN_LIFETIME_MS;

/** Default bound of the in-memory store: about 2 MB of nonces. */
export const MEMORY_NONCE_LIMIT = 10_000;

/**
 * 128 random bits as 32 hex characters (EIP-4361 wants at least 8 alphanumerics). Not viem's
 * `generateSiweNonce`: it draws from Math.random, and consecutive nonces share all but one
 * character, so one nonce would predict the next person's.
 */
export function newNonce(): string {
  return bytesToHex(crypto.getRandomValues(new Uint8Array(16))).slice(2);
}

/**
 * The nonce store of one process: a Map in insertion order (= expiry order, the lifetime being
 * the same for all), bounded by `limit`. When full, it first drops expired nonces, then the
 * oldest ones: a flood of nonce requests costs at most `limit` entries, and at worst makes the
 * slowest sign-ins in progress start again.
 */
export class MemoryNonceStore implements NonceStore {
  readonly #expiries = new Map<string, number>();
  readonly #limit: number;

  constructor({ limit = MEMORY_NONCE_LIMIT }: { limit?: number } = {}) {
    this.#limit = limit;
  }

  get size(): number {
    return this.#expiries.size;
  }

  async add(nonce: string, { now, ttlMs }: { now: number; ttlMs: number }): Promise<void> {
    for (const [oldest, expiresAt] of this.#expiries) {
      if (this.#expiries.size < this.#limit && expiresAt > now) break;
      this.#expiries.delete(oldest);
    }
    this.#expiries.set(nonce, now + ttlMs);
  }

  async consume(nonce: string, now: number): Promise<boolean> {
    const expiresAt = this.#expiries.get(nonce);
    this.#expiries.delete(nonce);
    return expiresAt !== undefined && expiresAt > now;
  }
}

/** Issues a new nonce and remembers it in `store`. */
export async function issueNonce(store: NonceStore, now: number): Promise<string> {
  const nonce = newNonce();
  await store.add(nonce, { now, ttlMs: NONCE_TTL_MS });
  return nonce;
}

const SHARED = Symbol.for("carekeys.auth.nonceStore");

/**
 * This server process's store. Kept on `globalThis` because Next.js may bundle each route
 * separately, and the nonce route and the verify route must see the same nonces.
 */
export function processNonceStore(): NonceStore {
  const global = globalThis as { [SHARED]?: NonceStore };
  global[SHARED] ??= new MemoryNonceStore();
  return global[SHARED];
}
