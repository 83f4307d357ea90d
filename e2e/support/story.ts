import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import type { Address } from "viem";
import { stackEnv } from "./stackEnv";
import type { TestWallet } from "./testWallet";

/** The e2e stack's coordinates, as lib/sharing/stackPatient and the lib readers take them. */
export function coordinates() {
  const env = stackEnv();
  return {
    ...env,
    appOrigin: new URL(env.appUrl).origin,
    consent: process.env.E2E_CONSENT as Address,
    ipfsApiUrl: `http://127.0.0.1:${process.env.E2E_IPFS_API_PORT}`,
    ipfsGatewayUrl: `http://127.0.0.1:${process.env.E2E_IPFS_GATEWAY_PORT}`,
  };
}

/** Transactions the wallet was asked to send so far. */
export const transactions = (wallet: TestWallet) =>
  wallet.requests.filter((r) => r.method === "eth_sendTransaction").length;

/** Whether the e2e IPFS node pins `cid` (its RPC `pin/ls` fails for a CID it does not pin). */
export const isPinned = async (cid: string) =>
  (await fetch(`${coordinates().ipfsApiUrl}/api/v0/pin/ls?arg=${cid}`, { method: "POST" })).ok;

/** Whether the gateway still hands out `cid`'s bytes (to anyone who asks: a revoked clinician too). */
export async function gatewayServes(cid: string): Promise<boolean> {
  try {
    const response = await fetch(`${coordinates().ipfsGatewayUrl}/ipfs/${cid}?format=car`, {
      headers: { accept: "application/vnd.ipld.car" },
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Screenshots of a walk through the app, for a person to look at: only when WALK_SHOTS names a
 * folder (nothing is written in an ordinary run). Numbered in the order they were taken.
 */
export function walkShots() {
  const dir = process.env.WALK_SHOTS;
  let n = 0;
  if (dir) mkdirSync(dir, { recursive: true });
  return async (page: Page, who: "patient" | "clinician", step: string) => {
    if (!dir) return;
    n += 1;
    await page.screenshot({
      path: path.join(dir, `${String(n).padStart(2, "0")}-${who}-${step}.png`),
      fullPage: true,
    });
  };
}
