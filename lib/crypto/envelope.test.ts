import { createCipheriv, createDecipheriv, createHash } from "node:crypto";
import { x25519 } from "@noble/curves/ed25519.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, hexToBytes } from "viem";
import { describe, expect, it } from "vitest";
import { DecryptionError } from "./aead";
import { unwrapKey, wrapKey } from "./ecies";
import {
  contentCommitment,
  contentKeyAad,
  EnvelopeError,
  openRecord,
  type RecordContext,
  readHeader,
  sealRecord,
} from "./envelope";

/** A deterministic byte stream for known-answer vectors: SHA-256(seed || counter). */
function deterministic(seed: string) {
  let counter = 0;
  return (n: number) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 32) {
      out.set(sha256(new TextEncoder().encode(`${seed}:${counter++}`)).subarray(0, Math.min(32, n - i)), i);
    }
    return out;
  };
}

const patientPrivate = sha256(new TextEncoder().encode("patient identity"));
const patientPublic = x25519.getPublicKey(patientPrivate);
const categoryKey = sha256(new TextEncoder().encode("category key, labs, generation 1"));
const context: RecordContext = {
  chainId: 31337,
  contract: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
  patient: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
  recordId: `0x${"ab".repeat(31)}01`,
  category: 1,
  generation: 1,
};
const meta = { name: "labs.json", type: "application/fhir+json", createdAt: "2026-11-24T00:00:00.000Z" };
const text = (s: string) => new TextEncoder().encode(s);

describe("record envelope", () => {
  it("round-trips with the patient's key and with the category key, over several chunks", async () => {
    const content = text("Total cholesterol 213 mg/dL. ".repeat(40));
    const { envelope, contentHash } = await sealRecord({
      content,
      meta,
      context,
      categoryKey,
      patientPublicKey: patientPublic,
      chunkSize: 100,
    });
    expect(readHeader(envelope).header.chunkCount).toBeGreaterThan(5);
    const byPatient = await openRecord(envelope, { patientPrivateKey: patientPrivate }, context);
    expect(byPatient.content).toEqual(content);
    expect(byPatient.meta).toEqual(meta);
    expect(byPatient.contentHash).toBe(contentHash);
    const byGrantee = await openRecord(envelope, { categoryKey }, context);
    expect(byGrantee.content).toEqual(content);
  });

  it("matches its known-answer vector (docs/envelope-format.md)", async () => {
    const { envelope, contentHash } = await sealRecord({
      content: text("hello, CareKeys"),
      meta,
      context,
      categoryKey,
      patientPublicKey: patientPublic,
      random: deterministic("kat"),
    });
    expect({
      length: envelope.length,
      sha256: bytesToHex(sha256(envelope)),
      contentHash,
    }).toMatchInlineSnapshot(`
      {
        "contentHash": "0x704c8e2548117711abd6c8bd8f7be9be5efbbbd9b85ab275c055b34186ec1bbf",
        "length": 897,
        "sha256": "0x3079892fc36a8269d54a97fef3b771f63144d491ca30d115761249d97d697e62",
      }
    `);
  });

  it("can be read by another implementation (node:crypto) from the written format alone", async () => {
    const content = text("readable elsewhere");
    const { envelope } = await sealRecord({
      content,
      meta,
      context,
      categoryKey,
      patientPublicKey: patientPublic,
    });
    const { header, headerBytes, bodyOffset } = readHeader(envelope);
    const gcm = (key: Uint8Array, nonce: Uint8Array, data: Uint8Array, aad: Uint8Array) => {
      const d = createDecipheriv("aes-256-gcm", key, nonce);
      d.setAAD(aad);
      d.setAuthTag(data.subarray(data.length - 16));
      return Buffer.concat([d.update(data.subarray(0, data.length - 16)), d.final()]);
    };
    const contentKey = gcm(
      categoryKey,
      hexToBytes(header.contentKey.nonce),
      hexToBytes(header.contentKey.ct),
      contentKeyAad(context),
    );
    const aad = Buffer.concat([sha256(headerBytes), Buffer.from([0, 0, 0, 0, 1])]);
    const payload = gcm(contentKey, new Uint8Array(12), envelope.subarray(bodyOffset), aad);
    const metaLength = payload.readUInt32BE(0);
    expect(JSON.parse(payload.subarray(4, 4 + metaLength).toString())).toMatchObject(meta);
    expect(payload.subarray(4 + metaLength).toString()).toBe("readable elsewhere");
  });

  it("rejects every single altered byte", async () => {
    const { envelope } = await sealRecord({
      content: text("BP 120/80"),
      meta,
      context,
      categoryKey,
      patientPublicKey: patientPublic,
    });
    let rejected = 0;
    for (let i = 0; i < envelope.length; i++) {
      const altered = envelope.slice();
      altered[i] ^= 0x01;
      const opened = await openRecord(altered, { patientPrivateKey: patientPrivate }, context).then(
        () => false,
        () => true,
      );
      if (opened) rejected++;
      else throw new Error(`an altered byte at offset ${i} was accepted`);
    }
    expect(rejected).toBe(envelope.length);
  });

  it("rejects a wrong key, a wrong record context, truncation and extra bytes", async () => {
    const { envelope } = await sealRecord({
      content: text("x"),
      meta,
      context,
      categoryKey,
      patientPublicKey: patientPublic,
    });
    const otherPrivate = sha256(text("someone else"));
    await expect(openRecord(envelope, { patientPrivateKey: otherPrivate }, context)).rejects.toBeInstanceOf(
      DecryptionError,
    );
    await expect(
      openRecord(envelope, { categoryKey: sha256(text("wrong")) }, context),
    ).rejects.toBeInstanceOf(DecryptionError);
    await expect(
      openRecord(envelope, { categoryKey }, { ...context, recordId: `0x${"cd".repeat(31)}01` }),
    ).rejects.toThrow(/does not belong to this record \(recordId differs\)/);
    await expect(
      openRecord(envelope.subarray(0, envelope.length - 1), { categoryKey }, context),
    ).rejects.toBeInstanceOf(EnvelopeError);
    const longer = new Uint8Array(envelope.length + 1);
    longer.set(envelope);
    await expect(openRecord(longer, { categoryKey }, context)).rejects.toBeInstanceOf(EnvelopeError);
    await expect(openRecord(text("not an envelope"), { categoryKey }, context)).rejects.toThrow(
      /not a CareKeys/,
    );
  });

  it("commits to the content piecewise, as docs/envelope-format.md says (checked with node:crypto)", async () => {
    const salt = sha256(text("salt"));
    const content = new Uint8Array(2.5 * 1024 * 1024).map((_, i) => i % 253);
    const pieces = [0, 1, 2].map((i) =>
      createHash("sha256")
        .update(content.subarray(i * 1024 * 1024, (i + 1) * 1024 * 1024))
        .digest(),
    );
    const expected = createHash("sha256").update(salt).update(Buffer.concat(pieces)).digest("hex");
    expect(await contentCommitment(salt, content)).toBe(`0x${expected}`);
    expect(await contentCommitment(salt, new Uint8Array(0))).toBe(
      `0x${createHash("sha256").update(salt).digest("hex")}`,
    );
  });

  it("refuses a salt of any length but 32 bytes, so no second content opens the same anchor", async () => {
    // With a free-length salt, SHA-256(salt || h0 || h1) = SHA-256((salt || h0) || h1): the
    // content without its first piece, under a 64-byte salt, matched the original anchor.
    const salt = sha256(text("salt"));
    const content = new Uint8Array(2 * 1024 * 1024).map((_, i) => i % 251);
    const h0 = createHash("sha256")
      .update(content.subarray(0, 1024 * 1024))
      .digest();
    const anchor = await contentCommitment(salt, content);
    const forged = contentCommitment(new Uint8Array([...salt, ...h0]), content.subarray(1024 * 1024));
    await expect(forged).rejects.toThrow(/salt has 64 bytes instead of 32/);
    expect(anchor).toMatch(/^0x[0-9a-f]{64}$/);
    await expect(contentCommitment(salt.subarray(0, 31), content)).rejects.toBeInstanceOf(EnvelopeError);
  });

  it("refuses to open an envelope whose commitment salt has 31 bytes", async () => {
    const { envelope } = await sealRecord({
      content: text("LDL 130 mg/dL"),
      meta,
      context,
      categoryKey,
      patientPublicKey: patientPublic,
    });
    // Re-encrypt the payload (one chunk) with the salt cut to 31 bytes, padded to the same length.
    const { header, headerBytes, bodyOffset } = readHeader(envelope);
    const key = createDecipheriv("aes-256-gcm", categoryKey, hexToBytes(header.contentKey.nonce));
    key.setAAD(contentKeyAad(context));
    const ct = hexToBytes(header.contentKey.ct);
    key.setAuthTag(ct.subarray(ct.length - 16));
    const contentKey = Buffer.concat([key.update(ct.subarray(0, ct.length - 16)), key.final()]);
    const aad = Buffer.concat([sha256(headerBytes), Buffer.from([0, 0, 0, 0, 1])]);
    const body = envelope.subarray(bodyOffset);
    const decipher = createDecipheriv("aes-256-gcm", contentKey, new Uint8Array(12));
    decipher.setAAD(aad);
    decipher.setAuthTag(body.subarray(body.length - 16));
    const payload = Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]);
    const edited = Buffer.from(
      payload.toString("latin1").replace(/"salt":"0x([0-9a-f]{62})[0-9a-f]{2}"\}/, '"salt":"0x$1"}  '),
      "latin1",
    );
    expect(edited.length).toBe(payload.length);
    const cipher = createCipheriv("aes-256-gcm", contentKey, new Uint8Array(12));
    cipher.setAAD(aad);
    const resealed = new Uint8Array(envelope.length);
    resealed.set(envelope.subarray(0, bodyOffset));
    resealed.set(Buffer.concat([cipher.update(edited), cipher.final(), cipher.getAuthTag()]), bodyOffset);
    await expect(openRecord(resealed, { categoryKey }, context)).rejects.toThrow(
      /salt has 31 bytes instead of 32/,
    );
  });

  it("commits to the content with a fresh salt each time, so equal records have different hashes", async () => {
    const a = await sealRecord({
      content: text("HbA1c 5.4%"),
      meta,
      context,
      categoryKey,
      patientPublicKey: patientPublic,
    });
    const b = await sealRecord({
      content: text("HbA1c 5.4%"),
      meta,
      context,
      categoryKey,
      patientPublicKey: patientPublic,
    });
    expect(a.contentHash).not.toBe(b.contentHash);
    expect(a.contentHash).not.toBe(bytesToHex(sha256(text("HbA1c 5.4%"))));
  });
});

describe("ECIES key wrap", () => {
  it("unwraps only with the recipient's key and the same associated data", async () => {
    const key = sha256(text("a category key"));
    const aad = text("carekeys/category-key/v1|31337|0xp|0xg|1|1");
    const wrapped = await wrapKey(patientPublic, key, aad);
    expect(await unwrapKey(patientPrivate, wrapped, aad)).toEqual(key);
    await expect(unwrapKey(patientPrivate, wrapped, text("other"))).rejects.toBeInstanceOf(DecryptionError);
    await expect(unwrapKey(sha256(text("not them")), wrapped, aad)).rejects.toBeInstanceOf(DecryptionError);
  });
});
