// Test helpers for the AI runner: a registered model and a patient's real FHIR files in a
// SharingWorld (real anvil, contracts and IPFS node). Test-only.
import type { Address } from "viem";
import { consentWriter } from "../consent/consent";
import { attestParticipant } from "../directory/verify";
import { acceptCar } from "../ipfs/acceptCar";
import { addJson } from "../ipfs/client";
import { currentKey } from "../records/keyring";
import { ownKeyringCar, withKeysFor } from "../records/ownKeyring";
import { prepareFile } from "../records/prepare";
import { sealDraft } from "../records/seal";
import { listDirectory } from "../sharing/directory";
import { CHAIN_ID, type Patient, type SharingWorld } from "../sharing/testing";
import type { ModelCard } from "./card";
import { storeArtifact } from "./publish";

/** Registers a model (card and artifact on IPFS, identity key in the Directory), verified. */
export async function registerModel(world: SharingWorld, card: ModelCard, artifact: Uint8Array) {
  const model = await world.person();
  const cardCid = await addJson(world.ipfs, card);
  const artifactCid = await storeArtifact(world.ipfs, artifact);
  await world.directoryCall(model.wallet, "registerModel", [
    card.name,
    model.identity.publicKeyHex,
    cardCid,
    artifactCid,
    card.version,
  ]);
  await attestParticipant(world.deployer, world.directory, model.address);
  const entry = (await listDirectory(world.anvil.publicClient, world.directory)).find(
    (e) => e.address === model.address,
  )!;
  return { ...model, entry, cardCid, artifactCid };
}

/** Imports a file into the patient's records as the app does (own keyring first), sealed and anchored. */
export async function importFile(world: SharingWorld, patient: Patient, name: string, json: unknown) {
  const prepared = await prepareFile(
    { name, bytes: new TextEncoder().encode(JSON.stringify(json)) },
    { maxBytes: Number.POSITIVE_INFINITY, now: new Date() },
  );
  const writer = consentWriter(patient.wallet, world.consent);
  const { keys, added } = withKeysFor(
    patient.keys,
    prepared.drafts.map((d) => d.category),
  );
  if (added.length > 0) {
    const keyring = await ownKeyringCar(keys, {
      chainId: CHAIN_ID,
      patient: patient.address,
      identity: patient.identity,
    });
    await world.upload(keyring);
    await writer.publishKeyring(patient.address, keyring.cid.toString());
    patient.keys = keys;
  }
  const anchors = [];
  for (const draft of prepared.drafts) {
    const sealed = await sealDraft({
      draft,
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address as Address,
      categoryKey: currentKey(patient.keys, draft.category)!,
      patientPublicKey: patient.identity.publicKey,
    });
    await acceptCar(Buffer.concat(sealed.carParts), sealed.cid, world.ipfs);
    anchors.push({ recordId: sealed.recordId, cid: sealed.cid, contentHash: sealed.contentHash });
  }
  await writer.anchorRecords(patient.address, anchors);
  return prepared.drafts.map((d) => d.category);
}
