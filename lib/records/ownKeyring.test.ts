import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { x25519 } from "@noble/curves/ed25519.js";
import { privateKeyToAccount } from "viem/accounts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MAX_RECORD_BYTES } from "../config/public";
import { CATEGORY } from "../consent/codes";
import { LOCAL_DEPLOYMENT } from "../contracts/addresses";
import { randomBytes } from "../crypto/aead";
import { DEV_ACCOUNTS } from "../dev/accounts";
import { importCar } from "../ipfs/acceptCar";
import { ipfsClient } from "../ipfs/client";
import { type IpfsServers, serveEmbeddedNode } from "../ipfs/node/serve";
import type { AnchoredRecord } from "./chain";
import { keysForRotation, keysOfOwnRecords } from "./ownKeyring";
import { sealDraft } from "./seal";

const patient = privateKeyToAccount(DEV_ACCOUNTS.patient.privateKey).address;
const clinician = privateKeyToAccount(DEV_ACCOUNTS.clinician.privateKey).address;
const identityPrivateKey = new Uint8Array(32).fill(5);
const concat = (parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

describe("keys of the patient's records, for a rotation", () => {
  let dataDir: string;
  let servers: IpfsServers;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "carekeys-own-keyring-"));
    servers = await serveEmbeddedNode({ dataDir, apiPort: 0, gatewayPort: 0 });
  });
  afterAll(async () => {
    await servers?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** A notes record sealed with `key` (generation `generation`), stored, as the chain lists it. */
  const stored = async (
    author: `0x${string}`,
    generation: number,
    key: Uint8Array,
  ): Promise<AnchoredRecord> => {
    const sealed = await sealDraft({
      draft: {
        category: "notes",
        meta: { name: "Progress note", type: "application/fhir+json", createdAt: new Date().toISOString() },
        content: new TextEncoder().encode('{"resourceType":"Bundle","type":"collection","entry":[]}'),
        summary: "note",
      },
      chainId: 31337,
      consent: LOCAL_DEPLOYMENT.consent,
      patient,
      categoryKey: { generation, key },
      patientPublicKey: x25519.getPublicKey(identityPrivateKey),
    });
    await importCar(concat(sealed.carParts), ipfsClient(servers.apiUrl));
    return {
      recordId: sealed.recordId,
      category: "notes",
      cid: sealed.cid,
      contentHash: sealed.contentHash,
      author,
      anchoredAt: new Date(),
      addedAt: new Date(),
      blockNumber: 1n,
      transactionHash: `0x${"00".repeat(32)}`,
    };
  };

  // Regression: a rotation kept only the keys of records the patient added, so a clinician's note
  // (sealed with a key of its own, wrapped for the old identity key) could not be opened after it.
  it("keeps the keys of notes others added, read-only, beside the patient's own generations", async () => {
    const own = randomBytes(32);
    const clinicians = randomBytes(32);
    const found = await keysOfOwnRecords(
      [await stored(patient, 1, own), await stored(clinician, 0, clinicians)],
      {
        gatewayUrl: servers.gatewayUrl,
        patient,
        identityPrivateKey,
        maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
      },
    );
    expect(found.keys.get(CATEGORY.notes)?.get(1)).toEqual(own);
    expect(found.keys.get(CATEGORY.notes)?.has(0)).toBe(false); // never a generation to seal with
    expect(found.extra.get(CATEGORY.notes)).toEqual([clinicians]);
    const rotated = keysForRotation({ cid: null, keys: new Map(), archived: new Map() }, found);
    expect(rotated.archived.get(CATEGORY.notes)).toContainEqual(clinicians);
    expect([...(rotated.keys.get(CATEGORY.notes)?.values() ?? [])]).not.toContainEqual(clinicians);
  });
});
