import { describe, expect, it } from "vitest";
import { loadServerConfig } from "./server";

const devWallet = (env: Record<string, string>) =>
  loadServerConfig({ ...env } as NodeJS.ProcessEnv).public.devWallet.length > 0;

describe("the development wallet", () => {
  it("is offered in a development start of the local chain with a loopback RPC and app origin", () => {
    expect(devWallet({ NODE_ENV: "development" })).toBe(true);
    expect(devWallet({ NODE_ENV: "development", APP_ORIGIN: "http://localhost:3000" })).toBe(true);
    expect(devWallet({ NODE_ENV: "development", APP_ORIGIN: "http://[::1]:3000" })).toBe(true);
  });

  // Regression: it was gated on chain id 31337 alone, the default when nothing is configured,
  // so a production start with no configuration offered a wallet that signs without asking.
  it("is absent under a production start unless explicitly turned on", () => {
    expect(devWallet({ NODE_ENV: "production" })).toBe(false);
    expect(devWallet({ NODE_ENV: "production", DEV_WALLET: "on" })).toBe(true);
  });

  // Regression: anything but "production" turned it on, so a custom server that never sets
  // NODE_ENV (or a test runner's "test") offered a wallet that signs without asking.
  it("is absent when NODE_ENV is unset or anything but development, unless explicitly turned on", () => {
    expect(devWallet({})).toBe(false);
    expect(devWallet({ NODE_ENV: "test" })).toBe(false);
    expect(devWallet({ NODE_ENV: "Development" })).toBe(false);
    expect(devWallet({ DEV_WALLET: "on" })).toBe(true);
    expect(devWallet({ NODE_ENV: "test", DEV_WALLET: "on" })).toBe(true);
  });

  // Regression: `next dev` serving a public origin (a tunnel, a shared preview) offered it to
  // everyone who opened the page.
  it("is absent from a development start served on an origin that is not this machine", () => {
    expect(devWallet({ NODE_ENV: "development", APP_ORIGIN: "https://carekeys.example.org" })).toBe(false);
    expect(devWallet({ NODE_ENV: "development", APP_ORIGIN: "http://192.168.1.20:3000" })).toBe(false);
    expect(devWallet({ NODE_ENV: "development", APP_ORIGIN: "http://127.0.0.1.nip.io:3000" })).toBe(false);
    expect(devWallet({ NODE_ENV: "development", APP_ORIGIN: "http://localhost.:3000" })).toBe(false);
  });

  it("when explicitly turned on, still needs the local chain and a loopback RPC, but not a loopback origin", () => {
    expect(
      devWallet({ NODE_ENV: "production", DEV_WALLET: "on", APP_ORIGIN: "https://carekeys.example.org" }),
    ).toBe(true);
    expect(devWallet({ NODE_ENV: "production", DEV_WALLET: "on", RPC_URL: "http://10.0.0.5:8545" })).toBe(
      false,
    );
  });

  it("is absent with an RPC that is not on this machine, or on another chain, even when turned on", () => {
    expect(devWallet({ NODE_ENV: "development", RPC_URL: "https://rpc.example.org" })).toBe(false);
    expect(devWallet({ NODE_ENV: "development", RPC_URL: "http://localhost.:8545" })).toBe(false);
    expect(
      devWallet({ NODE_ENV: "development", DEV_WALLET: "on", PUBLIC_RPC_URL: "https://rpc.example.org" }),
    ).toBe(false);
    expect(
      devWallet({
        DEV_WALLET: "on",
        CHAIN_ID: "8453",
        DIRECTORY_ADDRESS: `0x${"11".repeat(20)}`,
        CONSENT_ADDRESS: `0x${"22".repeat(20)}`,
      }),
    ).toBe(false);
  });

  it("is hidden when turned off", () => {
    expect(devWallet({ NODE_ENV: "development", DEV_WALLET: "off" })).toBe(false);
  });
});
