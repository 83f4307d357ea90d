import solc from "solc";
import { type Address, createPublicClient, getAddress, type Hex, http, type PublicClient } from "viem";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import { createSiweMessage } from "viem/siwe";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { keyMessage } from "../crypto/keyMessage";
import { startAnvil } from "../testing/anvil";
import { SIGN_IN_LIFETIME_MS, SIGN_IN_RESOURCE, SIGN_IN_STATEMENT, signInMessage } from "./message";
import { issueNonce, MemoryNonceStore } from "./nonceStore";
import { KEY_MESSAGE_REFUSED, type SignInAttempt, SignInRefused, verifySignIn } from "./verifySignIn";

const ORIGIN = "http://127.0.0.1:3000";
const CHAIN_ID = 31337;
const account = privateKeyToAccount(generatePrivateKey());

/** An ERC-1271 contract wallet that accepts its owner's signatures: a stand-in for Safe and smart accounts. */
const OWNED_WALLET = `
// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;
contract OwnedWallet {
  address public immutable owner;
  constructor(address owner_) { owner = owner_; }
  function isValidSignature(bytes32 hash, bytes calldata signature) external view returns (bytes4) {
    if (signature.length != 65) return 0xffffffff;
    bytes32 r = bytes32(signature[0:32]);
    bytes32 s = bytes32(signature[32:64]);
    uint8 v = uint8(signature[64]);
    return ecrecover(hash, v, r, s) == owner ? bytes4(0x1626ba7e) : bytes4(0xffffffff);
  }
}`;

function compileOwnedWallet(): { abi: unknown[]; bytecode: Hex } {
  const output = JSON.parse(
    solc.compile(
      JSON.stringify({
        language: "Solidity",
        sources: { "OwnedWallet.sol": { content: OWNED_WALLET } },
        settings: { outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } } },
      }),
    ),
  );
  const contract = output.contracts["OwnedWallet.sol"].OwnedWallet;
  return { abi: contract.abi, bytecode: `0x${contract.evm.bytecode.object}` };
}

describe("verifySignIn", () => {
  let chain: Awaited<ReturnType<typeof startAnvil>>;
  let publicClient: PublicClient;
  let nonceStore: MemoryNonceStore;
  const now = new Date();

  beforeAll(async () => {
    chain = await startAnvil();
    publicClient = chain.publicClient as PublicClient;
  });
  afterAll(() => chain?.stop());

  async function attempt(overrides: Partial<SignInAttempt> & { message: string; signature: Hex }) {
    return verifySignIn({
      expectedOrigin: ORIGIN,
      chainId: CHAIN_ID,
      nonceStore,
      publicClient,
      now,
      ...overrides,
    });
  }

  async function signedIn(
    options: { origin?: string; chainId?: number; issuedAt?: Date; address?: Address } = {},
  ) {
    nonceStore ??= new MemoryNonceStore();
    const nonce = await issueNonce(nonceStore, now.getTime());
    const message = signInMessage({
      origin: options.origin ?? ORIGIN,
      address: options.address ?? account.address,
      chainId: options.chainId ?? CHAIN_ID,
      nonce,
      issuedAt: options.issuedAt ?? now,
    });
    return { message, nonce, signature: await account.signMessage({ message }) };
  }

  async function refusal(promise: Promise<unknown>): Promise<SignInRefused> {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SignInRefused);
    return error as SignInRefused;
  }

  it("accepts a genuine sign-in and returns the account", async () => {
    nonceStore = new MemoryNonceStore();
    expect(await attempt(await signedIn())).toEqual({ address: account.address });
  });

  it("refuses the same message and signature sent again (the nonce is single-use)", async () => {
    nonceStore = new MemoryNonceStore();
    const first = await signedIn();
    await attempt(first);
    const replay = await refusal(attempt(first));
    expect(replay.status).toBe(401);
    expect(replay.message).toMatch(/already used/);
  });

  it("refuses the identity-key message before anything else: no nonce is consumed, no signature checked", async () => {
    for (const version of [1, 2]) {
      const message = keyMessage({ origin: ORIGIN, chainId: CHAIN_ID, address: account.address }, version);
      const signature = await account.signMessage({ message });
      const store = { add: vi.fn(), consume: vi.fn(async () => true) };
      const client = { verifySiweMessage: vi.fn(async () => true) };
      const error = await refusal(attempt({ message, signature, nonceStore: store, publicClient: client }));
      expect(error.message).toBe(KEY_MESSAGE_REFUSED);
      expect(error.status).toBe(400);
      expect(store.consume).not.toHaveBeenCalled();
      expect(client.verifySiweMessage).not.toHaveBeenCalled();
    }
  });

  it("refuses a message for another domain, another origin, or another scheme", async () => {
    nonceStore = new MemoryNonceStore();
    for (const origin of ["https://carekeys.example", "http://127.0.0.1:3001", "https://127.0.0.1:3000"]) {
      const error = await refusal(attempt(await signedIn({ origin })));
      expect(error.status).toBe(400);
      expect(error.message).toContain(`Sign in on ${ORIGIN}`);
    }
    // Right domain, but the URI names another origin.
    const honest = await signedIn();
    const message = honest.message.replace(`URI: ${ORIGIN}`, "URI: https://carekeys.example");
    const error = await refusal(attempt({ message, signature: await account.signMessage({ message }) }));
    expect(error.message).toMatch(/not for http:\/\/127\.0\.0\.1:3000/);
  });

  it("refuses a message for another chain", async () => {
    nonceStore = new MemoryNonceStore();
    const error = await refusal(attempt(await signedIn({ chainId: 1 })));
    expect(error.message).toBe("This sign-in message is for chain 1; CareKeys here works on chain 31337.");
  });

  it("refuses a nonce this server never issued", async () => {
    nonceStore = new MemoryNonceStore();
    const message = signInMessage({
      origin: ORIGIN,
      address: account.address,
      chainId: CHAIN_ID,
      nonce: "00000000000000000000000000000000",
      issuedAt: now,
    });
    const error = await refusal(attempt({ message, signature: await account.signMessage({ message }) }));
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/not issued by this server/);
  });

  it("refuses a message issued more than 60 s ahead or more than 10 minutes ago, and accepts 50 s of skew", async () => {
    nonceStore = new MemoryNonceStore();
    const future = await refusal(attempt(await signedIn({ issuedAt: new Date(now.getTime() + 61_000) })));
    expect(future.message).toMatch(/issued in the future/);
    const old = await refusal(
      attempt(await signedIn({ issuedAt: new Date(now.getTime() - SIGN_IN_LIFETIME_MS - 1000) })),
    );
    expect(old.message).toMatch(/too old/);
    const skewed = await signedIn({ issuedAt: new Date(now.getTime() + 50_000) });
    expect(await attempt(skewed)).toEqual({ address: account.address });
  });

  it("refuses a message past its expiration time or before its not-before time", async () => {
    nonceStore = new MemoryNonceStore();
    const base = {
      domain: "127.0.0.1:3000",
      uri: ORIGIN,
      address: account.address,
      chainId: CHAIN_ID,
      version: "1" as const,
      statement: SIGN_IN_STATEMENT,
      resources: [SIGN_IN_RESOURCE],
    };
    for (const times of [
      { issuedAt: new Date(now.getTime() - 120_000), expirationTime: new Date(now.getTime() - 1000) },
      { issuedAt: now, notBefore: new Date(now.getTime() + 120_000) },
    ]) {
      const message = createSiweMessage({
        ...base,
        ...times,
        nonce: await issueNonce(nonceStore, now.getTime()),
      });
      const error = await refusal(attempt({ message, signature: await account.signMessage({ message }) }));
      expect(error.message).toMatch(/expired or is not valid yet/);
    }
  });

  it("refuses messages that are not exactly a CareKeys sign-in: other statement, extra resources, added lines", async () => {
    nonceStore = new MemoryNonceStore();
    const honest = await signedIn();
    const variants = [
      honest.message.replace(SIGN_IN_STATEMENT, "Sign in to CareKeys and transfer all my tokens."),
      honest.message.replace(`- ${SIGN_IN_RESOURCE}`, `- ${SIGN_IN_RESOURCE}\n- https://evil.example/grant`),
      `${honest.message}\nRequest ID: 42`,
      `${honest.message}\n\nAnd also something else.`,
    ];
    for (const message of variants) {
      const error = await refusal(attempt({ message, signature: await account.signMessage({ message }) }));
      expect(error.message).toBe("This is not a CareKeys sign-in message. Sign in from the CareKeys app.");
    }
    expect(await refusal(attempt({ message: "hello", signature: "0x00" }))).toHaveProperty("status", 400);
    // The honest message was never spoilt by the attempts: its nonce is still unused.
    expect(await attempt(honest)).toEqual({ address: account.address });
  });

  it("refuses a signature by another account, and the nonce is spent", async () => {
    nonceStore = new MemoryNonceStore();
    const honest = await signedIn();
    const other = privateKeyToAccount(generatePrivateKey());
    const forged = {
      message: honest.message,
      signature: await other.signMessage({ message: honest.message }),
    };
    const error = await refusal(attempt(forged));
    expect(error).toMatchObject({
      status: 401,
      message: "The signature does not match the account in the sign-in message.",
    });
    expect((await refusal(attempt(honest))).message).toMatch(/already used/);
    const garbage = await signedIn();
    expect(await refusal(attempt({ message: garbage.message, signature: "0x1234" }))).toHaveProperty(
      "status",
      401,
    );
  });

  it("accepts a contract wallet (ERC-1271) whose owner signed, and refuses one whose owner did not", async () => {
    nonceStore = new MemoryNonceStore();
    const { abi, bytecode } = compileOwnedWallet();
    const deployer = chain.wallet("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    const hash = await deployer.deployContract({ abi, bytecode, args: [account.address] });
    const { contractAddress } = await deployer.waitForTransactionReceipt({ hash });
    const wallet = getAddress(contractAddress!);

    const byOwner = await signedIn({ address: wallet });
    expect(await attempt(byOwner)).toEqual({ address: wallet });

    const bySomeoneElse = await signedIn({ address: wallet });
    const stranger = privateKeyToAccount(generatePrivateKey());
    const signature = await stranger.signMessage({ message: bySomeoneElse.message });
    expect((await refusal(attempt({ message: bySomeoneElse.message, signature }))).status).toBe(401);
  });

  it("without a reachable chain node, still accepts an ordinary account's signature (checked locally)", async () => {
    nonceStore = new MemoryNonceStore();
    const offline = createPublicClient({ transport: http("http://127.0.0.1:23199", { retryCount: 0 }) });
    expect(await attempt({ ...(await signedIn()), publicClient: offline })).toEqual({
      address: account.address,
    });
    const honest = await signedIn();
    const other = privateKeyToAccount(generatePrivateKey());
    const signature = await other.signMessage({ message: honest.message });
    expect(
      (await refusal(attempt({ message: honest.message, signature, publicClient: offline }))).status,
    ).toBe(401);
  });

  it("says so (503) when checking the signature fails for another reason than a wrong signature", async () => {
    nonceStore = new MemoryNonceStore();
    const broken = {
      verifySiweMessage: async (): Promise<boolean> => {
        throw new Error("socket hang up");
      },
    };
    const error = await refusal(attempt({ ...(await signedIn()), publicClient: broken }));
    expect(error).toMatchObject({ status: 503 });
    expect(error.message).toMatch(/could not be checked/);
  });
});
