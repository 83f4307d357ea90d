// Regression tests for the sixth outside review, finding 7: one record was read with the limits of
// any DAG (512 MiB), and keyrings, notes and cards too, so a lying gateway or an oversized record
// could make a tab hold gigabytes. Against a real embedded IPFS node and its gateway.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { x25519 } from "@noble/curves/ed25519.js";
import type { Hex } from "viem";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { LOCAL_DEPLOYMENT } from "../contracts/addresses";
import { importCar } from "../ipfs/acceptCar";
import { buildCar, fetchVerified, fetchVerifiedJson, SMALL_OBJECT_LIMITS, TooLargeError } from "../ipfs/car";
import { ipfsClient } from "../ipfs/client";
import { type IpfsServers, serveEmbeddedNode } from "../ipfs/node/serve";
import { newCategoryKey } from "./categoryKeys";
import type { AnchoredRecord } from "./chain";
import { ENVELOPE_OVERHEAD_BYTES, openAnchoredRecord, recordReadLimits } from "./open";
import { sealDraft } from "./seal";

const MiB = 1024 * 1024;
const patient = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" as const;
const patientKey = x25519.utils.randomSecretKey();

/** Bytes of gateway answers the code under test read, counted as they pass (each fetch wrapped). */
let bytesRead = 0;
function countGatewayReads() {
  bytesRead = 0;
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, "fetch").mockImplementation(async (...args: Parameters<typeof fetch>) => {
    const response = await realFetch(...args);
    if (!response.body) return response;
    const counted = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          bytesRead += chunk.length;
          controller.enqueue(chunk);
        },
      }),
    );
    return new Response(counted, { status: response.status, headers: response.headers });
  });
}

describe("reads are capped at what the object can legitimately measure", () => {
  let dataDir: string;
  let servers: IpfsServers;
  /** Stores `bytes` as a file on the node; its CID. */
  const store = async (bytes: Uint8Array) => {
    const car = await buildCar(bytes);
    await importCar(new Uint8Array(Buffer.concat(car.parts)), ipfsClient(servers.apiUrl));
    return car.cid.toString();
  };
  /** A genuine labs record of `size` bytes, sealed for the patient and stored; as the chain lists it. */
  const storedRecord = async (size: number): Promise<AnchoredRecord> => {
    const sealed = await sealDraft({
      draft: {
        category: "labs",
        meta: { name: "scan.pdf", type: "application/pdf", createdAt: new Date(0).toISOString() },
        content: new Uint8Array(randomBytes(size)),
        summary: "PDF document",
      },
      chainId: 31337,
      consent: LOCAL_DEPLOYMENT.consent,
      patient,
      categoryKey: newCategoryKey(),
      patientPublicKey: x25519.getPublicKey(patientKey),
    });
    await importCar(new Uint8Array(Buffer.concat(sealed.carParts)), ipfsClient(servers.apiUrl));
    return anchored(sealed.recordId, sealed.cid, sealed.contentHash);
  };
  const anchored = (recordId: Hex, cid: string, contentHash: Hex): AnchoredRecord => ({
    recordId,
    category: "labs",
    cid,
    contentHash,
    author: patient,
    anchoredAt: new Date(0),
    addedAt: new Date(0),
    blockNumber: 1n,
    transactionHash: `0x${"00".repeat(32)}`,
  });
  const open = (record: AnchoredRecord, maxRecordBytes: number) =>
    openAnchoredRecord(record, {
      gatewayUrl: servers.gatewayUrl,
      chainId: 31337,
      consent: LOCAL_DEPLOYMENT.consent,
      patient,
      identityPrivateKey: patientKey,
      maxRecordBytes,
    });

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "carekeys-open-"));
    servers = await serveEmbeddedNode({ dataDir, apiPort: 0, gatewayPort: 0 });
  }, 60_000);
  afterEach(() => {
    vi.restoreAllMocks();
  });
  afterAll(async () => {
    await servers?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("a record read allows the largest record the server accepts plus the envelope, not 512 MiB", () => {
    expect(recordReadLimits(100 * MiB)).toEqual({ maxBytes: 101 * MiB, maxBlocks: 404 + 64 });
    expect(ENVELOPE_OVERHEAD_BYTES).toBe(MiB);
  });

  it("opens a record up to the configured size, and refuses a larger one early, with a sentence", {
    timeout: 60_000,
  }, async () => {
    const fits = await storedRecord(2 * MiB);
    expect((await open(fits, 2 * MiB)).status).toBe("verified");

    const large = await storedRecord(12 * MiB);
    countGatewayReads();
    const refused = await open(large, 2 * MiB);
    expect(refused.status).toBe("unavailable");
    expect("reason" in refused && refused.reason).toBe(
      "This file is larger than the largest record this CareKeys server accepts (2 MiB), so it was not downloaded.",
    );
    // Stopped at the cap (3 MiB and the CAR's framing), with at most a chunk or two in flight.
    expect(bytesRead).toBeLessThan(3 * MiB + 512 * 1024);
    expect(bytesRead).toBeGreaterThan(3 * MiB - 1);
  });

  it("refuses a keyring, note or card over 4 MiB before downloading the rest of it", {
    timeout: 60_000,
  }, async () => {
    const small = new TextEncoder().encode(JSON.stringify({ schema: "carekeys/keyring@1", keys: [] }));
    expect(await fetchVerifiedJson(servers.gatewayUrl, await store(small))).toEqual({
      schema: "carekeys/keyring@1",
      keys: [],
    });
    const huge = new TextEncoder().encode(
      JSON.stringify({ schema: "carekeys/keyring@1", padding: randomBytes(6 * MiB).toString("base64") }),
    );
    const cid = await store(huge);
    countGatewayReads();
    const refused = await fetchVerified(servers.gatewayUrl, cid).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TooLargeError);
    expect((refused as Error).message).toMatch(
      /^The IPFS gateway sent more for \S+ than a file this app reads \(\d+ bytes\)\.$/,
    );
    expect(bytesRead).toBeLessThan(SMALL_OBJECT_LIMITS.maxBytes + 512 * 1024);
    await expect(fetchVerifiedJson(servers.gatewayUrl, cid)).rejects.toBeInstanceOf(TooLargeError);
  });
});
