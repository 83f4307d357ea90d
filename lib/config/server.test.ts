import { describe, expect, it } from "vitest";
import { loadServerConfig } from "./server";

const devWallet = (env: Record<string, string>) =>
  loadServerConfig({ ...env } as NodeJS.ProcessEnv).public.devWallet.length > 0;

describe("the development wallet", () => {
  it("is offered in a development start of the local chain with a loopback RPC", () => {
    expect(devWallet({ NODE_ENV: "development" })).toBe(true);
  });

  // Regression: it was gated on chain id 31337 alone, the default when nothing is configured,
  // so a production start with no configuration offered a wallet that signs without asking.
  it("is absent under a production start unless explicitly turned on", () => {
    expect(devWallet({ NODE_ENV: "production" })).toBe(false);
    expect(devWallet({ NODE_ENV: "production", DEV_WALLET: "on" })).toBe(true);
  });

  it("is absent with an RPC that is not on this machine, or on another chain, even when turned on", () => {
    expect(devWallet({ NODE_ENV: "development", RPC_URL: "https://rpc.example.org" })).toBe(false);
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
