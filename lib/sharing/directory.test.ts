import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directoryAbi } from "../contracts/generated";
import { sendCall } from "../contracts/sendCall";
import { fetchVerifiedJson } from "../ipfs/car";
import { addJson } from "../ipfs/client";
import { listDirectory, searchDirectory } from "./directory";
import { type Person, type SharingWorld, startSharingWorld } from "./testing";

describe("the Directory as the sharing screens list it, against a real chain", () => {
  let world: SharingWorld;
  let rivera: Person;
  let unchecked: Person;
  let rotated: Person;
  let model: Person;

  beforeAll(async () => {
    world = await startSharingWorld();
    rivera = await world.clinician("Dr. Maya Rivera, Mercy Clinic");
    unchecked = await world.clinician("Dr. Maya Rivers, Mercy Clinic", { verified: false });
    rotated = await world.clinician("Dr. Sam Lee, Hill Hospital");
    await world.directoryCall(rotated.wallet, "setEncryptionKey", [`0x${"33".repeat(32)}`]);
    model = await world.person();
    const card = await addJson(world.ipfs, { schema: "carekeys/model-card@1", name: "Risk model" });
    await world.directoryCall(model.wallet, "registerModel", [
      "Risk model",
      model.identity.publicKeyHex,
      card,
      card,
      "1.0",
    ]);
    // A patient's key is not a Directory entry to share with.
    await world.patient();
  }, 60_000);
  afterAll(() => world?.stop());

  it("lists providers and models with their current state, verified first, unverified flagged", async () => {
    const entries = await listDirectory(world.anvil.publicClient, world.directory);
    expect(entries.map((e) => [e.name, e.kind, e.verified])).toEqual([
      ["Dr. Maya Rivera, Mercy Clinic", "provider", true],
      ["Dr. Sam Lee, Hill Hospital", "provider", true],
      ["Dr. Maya Rivers, Mercy Clinic", "provider", false],
      ["Risk model", "model", false],
    ]);
    const byName = Object.fromEntries(entries.map((e) => [e.name, e]));
    expect(byName["Dr. Maya Rivera, Mercy Clinic"]).toMatchObject({
      address: rivera.address,
      identity: 1,
      encryptionKey: rivera.identity.publicKeyHex,
      keyVersion: 1,
    });
    const profile = await fetchVerifiedJson<{ name: string }>(
      world.node.gatewayUrl,
      byName["Dr. Maya Rivera, Mercy Clinic"].profileCid,
    );
    expect(profile.name).toBe("Dr. Maya Rivera, Mercy Clinic");
    // A new encryption key is a new identity and the next key version; the entry stays verified.
    expect(byName["Dr. Sam Lee, Hill Hospital"]).toMatchObject({
      identity: 2,
      keyVersion: 2,
      encryptionKey: `0x${"33".repeat(32)}`,
    });
    expect(byName["Risk model"]).toMatchObject({
      address: model.address,
      artifactCid: expect.any(String),
      modelVersion: "1.0",
    });
    expect(byName["Dr. Maya Rivers, Mercy Clinic"].address).toBe(unchecked.address);

    // A verifier withdraws an attestation: the entry is listed as unverified from then on.
    await sendCall(world.deployer, {
      address: world.directory,
      abi: directoryAbi,
      functionName: "revokeVerification",
      args: [rotated.address],
    });
    const after = await listDirectory(world.anvil.publicClient, world.directory);
    expect(after.find((e) => e.address === rotated.address)?.verified).toBe(false);
  });

  it("finds entries by words of the name or the start of the address", async () => {
    const entries = await listDirectory(world.anvil.publicClient, world.directory);
    const names = (query: string) => searchDirectory(entries, query).map((e) => e.name);
    expect(names("mercy rivera")).toEqual(["Dr. Maya Rivera, Mercy Clinic"]);
    expect(names("MAYA")).toEqual(["Dr. Maya Rivera, Mercy Clinic", "Dr. Maya Rivers, Mercy Clinic"]);
    expect(names(unchecked.address.slice(0, 10))).toEqual(["Dr. Maya Rivers, Mercy Clinic"]);
    expect(names(unchecked.address.slice(2, 12).toUpperCase())).toEqual(["Dr. Maya Rivers, Mercy Clinic"]);
    expect(names("nobody")).toEqual([]);
    expect(names("  ")).toHaveLength(entries.length);
  });
});
