import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { type AddressInfo, createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { privateKeyToAccount, privateKeyToAddress } from "viem/accounts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployContracts } from "../../contracts/deploy/deploy";
import { survivalModelOnnx } from "../../lib/ai/onnx/survivalModel";
import { SHIPPED_MODELS } from "../../lib/ai/shipped";
import { DEFAULT_MAX_RECORD_BYTES } from "../../lib/config/public";
import { LOCAL_DEPLOYMENT } from "../../lib/contracts/addresses";
import { consentRegistryAbi, directoryAbi } from "../../lib/contracts/generated";
import { createIdentityKey } from "../../lib/crypto/identity";
import { DEV_ACCOUNTS } from "../../lib/dev/accounts";
import { fetchVerified, fetchVerifiedJson } from "../../lib/ipfs/car";
import { type IpfsServers, serveEmbeddedNode } from "../../lib/ipfs/node/serve";
import { listAnchoredRecords } from "../../lib/records/chain";
import { openAnchoredRecord } from "../../lib/records/open";
import { startAnvil } from "../../lib/testing/anvil";
import { freePorts } from "./processes";
import { seedDemo, seedDemoPatient } from "./seed";
import { startStack } from "./stack";

/** The origin the key messages name; nothing listens there. */
const APP_ORIGIN = "http://127.0.0.1:18699";
/** Another program holding a port the system chose. */
function occupy(): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

describe("a taken port", () => {
  it("stops the stack before it starts anything, naming the port and the variable to change", async () => {
    const blocker = await occupy();
    const taken = (blocker.address() as AddressInfo).port;
    const [ipfsApi, ipfsGateway, app] = await freePorts(3);
    try {
      await expect(
        startStack({
          dataDir: path.join(tmpdir(), "carekeys-never-created"),
          ports: { chain: taken, ipfsApi, ipfsGateway, app },
          appMode: "start",
          echoApp: false,
        }),
      ).rejects.toThrow(
        new RegExp(
          `Port ${taken} \\(local chain RPC\\) is already in use.*CAREKEYS_CHAIN_PORT=<port> npm run dev`,
        ),
      );
    } finally {
      blocker.close();
    }
  });
});

describe("a data folder from the v1 contracts", () => {
  it("gets a plain message to start clean, and nothing is started or changed", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "carekeys-v1-"));
    const [chain, ipfsApi, ipfsGateway, app] = await freePorts(4);
    try {
      await writeFile(path.join(dataDir, "chain-state.json"), "{}");
      await expect(
        startStack({
          dataDir,
          ports: { chain, ipfsApi, ipfsGateway, app },
          appMode: "start",
          echoApp: false,
        }),
      ).rejects.toThrow(/made with CareKeys contracts v1.*delete the folder and start again \(rm -rf/);
      expect(existsSync(path.join(dataDir, "logs"))).toBe(false);
      expect(existsSync(path.join(dataDir, "carekeys-data.json"))).toBe(false);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe("deploying and seeding a fresh chain", () => {
  let anvil: Awaited<ReturnType<typeof startAnvil>>;
  let ipfs: IpfsServers;
  let dataDir: string;
  const seedOptions = () => ({
    rpcUrl,
    chainId: 31337,
    appOrigin: APP_ORIGIN,
    ipfsApiUrl: ipfs.apiUrl,
    ...LOCAL_DEPLOYMENT,
  });
  let rpcUrl: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "carekeys-seed-"));
    const [chainPort] = await freePorts(1);
    anvil = await startAnvil(chainPort);
    rpcUrl = anvil.rpcUrl;
    ipfs = await serveEmbeddedNode({ dataDir, apiPort: 0, gatewayPort: 0 });
  });
  afterAll(async () => {
    anvil?.stop();
    await ipfs?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("deploys the contracts at their deterministic addresses once, and finds them the second time", async () => {
    const deployer = anvil.wallet(DEV_ACCOUNTS.deployer.privateKey);
    const first = await deployContracts(deployer, deployer.account.address);
    expect(first).toEqual({ ...LOCAL_DEPLOYMENT, deployed: ["Directory", "ConsentRegistry"] });
    const second = await deployContracts(deployer, deployer.account.address);
    expect(second).toEqual({ ...LOCAL_DEPLOYMENT, deployed: [] });
    expect(
      await anvil.publicClient.readContract({
        address: LOCAL_DEPLOYMENT.consent,
        abi: consentRegistryAbi,
        functionName: "directory",
      }),
    ).toBe(LOCAL_DEPLOYMENT.directory);
  });

  it("registers and verifies the demo clinician and model, and does nothing the second time", async () => {
    const options = seedOptions();
    await seedDemo(options);
    const blockAfterFirst = await anvil.publicClient.getBlockNumber();
    await seedDemo(options);
    expect(await anvil.publicClient.getBlockNumber()).toBe(blockAfterFirst);

    const read = (address: `0x${string}`) =>
      anvil.publicClient.readContract({
        address: LOCAL_DEPLOYMENT.directory,
        abi: directoryAbi,
        functionName: "participantOf",
        args: [address],
      });
    const clinician = await read(privateKeyToAddress(DEV_ACCOUNTS.clinician.privateKey));
    expect(clinician).toMatchObject({ kind: 1, verified: true, name: "Dr. Maya Rivera, Riverside Clinic" });
    expect(await fetchVerifiedJson(ipfs.gatewayUrl, clinician.metadataCid)).toMatchObject({
      organization: "Riverside Clinic",
    });

    // Each shipped model: its card, and the ONNX artifact built from its spec, byte for byte.
    for (const { account, card, spec } of SHIPPED_MODELS) {
      const model = await read(privateKeyToAddress(DEV_ACCOUNTS[account].privateKey));
      expect(model).toMatchObject({ kind: 2, verified: true, name: card.name, version: card.version });
      expect(await fetchVerifiedJson(ipfs.gatewayUrl, model.metadataCid)).toEqual(card);
      const artifact = await fetchVerified(ipfs.gatewayUrl, model.artifactCid);
      expect(Buffer.from(artifact).equals(Buffer.from(survivalModelOnnx(spec)))).toBe(true);
    }
  });

  it("gives the demo patient records that list, verify and decrypt with the patient's own key", async () => {
    const options = seedOptions();
    await seedDemoPatient(options);
    const patient = privateKeyToAccount(DEV_ACCOUNTS.patient.privateKey);
    const records = await listAnchoredRecords(anvil.publicClient, LOCAL_DEPLOYMENT.consent, patient.address);
    expect(records.map((r) => r.category).sort()).toEqual(
      [
        "allergies",
        "conditions",
        "demographics",
        "documents",
        "immunizations",
        "labs",
        "medications",
        "socialHistory",
        "vitals",
      ].sort(),
    );
    const identity = await createIdentityKey((message) => patient.signMessage({ message }), {
      origin: APP_ORIGIN,
      chainId: 31337,
      address: patient.address,
    });
    const labs = records.find((r) => r.category === "labs")!;
    const opened = await openAnchoredRecord(labs, {
      gatewayUrl: ipfs.gatewayUrl,
      chainId: 31337,
      consent: LOCAL_DEPLOYMENT.consent,
      patient: patient.address,
      identityPrivateKey: identity.privateKey,
      maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
    });
    expect(opened.status).toBe("verified");
    if (opened.status === "verified") expect(new TextDecoder().decode(opened.content)).toContain("2093-3");

    const forged = await openAnchoredRecord(
      { ...labs, contentHash: `0x${"00".repeat(32)}` },
      {
        gatewayUrl: ipfs.gatewayUrl,
        chainId: 31337,
        consent: LOCAL_DEPLOYMENT.consent,
        patient: patient.address,
        identityPrivateKey: identity.privateKey,
        maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
      },
    );
    expect(forged).toMatchObject({ status: "tampered" });

    const before = await anvil.publicClient.getBlockNumber();
    await seedDemoPatient(options);
    expect(await anvil.publicClient.getBlockNumber()).toBe(before);
  });
});
