import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directoryAbi } from "../contracts/generated";
import { sendCall } from "../contracts/sendCall";
import { fetchVerifiedJson } from "../ipfs/car";
import { addJson } from "../ipfs/client";
import { displayName, listDirectory, searchDirectory } from "./directory";
import { describeTerms } from "./grants";
import { type Person, type SharingWorld, startSharingWorld } from "./testing";

// Attack N4: an unverified impostor could register "Dr. Maya Rivera, Mercy Clinic (verified)", or
// carry bidi overrides and zero-width characters, and every screen showed the name as registered.
describe("Directory names as the app shows them", () => {
  it("drops invisible and bidi-override characters, collapses spaces, and drops a claimed 'verified'", () => {
    expect(displayName("Dr. Maya Rivera, Mercy Clinic")).toBe("Dr. Maya Rivera, Mercy Clinic");
    expect(displayName("Dr. Maya Rivera, Mercy Clinic (verified)")).toBe("Dr. Maya Rivera, Mercy Clinic");
    expect(displayName("Dr. Maya Rivera, Mercy Clinic\u202e")).toBe("Dr. Maya Rivera, Mercy Clinic");
    expect(displayName("Dr. Maya Ri\u200bvera, Mercy Clinic ✓ Verified")).toBe(
      "Dr. Maya Rivera, Mercy Clinic",
    );
    expect(
      displayName("\u202aDr.\u2066 Sam\u2069   Lee\u202c,\tHill\ufeff Hospital [Verified clinician]"),
    ).toBe("Dr. Sam Lee, Hill Hospital");
    expect(displayName("Dr. Lee \u2014 VERIFIED")).toBe("Dr. Lee");
    expect(displayName("\u200b\u200d (verified)")).toBe("(no name)");
    // "Unverified" in a name is not a claim to be verified, and a name is otherwise kept as written.
    expect(displayName("Müller & Söhne Klinik")).toBe("Müller & Söhne Klinik");
  });
});

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

  it("lists an impostor's name without its claimed '(verified)' or hidden characters (attack N4)", async () => {
    const fakes = [
      await world.clinician("Dr. Maya Rivera, Mercy Clinic (verified)", { verified: false }),
      await world.clinician("Dr. Maya Rivera, Mercy Clinic\u202e", { verified: false }),
      await world.clinician("Dr. Maya Ri\u200bvera, Mercy Clinic ✓ Verified", { verified: false }),
    ];
    const entries = await listDirectory(world.anvil.publicClient, world.directory);
    const terms = {
      categories: ["labs" as const],
      purposes: ["treatment" as const],
      expiresAt: new Date("2027-03-05Z"),
    };
    for (const fake of fakes) {
      const entry = entries.find((e) => e.address === fake.address)!;
      expect(entry.name).toBe("Dr. Maya Rivera, Mercy Clinic");
      expect(entry.verified).toBe(false);
      expect(describeTerms(entry, terms, { timeZone: "UTC" })).toMatch(
        /^Dr\. Maya Rivera, Mercy Clinic \(not verified\) can read/,
      );
    }
    // A search finds them all, each with its own badge: the zero-width one no longer hides.
    expect(
      searchDirectory(entries, "maya rivera")
        .filter((e) => !e.verified)
        .map((e) => e.address),
    ).toEqual(expect.arrayContaining(fakes.map((f) => f.address)));
  }, 60_000);
});
