import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Hex, keccak256, toHex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInThroughRoutes } from "@/lib/auth/testing";
import { newRecordId } from "@/lib/consent/codes";
import { consentWriter, type RecordAnchor, toChainAnchors } from "@/lib/consent/consent";
import { LOCAL_DEPLOYMENT } from "@/lib/contracts/addresses";
import { consentRegistryAbi, directoryAbi } from "@/lib/contracts/generated";
import { DEV_ACCOUNTS } from "@/lib/dev/accounts";
import { importCar } from "@/lib/ipfs/acceptCar";
import { buildCar } from "@/lib/ipfs/car";
import { ipfsClient } from "@/lib/ipfs/client";
import { type IpfsServers, serveEmbeddedNode } from "@/lib/ipfs/node/serve";
import { startAnvil } from "@/lib/testing/anvil";
import { deployWithVerifiedProvider } from "@/lib/testing/registry";
import { ledgerOf } from "@/lib/uploads/acceptUpload";
import { envelopeBytes } from "@/lib/uploads/testing";
import { GET as nonceRoute } from "../../auth/nonce/route";
import { POST as verifyRoute } from "../../auth/verify/route";
import { POST as uploadRoute } from "../upload/route";
import { POST } from "./route";

const ORIGIN = "http://127.0.0.1:23152";
const SECRET = "unpin-route-test-secret-0123456789abcdefghi";
const patient = privateKeyToAccount(DEV_ACCOUNTS.patient.privateKey);
const other = privateKeyToAccount(DEV_ACCOUNTS.newPatient.privateKey);
const clinician = privateKeyToAccount(DEV_ACCOUNTS.clinician.privateKey);
const concat = (parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
let seed = 0;
let cookie = "";
/** The other patient's session: each patient uploads their own envelopes. */
let otherCookie = "";

const unpin = (cid: string, headers: Record<string, string> = { cookie }) =>
  POST(
    new Request(`${ORIGIN}/api/ipfs/unpin`, {
      method: "POST",
      body: JSON.stringify({ cid }),
      headers: { "content-type": "application/json", ...headers },
    }),
  );

describe("POST /api/ipfs/unpin", () => {
  let dataDir: string;
  let servers: IpfsServers;
  let chain: Awaited<ReturnType<typeof startAnvil>>;
  const ipfs = () => ipfsClient(servers.apiUrl);
  const isPinned = async (cid: string) => {
    for await (const pin of ipfs().pin.ls()) if (pin.cid.toString() === cid) return true;
    return false;
  };

  /** A record envelope of `owner`, uploaded by them through the upload route (so the ledger counts it). */
  const uploadedEnvelope = async (owner = patient.address) => {
    const car = await buildCar(
      envelopeBytes({ chainId: 31337, contract: LOCAL_DEPLOYMENT.consent, patient: owner, seed: ++seed }),
    );
    const response = await uploadRoute(
      new Request(`${ORIGIN}/api/ipfs/upload?cid=${car.cid}`, {
        method: "POST",
        body: concat(car.parts) as BodyInit,
        headers: { cookie: owner === patient.address ? cookie : otherCookie },
      }),
    );
    expect(response.status).toBe(200);
    return { cid: car.cid.toString(), size: car.size };
  };
  /** Any object, pinned on the node directly (a keyring, as far as the chain is concerned). */
  const pinnedObject = async () => {
    const car = await buildCar(new TextEncoder().encode(`keyring ${++seed}`));
    await importCar(concat(car.parts), ipfs());
    return car.cid.toString();
  };
  const anchorOf = (cid: string): RecordAnchor => ({
    recordId: newRecordId("labs"),
    cid,
    contentHash: keccak256(toHex(`content ${++seed}`)),
  });
  const anchor = (account: typeof patient, record: RecordAnchor) =>
    consentWriter(chain.wallet(account), LOCAL_DEPLOYMENT.consent).anchorRecords(account.address, [record]);
  const supersede = async (account: typeof patient, recordId: Hex, replacement: RecordAnchor) => {
    const wallet = chain.wallet(account);
    await wallet.waitForTransactionReceipt({
      hash: await wallet.writeContract({
        address: LOCAL_DEPLOYMENT.consent,
        abi: consentRegistryAbi,
        functionName: "supersedeRecord",
        args: [recordId, toChainAnchors([replacement])[0]],
      }),
    });
  };
  const publishKeyring = (account: typeof patient, cid: string) =>
    consentWriter(chain.wallet(account), LOCAL_DEPLOYMENT.consent).publishKeyring(account.address, cid);

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "carekeys-unpin-"));
    servers = await serveEmbeddedNode({ dataDir, apiPort: 0, gatewayPort: 0 });
    chain = await startAnvil();
    await deployWithVerifiedProvider(chain, clinician);
    Object.assign(process.env, {
      IPFS_API_URL: servers.apiUrl,
      APP_ORIGIN: ORIGIN,
      SESSION_SECRET: SECRET,
      RPC_URL: chain.rpcUrl,
      UPLOAD_DATA_DIR: path.join(dataDir, "app"),
    });
    // Both patients have set up their encryption key: the upload route stores only their envelopes.
    for (const [i, who] of [patient, other].entries()) {
      const wallet = chain.wallet(who);
      await wallet.waitForTransactionReceipt({
        hash: await wallet.writeContract({
          address: LOCAL_DEPLOYMENT.directory,
          abi: directoryAbi,
          functionName: "registerPatientKey",
          args: [`0x${String(i + 1).padStart(64, "0")}`],
        }),
      });
    }
    const signIn = async (account: typeof patient) =>
      (
        await signInThroughRoutes({
          account,
          origin: ORIGIN,
          chainId: 31337,
          getNonce: nonceRoute,
          verify: verifyRoute,
        })
      ).cookie;
    cookie = await signIn(patient);
    otherCookie = await signIn(other);
  });
  afterAll(async () => {
    await servers?.stop();
    chain?.stop();
    await rm(dataDir, { recursive: true, force: true });
    for (const name of ["IPFS_API_URL", "APP_ORIGIN", "SESSION_SECRET", "RPC_URL", "UPLOAD_DATA_DIR"])
      delete process.env[name];
  });

  it("unpins the patient's superseded record and gives its bytes back; refuses the current one", async () => {
    const old = await uploadedEnvelope();
    const replacement = await uploadedEnvelope();
    const ledger = ledgerOf(path.join(dataDir, "app"));
    const before = await ledger.usage(patient.address);
    const record = anchorOf(old.cid);
    await anchor(patient, record);
    await supersede(patient, record.recordId, anchorOf(replacement.cid));

    const current = await unpin(replacement.cid);
    expect(current.status).toBe(403);
    expect((await current.json()).error).toBe(
      "This record is still current: only a record you have replaced can be removed.",
    );
    expect(await isPinned(replacement.cid)).toBe(true);

    const response = await unpin(old.cid);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      cid: old.cid,
      unpinned: true,
      collected: true,
      freedBytes: old.size,
    });
    expect(await isPinned(old.cid)).toBe(false);
    // Collected at once: the gateway no longer serves the ciphertext (regression: it did until a sweep).
    expect((await fetch(`${servers.gatewayUrl}/ipfs/${old.cid}?format=car`)).ok).toBe(false);
    expect((await fetch(`${servers.gatewayUrl}/ipfs/${replacement.cid}?format=car`)).ok).toBe(true);
    expect(await ledger.usage(patient.address)).toBe(before - old.size);
    // Again: nothing left to unpin, still allowed, nothing more given back.
    expect(await (await unpin(old.cid)).json()).toEqual({
      cid: old.cid,
      unpinned: false,
      collected: false,
      freedBytes: 0,
    });
  });

  it("unpins an own keyring a later one replaced; refuses the latest", async () => {
    const first = await pinnedObject();
    const latest = await pinnedObject();
    await publishKeyring(patient, first);
    await publishKeyring(patient, latest);
    const refused = await unpin(latest);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toBe(
      "This is your current keyring: only a keyring you have replaced can be removed.",
    );
    expect(await isPinned(latest)).toBe(true);
    expect((await unpin(first)).status).toBe(200);
    expect(await isPinned(first)).toBe(false);
  });

  it("refuses another patient's superseded record, and a CID the chain does not know (404)", async () => {
    const theirs = await pinnedObject();
    const record = anchorOf(theirs);
    await anchor(other, record);
    await supersede(other, record.recordId, anchorOf(await pinnedObject()));
    const refused = await unpin(theirs);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toBe(
      "This file is not one of your records or keyrings, so you cannot remove it.",
    );
    expect(await isPinned(theirs)).toBe(true);
    const unknown = await unpin(await pinnedObject());
    expect(unknown.status).toBe(404);
  });

  // Regression: a patient could anchor another patient's current record's CID as their own,
  // supersede it, and so remove the other patient's record from the node.
  it("refuses a CID the patient anchored and superseded while another patient's current record uses it", async () => {
    const victims = await pinnedObject();
    await anchor(other, anchorOf(victims));
    const copied = anchorOf(victims);
    await anchor(patient, copied);
    await supersede(patient, copied.recordId, anchorOf(await pinnedObject()));
    const refused = await unpin(victims);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toMatch(/^Something else on the chain still points to this file/);
    expect(await isPinned(victims)).toBe(true);
  });

  // Regression (outside review): record CIDs are public, so a stranger anchored a patient's
  // record CID under their own account, and the patient's deleted record stayed stored.
  it("unpins the patient's deleted record even when a stranger anchored its CID as their own", async () => {
    const mine = await uploadedEnvelope(patient.address); // sealed for the patient: the header names them
    const record = anchorOf(mine.cid);
    await anchor(patient, record);
    await anchor(other, anchorOf(mine.cid)); // the stranger's "record": current, but no record of theirs
    await supersede(patient, record.recordId, anchorOf(await pinnedObject()));
    const response = await unpin(mine.cid);
    expect(response.status).toBe(200);
    expect(await isPinned(mine.cid)).toBe(false);
  });

  it("still refuses the stranger: an envelope sealed for another patient is not theirs to remove", async () => {
    const victims = await uploadedEnvelope(other.address);
    await anchor(other, anchorOf(victims.cid));
    const copied = anchorOf(victims.cid);
    await anchor(patient, copied);
    await supersede(patient, copied.recordId, anchorOf(await pinnedObject()));
    const refused = await unpin(victims.cid);
    expect(refused.status).toBe(403);
    expect(await isPinned(victims.cid)).toBe(true);
  });

  it("refuses without a session (401), from another origin (403), and a body without a CID (400)", async () => {
    const cid = await pinnedObject();
    await publishKeyring(patient, cid);
    await publishKeyring(patient, await pinnedObject());
    const anonymous = await unpin(cid, {});
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error).toMatch(/^Sign in to remove files: you are not signed in\./);
    expect((await unpin(cid, { cookie, origin: "http://127.0.0.1:9999" })).status).toBe(403);
    expect(await isPinned(cid)).toBe(true);
    expect((await unpin("not a cid")).status).toBe(400);
  });
});
