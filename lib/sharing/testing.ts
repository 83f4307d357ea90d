import { listDirectory } from "./directory";
// A real sharing world for lib/sharing's tests: anvil with the contracts, an embedded IPFS node,
// clinicians registered with identity keys derived as the app derives them, and patients who seal,
// pin and anchor records exactly as the app does.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Address, type LocalAccount, parseEther } from "viem";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import { deployContracts } from "../../contracts/deploy/deploy";
import type { Category } from "../consent/codes";
import { consentWriter } from "../consent/consent";
import { directoryAbi } from "../contracts/generated";
import { type CallClient, type ContractCall, sendCall } from "../contracts/sendCall";
import { createIdentityKey, type IdentityKey } from "../crypto/identity";
import { DEV_ACCOUNTS } from "../dev/accounts";
import { attestParticipant } from "../directory/verify";
import { acceptCar } from "../ipfs/acceptCar";
import type { Car } from "../ipfs/car";
import { addJson, ipfsClient } from "../ipfs/client";
import { type IpfsServers, serveEmbeddedNode } from "../ipfs/node/serve";
import { type AnchoredRecord, listAnchoredRecords } from "../records/chain";
import { type CategoryKeys, currentKey } from "../records/keyring";
import { loadOwnKeyring, ownKeyringCar, withKeysFor } from "../records/ownKeyring";
import { sealDraft } from "../records/seal";
import { startAnvil } from "../testing/anvil";
import { sendSharingCall } from "./calls";
import { type GrantChoice, planGrant } from "./grantKeyring";

const ORIGIN = "http://localhost:3000";
export const CHAIN_ID = 31337;

export type Person = { account: LocalAccount; address: Address; identity: IdentityKey; wallet: CallClient };

export async function startSharingWorld() {
  const nodeDir = await mkdtemp(path.join(tmpdir(), "carekeys-sharing-"));
  const node: IpfsServers = await serveEmbeddedNode({ dataDir: nodeDir, apiPort: 0, gatewayPort: 0 });
  const anvil = await startAnvil();
  const deployer = anvil.wallet(DEV_ACCOUNTS.deployer.privateKey);
  const { directory, consent } = await deployContracts(deployer, deployer.account.address);
  const ipfs = ipfsClient(node.apiUrl);

  const rpc = (method: string, params: unknown[]) => anvil.publicClient.request({ method, params } as never);

  /** A funded account with an identity key derived from its signature, as the app derives it. */
  async function person(): Promise<Person> {
    const account = privateKeyToAccount(generatePrivateKey());
    await rpc("anvil_setBalance", [account.address, `0x${parseEther("100").toString(16)}`]);
    const identity = await createIdentityKey((message) => account.signMessage({ message }), {
      origin: ORIGIN,
      chainId: CHAIN_ID,
      address: account.address,
    });
    return { account, address: account.address, identity, wallet: anvil.wallet(account) };
  }

  const directoryCall = (client: CallClient, functionName: string, args: readonly unknown[]) =>
    sendCall(client, { address: directory, abi: directoryAbi, functionName, args });

  /** A provider registered with its profile on IPFS, verified by the local verifier unless said otherwise. */
  async function clinician(name: string, options: { verified?: boolean } = {}): Promise<Person> {
    const who = await person();
    const profile = await addJson(ipfs, {
      schema: "carekeys/provider-profile@1",
      name,
      organization: name.split(", ")[1] ?? "Clinic",
    });
    await directoryCall(who.wallet, "registerProvider", [name, who.identity.publicKeyHex, profile]);
    if (options.verified !== false) await attestParticipant(deployer, directory, who.address);
    return who;
  }

  /** A patient with a registered key; `keys` are their own category keys as last published. */
  async function patient() {
    const who = await person();
    await directoryCall(who.wallet, "registerPatientKey", [who.identity.publicKeyHex]);
    return { ...who, keys: new Map() as CategoryKeys };
  }

  const upload = async (car: Car) => {
    await acceptCar(Buffer.concat(car.parts), car.cid.toString(), ipfs);
  };

  /**
   * Seals `count` small records of `category` with the patient's current key, as the app does (own
   * keyring first when the category has no key yet), pins and anchors them in one transaction.
   */
  async function addRecords(owner: Awaited<ReturnType<typeof patient>>, category: Category, count = 1) {
    const writer = consentWriter(owner.wallet, consent);
    const { keys, added } = withKeysFor(owner.keys, [category]);
    if (added.length > 0) {
      const car = await ownKeyringCar(keys, {
        chainId: CHAIN_ID,
        patient: owner.address,
        identity: owner.identity,
      });
      await upload(car);
      await writer.publishKeyring(owner.address, car.cid.toString());
      owner.keys = keys;
    }
    const anchors = [];
    for (let i = 0; i < count; i++) {
      const sealed = await sealDraft({
        draft: {
          category,
          meta: {
            name: `${category}-${i}.json`,
            type: "application/fhir+json",
            createdAt: new Date().toISOString(),
          },
          content: new TextEncoder().encode(
            JSON.stringify({ resourceType: "Observation", id: `${category}-${i}` }),
          ),
          summary: `${category} ${i}`,
        },
        chainId: CHAIN_ID,
        consent,
        patient: owner.address,
        categoryKey: currentKey(owner.keys, category)!,
        patientPublicKey: owner.identity.publicKey,
      });
      await acceptCar(Buffer.concat(sealed.carParts), sealed.cid, ipfs);
      anchors.push({ recordId: sealed.recordId, cid: sealed.cid, contentHash: sealed.contentHash });
    }
    await writer.anchorRecords(owner.address, anchors);
    const records = await listAnchoredRecords(anvil.publicClient, consent, owner.address);
    return anchors.map((a) => records.find((r) => r.recordId === a.recordId) as AnchoredRecord);
  }

  /** Uploads a plan's keyrings, then sends its one transaction. */
  async function carryOut(client: CallClient, plan: { uploads: Car[]; call: ContractCall }) {
    for (const car of plan.uploads) await upload(car);
    return sendSharingCall(client, plan.call);
  }

  const ownKeyring = (owner: Person) =>
    loadOwnKeyring({
      client: anvil.publicClient,
      consent,
      gatewayUrl: node.gatewayUrl,
      chainId: CHAIN_ID,
      patient: owner.address,
      identityPrivateKey: owner.identity.privateKey,
    });

  /**
   * The patient shares with a registered party as the app does (`planGrant`: its keyring
   * uploaded, then the one transaction); `patient.keys` follow. Returns the plan.
   */
  async function grant(owner: Awaited<ReturnType<typeof patient>>, grantee: Person, choice: GrantChoice) {
    const entry = (await listDirectory(anvil.publicClient, directory)).find(
      (e) => e.address === grantee.address,
    );
    if (!entry) throw new Error(`${grantee.address} is not in the Directory`);
    const plan = await planGrant({
      chainId: CHAIN_ID,
      consent,
      patient: owner.address,
      identity: owner.identity,
      own: { keys: owner.keys, archived: new Map() },
      grantee: entry,
      choice,
    });
    await carryOut(owner.wallet, plan);
    owner.keys = plan.keys;
    return plan;
  }

  const chainNow = async () => new Date(Number((await anvil.publicClient.getBlock()).timestamp) * 1000);
  const advance = async (seconds: number) => {
    await rpc("evm_increaseTime", [seconds]);
    await rpc("evm_mine", []);
  };

  return {
    anvil,
    node,
    ipfs,
    deployer,
    directory,
    consent,
    person,
    clinician,
    patient,
    upload,
    addRecords,
    carryOut,
    grant,
    ownKeyring,
    chainNow,
    advance,
    directoryCall,
    rpc,
    stop: async () => {
      anvil.stop();
      await node.stop();
      await rm(nodeDir, { recursive: true, force: true });
    },
  };
}

export type SharingWorld = Awaited<ReturnType<typeof startSharingWorld>>;
export type Patient = Awaited<ReturnType<SharingWorld["patient"]>>;

/** A sharing world with two registered clinicians, and the Directory as the app lists it. */
export async function worldWithTwoClinicians() {
  const world = await startSharingWorld();
  const rivera = await world.clinician("Dr. Maya Rivera, Mercy Clinic");
  const okafor = await world.clinician("Dr. Ada Okafor, Hill Hospital");
  const entries = await listDirectory(world.anvil.publicClient, world.directory);
  return { world, rivera, okafor, entries };
}
