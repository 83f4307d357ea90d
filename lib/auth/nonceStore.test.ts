import { describe, expect, it } from "vitest";
import { issueNonce, MemoryNonceStore, NONCE_TTL_MS, newNonce } from "./nonceStore";

const t0 = Date.UTC(2026, 4, 1);

describe("MemoryNonceStore", () => {
  it("accepts a nonce it issued once, and never again", async () => {
    const store = new MemoryNonceStore();
    const nonce = await issueNonce(store, t0);
    expect(await store.consume(nonce, t0 + 1000)).toBe(true);
    expect(await store.consume(nonce, t0 + 2000)).toBe(false);
  });

  it("gives one of two simultaneous consumers the nonce", async () => {
    const store = new MemoryNonceStore();
    const nonce = await issueNonce(store, t0);
    const results = await Promise.all([store.consume(nonce, t0), store.consume(nonce, t0)]);
    expect(results.sort()).toEqual([false, true]);
  });

  it("refuses a nonce it never issued, and one older than 10 minutes", async () => {
    const store = new MemoryNonceStore();
    expect(await store.consume(newNonce(), t0)).toBe(false);
    const nonce = await issueNonce(store, t0);
    expect(await store.consume(nonce, t0 + NONCE_TTL_MS)).toBe(false);
    expect(NONCE_TTL_MS).toBe(10 * 60 * 1000);
  });

  it("stays within its bound under a flood of requests, dropping expired nonces first, then the oldest", async () => {
    const store = new MemoryNonceStore({ limit: 100 });
    const early = await issueNonce(store, t0);
    for (let i = 0; i < 10_000; i++) await issueNonce(store, t0 + 1);
    expect(store.size).toBe(100);
    expect(await store.consume(early, t0 + 2)).toBe(false); // evicted as the oldest

    const fresh = new MemoryNonceStore({ limit: 100 });
    for (let i = 0; i < 50; i++) await issueNonce(fresh, t0);
    const kept = await issueNonce(fresh, t0 + NONCE_TTL_MS + 1);
    expect(fresh.size).toBe(1); // the 50 expired ones went on the next issue
    expect(await fresh.consume(kept, t0 + NONCE_TTL_MS + 2)).toBe(true);
  });
});

describe("newNonce", () => {
  it("is 32 hex characters (128 random bits), and nonces issued one after another share no run of characters", () => {
    const a = newNonce();
    const b = newNonce();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(b).not.toBe(a);
    // viem's generateSiweNonce would fail this: its consecutive nonces are one character apart.
    expect(b.includes(a.slice(1, 17))).toBe(false);
  });
});
