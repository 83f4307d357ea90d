import { createPrivateKey, createPublicKey, hkdfSync } from "node:crypto";
import { x25519 } from "@noble/curves/ed25519.js";
import { secp256k1 } from "@noble/curves/secp256k1.js";
import { type Hex, hexToBytes, numberToHex, parseSignature, serializeSignature } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { createSiweMessage, parseSiweMessage } from "viem/siwe";
import { describe, expect, it } from "vitest";
import { DEV_ACCOUNTS } from "../dev/accounts";
import {
  assertAppOrigin,
  canonicalSignature,
  createIdentityKey,
  deriveIdentityKey,
  IDENTITY_KEY_VERSION,
  keyFingerprint,
  UnstableSignatureError,
  unlockIdentityKey,
  WrongOriginError,
} from "./identity";
import { isKeyMessage, KEY_MESSAGE_RESOURCE, keyMessage } from "./keyMessage";

const account = privateKeyToAccount(DEV_ACCOUNTS.patient.privateKey);
const sign = (message: string) => account.signMessage({ message });
const ORIGIN = "http://127.0.0.1:3000";
const binding = { origin: ORIGIN, chainId: 31337, address: account.address };

/** x25519 public key of a raw scalar, computed by node:crypto (independently of @noble). */
function nodeX25519(scalar: Buffer): string {
  const jwk = createPublicKey(
    createPrivateKey({
      key: Buffer.concat([Buffer.from("302e020100300506032b656e04220420", "hex"), scalar]),
      format: "der",
      type: "pkcs8",
    }),
  ).export({ format: "jwk" });
  return jwk.x as string;
}

describe("the key message", () => {
  it("is an EIP-4361 message naming the site, the chain, the account and the key version", () => {
    const message = keyMessage(binding, 2);
    const parsed = parseSiweMessage(message);
    expect(parsed).toMatchObject({
      domain: "127.0.0.1:3000",
      uri: ORIGIN,
      address: account.address,
      chainId: 31337,
      version: "1",
      resources: [`${KEY_MESSAGE_RESOURCE}:v2`],
    });
    expect(parsed.statement).toContain(`sign it only on ${ORIGIN}`);
    expect(parsed.nonce).toMatch(/^[0-9a-f]{16}$/);
  });

  it("is the same every time for the same account and version (fixed nonce and issued-at), and differs otherwise", () => {
    expect(keyMessage(binding, 2)).toEqual(keyMessage(binding, 2));
    expect(keyMessage(binding, 3)).not.toEqual(keyMessage(binding, 2));
    expect(keyMessage({ ...binding, origin: "http://localhost:3000" }, 2)).not.toEqual(
      keyMessage(binding, 2),
    );
    expect(keyMessage({ ...binding, chainId: 8453 }, 2)).not.toEqual(keyMessage(binding, 2));
    const clinician = privateKeyToAccount(DEV_ACCOUNTS.clinician.privateKey).address;
    expect(parseSiweMessage(keyMessage({ ...binding, address: clinician }, 2)).nonce).not.toEqual(
      parseSiweMessage(keyMessage(binding, 2)).nonce,
    );
  });

  it("is told apart from a sign-in message in both directions", () => {
    expect(isKeyMessage(keyMessage(binding, 2))).toBe(true);
    expect(isKeyMessage(keyMessage(binding, 1))).toBe(true);
    const signIn = createSiweMessage({
      domain: "127.0.0.1:3000",
      uri: ORIGIN,
      address: account.address,
      chainId: 31337,
      version: "1",
      nonce: "abcdefgh12345678",
      statement: "Sign in to CareKeys.",
      resources: ["urn:carekeys:sign-in"],
    });
    expect(isKeyMessage(signIn)).toBe(false);
  });
});

describe("identity key", () => {
  it("derives the same key from the same wallet every time", async () => {
    const a = await createIdentityKey(sign, binding);
    const b = await createIdentityKey(sign, binding);
    expect(a.publicKeyHex).toEqual(b.publicKeyHex);
    expect(a.version).toBe(IDENTITY_KEY_VERSION);
    expect(x25519.getPublicKey(a.privateKey)).toEqual(a.publicKey);
  });

  it("gives another key for another origin, chain, key version or wallet", async () => {
    const here = await createIdentityKey(sign, binding);
    const phishing = await createIdentityKey(sign, { ...binding, origin: "https://carekeys.example.com" });
    const localhost = await createIdentityKey(sign, { ...binding, origin: "http://localhost:3000" });
    const otherChain = await createIdentityKey(sign, { ...binding, chainId: 1 });
    const rotated = await createIdentityKey(sign, binding, 3);
    const clinician = privateKeyToAccount(DEV_ACCOUNTS.clinician.privateKey);
    const theirs = await createIdentityKey((message) => clinician.signMessage({ message }), {
      ...binding,
      address: clinician.address,
    });
    const keys = [here, phishing, localhost, otherChain, rotated, theirs].map((k) => k.publicKeyHex);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("refuses to ask for a key signature on any origin but the app's own", () => {
    expect(() => assertAppOrigin("http://localhost:3000", ORIGIN)).toThrow(WrongOriginError);
    expect(() => assertAppOrigin("https://carekeys.example.com", ORIGIN)).toThrow(
      /open http:\/\/127.0.0.1:3000/i,
    );
    expect(() => assertAppOrigin("http://127.0.0.1:3000", `${ORIGIN}/`)).not.toThrow();
  });

  it("derives the same key whatever encoding of the signature the wallet returns (v 27/28 or 0/1, high s, EIP-2098)", async () => {
    const signature = await sign(keyMessage(binding, 2));
    const { r, s, yParity } = parseSignature(signature);
    const n = secp256k1.Point.CURVE().n;
    const highS = numberToHex(n - BigInt(s), { size: 32 });
    const variants: Hex[] = [
      serializeSignature({ r, s, v: BigInt(27 + yParity) }),
      serializeSignature({ r, s, yParity }), // v as 0/1
      `${signature.slice(0, 130)}${yParity.toString(16).padStart(2, "0")}` as Hex,
      serializeSignature({ r, s: highS, yParity: 1 - yParity }), // the same signature with high s
      `0x${r.slice(2)}${(BigInt(s) | (BigInt(yParity) << 255n)).toString(16).padStart(64, "0")}` as Hex, // EIP-2098
    ];
    const expected = deriveIdentityKey(signature, 2).publicKeyHex;
    for (const variant of variants) expect(deriveIdentityKey(variant, 2).publicKeyHex).toBe(expected);
    expect(canonicalSignature(variants[3])).toEqual(canonicalSignature(signature));
  });

  it("agrees with an independent HKDF + X25519 (node:crypto): r and low s for v2, the raw 65 bytes for v1", async () => {
    const signature = await sign(keyMessage(binding, 2));
    const v2 = deriveIdentityKey(signature, 2);
    const { r, s } = parseSignature(signature);
    const material = Buffer.concat([Buffer.from(hexToBytes(r)), Buffer.from(hexToBytes(s))]);
    const scalar = Buffer.from(hkdfSync("sha256", material, "CareKeys identity key v2", "x25519", 32));
    expect(Buffer.from(v2.privateKey)).toEqual(scalar);
    expect(Buffer.from(v2.publicKey).toString("base64url")).toEqual(nodeX25519(scalar));

    const legacySignature = await sign(keyMessage(binding, 1));
    const v1 = deriveIdentityKey(legacySignature, 1);
    const legacyScalar = Buffer.from(
      hkdfSync("sha256", hexToBytes(legacySignature), "CareKeys identity key v1", "x25519", 32),
    );
    expect(Buffer.from(v1.privateKey)).toEqual(legacyScalar);
    expect(v1.version).toBe(1);
  });

  it("has a known-answer vector for key version 2", () => {
    const signature: Hex = `0x${"11".repeat(32)}${"22".repeat(32)}1b`;
    expect(deriveIdentityKey(signature, 2).publicKeyHex).toMatchInlineSnapshot(
      `"0x18b645266ffd51867b94f35bb63ea081b157d71fa503a8569db11886e5946f56"`,
    );
  });

  it("refuses a wallet whose two signatures differ", async () => {
    let call = 0;
    const unstable = async (message: string): Promise<Hex> => {
      call += 1;
      return account.signMessage({ message: `${message}${call}` });
    };
    await expect(createIdentityKey(unstable, binding)).rejects.toBeInstanceOf(UnstableSignatureError);
  });

  it("unlocks only with the wallet that registered the key", async () => {
    const key = await createIdentityKey(sign, binding);
    await expect(unlockIdentityKey(sign, binding, key.publicKeyHex)).resolves.toMatchObject({
      publicKeyHex: key.publicKeyHex,
    });
    const other = privateKeyToAccount(DEV_ACCOUNTS.newPatient.privateKey);
    await expect(
      unlockIdentityKey((message) => other.signMessage({ message }), binding, key.publicKeyHex),
    ).rejects.toThrow(/different encryption key/);
  });

  it("rejects a truncated signature", () => {
    expect(() => deriveIdentityKey("0x1234", 2)).toThrow(/not a signature/);
  });

  it("prints a 16-hex-digit fingerprint", () => {
    expect(keyFingerprint(`0x${"ab".repeat(32)}`)).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
  });
});
