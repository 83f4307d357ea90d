// Regression test from the fourth outside review (R1): the sweep removed the older keyring of a
// share that was changed and later ended; the sealing check counts a keyring it cannot fetch as
// holding the current keys, so every later upload of its kinds replaced the keys again, forever.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cidFromBytes } from "../consent/consent";
import { consentRegistryAbi } from "../contracts/generated";
import { listPatientShares } from "../sharing/grants";
import { type SharingWorld, startSharingWorld } from "../sharing/testing";
import { referencesTo } from "./references";

describe("keyrings given to someone else", () => {
  let world: SharingWorld;
  beforeAll(async () => {
    world = await startSharingWorld();
  }, 120_000);
  afterAll(() => world?.stop());

  it("stay referenced for good, replaced or not; the patient's own replaced keyring does not", async () => {
    const rivera = await world.clinician("Dr. Maya Rivera, Mercy Clinic");
    const patient = await world.patient();
    await world.addRecords(patient, "labs");
    await world.addRecords(patient, "vitals");
    const grant = (categories: ("labs" | "vitals")[]) =>
      world.grant(patient, rivera, {
        categories,
        purposes: ["treatment"],
        expiresAt: new Date(Date.now() + 86_400_000),
      });
    await grant(["labs", "vitals"]);
    await grant(["vitals"]);
    const [first, latest] = [
      ...(await listPatientShares(world.anvil.publicClient, world.consent, patient.address))[0].keyringCids,
    ].reverse();
    const contracts = { consent: world.consent, directory: world.directory };
    const [firstRef] = await referencesTo(world.anvil.publicClient, contracts, first);
    expect(firstRef).toMatchObject({ kind: "keyring", grantee: rivera.address, current: true });
    expect(firstRef).not.toHaveProperty("endedAtBlock");
    expect((await referencesTo(world.anvil.publicClient, contracts, latest))[0]).toMatchObject({
      current: true,
    });

    // The patient's own first keyring, replaced when vital signs got keys, may go.
    const own = await world.anvil.publicClient.getContractEvents({
      address: world.consent,
      abi: consentRegistryAbi,
      eventName: "KeyringPublished",
      args: { patient: patient.address, grantee: patient.address },
      fromBlock: 0n,
    });
    const [ownRef] = await referencesTo(
      world.anvil.publicClient,
      contracts,
      cidFromBytes(own[0].args.keyringCid!),
    );
    expect(ownRef).toMatchObject({ kind: "keyring", current: false });
  }, 60_000);
});
