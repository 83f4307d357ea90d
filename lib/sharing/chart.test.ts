import { type Address, decodeFunctionData, getAddress, type Hex } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Category, newRecordId } from "../consent/codes";
import { consentWriter } from "../consent/consent";
import { consentRegistryAbi } from "../contracts/generated";
import type { AnchoredRecord } from "../records/chain";
import { listAnchoredRecords } from "../records/chain";
import { directoryLookup } from "../records/read";
import { encodeCall, sendSharingCall } from "./calls";
import {
  askAgainHref,
  CLINICIAN_STATUS_LABEL,
  chartOutcomes,
  chartPurpose,
  clinicianPatientList,
  endedText,
  expiryText,
  filesInWords,
  inScopeByOthers,
  listSharedWithMe,
  notSharedSentence,
  openedSentence,
  parsePatientAddress,
  patientLabel,
  readingDoneText,
  readReceiptCall,
  recordsInScope,
  scopeText,
  statusSentence,
} from "./chart";
import { listDirectory } from "./directory";
import { planGrant } from "./grantKeyring";
import { listSharedWith, SHARE_STATUS_LABEL, type Share, UNTIL_REVOKED } from "./grants";
import { CHAIN_ID, type SharingWorld, startSharingWorld } from "./testing";

const PATIENT = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

describe("parsePatientAddress", () => {
  it("accepts a checksummed, lower-case or upper-case address and returns it checksummed", () => {
    expect(parsePatientAddress(PATIENT)).toEqual({ address: PATIENT });
    expect(parsePatientAddress(PATIENT.toLowerCase())).toEqual({ address: PATIENT });
    expect(parsePatientAddress(`0x${PATIENT.slice(2).toUpperCase()}`)).toEqual({ address: PATIENT });
    expect(parsePatientAddress(encodeURIComponent(` ${PATIENT} `))).toEqual({ address: PATIENT });
  });

  it("refuses what is not an address, with a sentence", () => {
    for (const raw of [
      "",
      "alex",
      "0x1234",
      `${PATIENT}00`,
      "%E0%A4%A",
      "0xZZ97970C51812dc3A010C7d01b50e0d17dc79C8",
    ]) {
      const parsed = parsePatientAddress(raw);
      expect(parsed).toHaveProperty("error");
      expect("error" in parsed && parsed.error).toContain("is not a patient's account address");
    }
  });

  it("refuses a mixed-case address whose capitals do not match (a typo), rather than opening another account", () => {
    const typo = `${PATIENT.slice(0, -1)}c`; // ...79C8 -> ...79Cc
    const parsed = parsePatientAddress(typo);
    expect("error" in parsed && parsed.error).toContain("typing mistake");
  });
});

describe("the clinician's words for a share", () => {
  const share = {
    categories: ["labs", "medications"] as const,
    purposes: ["treatment"] as const,
    write: false,
    oneShot: false,
  };

  it("says the scope in plain words", () => {
    expect(scopeText({ ...share, categories: [...share.categories], purposes: [...share.purposes] })).toBe(
      "Lab results and medications, for treatment",
    );
    expect(
      scopeText({ categories: ["vitals"], purposes: ["treatment", "emergency"], write: true, oneShot: true }),
    ).toBe(
      "Vital signs, for treatment and emergencies, one opening only; you may add notes (and records of these kinds)",
    );
  });

  it("gives every status a label and a sentence; every ended status says access ended", () => {
    for (const status of Object.keys(SHARE_STATUS_LABEL) as (keyof typeof SHARE_STATUS_LABEL)[]) {
      expect(CLINICIAN_STATUS_LABEL[status]).toMatch(status === "active" ? /^Active$/ : /^Access ended/);
      expect(statusSentence({ status, expiresAt: new Date("2027-03-05T10:00:00Z") })).toMatch(/\.$/);
    }
    expect(statusSentence({ status: "expired", expiresAt: new Date("2027-03-05T10:00:00Z") })).toBe(
      "The patient's consent expired on 5 Mar 2027.",
    );
  });

  it("dates the expiry as 5 Mar 2027, and a consent until revoked as such", () => {
    const expiresAt = new Date("2027-03-05T10:00:00Z");
    expect(expiryText({ expiresAt, status: "active" })).toBe("Until 5 Mar 2027");
    expect(expiryText({ expiresAt, status: "expired" })).toBe("Ended 5 Mar 2027");
    expect(expiryText({ expiresAt: UNTIL_REVOKED, status: "revoked" })).toBe("Until the patient revokes it");
  });

  // Regression (walk #3): after the patient stopped sharing, the chart and the list still said
  // "Until 31 Dec 2026" and "you may add records of these kinds".
  it("says an ended share in the past tense, with no permission in the present tense", () => {
    const expiresAt = new Date("2026-12-31T23:00:00Z");
    const endedAt = new Date("2026-12-01T15:04:00Z");
    expect(endedText({ status: "revoked", expiresAt, endedAt })).toBe(
      "Ended on 1 Dec 2026: the patient stopped sharing",
    );
    expect(endedText({ status: "allRevoked", expiresAt, endedAt })).toBe(
      "Ended on 1 Dec 2026: the patient stopped sharing with everyone",
    );
    expect(endedText({ status: "expired", expiresAt, endedAt: expiresAt })).toBe("Ran out on 31 Dec 2026");
    expect(endedText({ status: "used", expiresAt, endedAt })).toBe(
      "Ended on 1 Dec 2026: the one opening the patient allowed was used",
    );
    expect(endedText({ status: "revoked", expiresAt: UNTIL_REVOKED, endedAt: null })).toBe(
      "Ended: the patient stopped sharing",
    );
    expect(endedText({ status: "active", expiresAt, endedAt: null })).toBe("Until 31 Dec 2026");
    for (const status of Object.keys(SHARE_STATUS_LABEL) as Share["status"][]) {
      if (status === "active") continue;
      const text = endedText({ status, expiresAt, endedAt });
      expect(text).toMatch(/^(Ended|Ran out)/);
      expect(text).not.toMatch(/until|may/i);
    }
    const writable = { categories: ["labs"], purposes: ["treatment"], write: true, oneShot: false } as const;
    const terms = { ...writable, categories: [...writable.categories], purposes: [...writable.purposes] };
    expect(scopeText(terms)).toBe(
      "Lab results, for treatment; you may add notes (and records of these kinds)",
    );
    expect(scopeText(terms, { ended: true })).toBe("Lab results, for treatment");
  });

  it("links 'Ask this patient again' to the request form with the address filled in", () => {
    expect(askAgainHref(getAddress(PATIENT))).toBe(`/?ask=${PATIENT}`);
  });

  // Regression (walk #12): "You opened 1 record" while the chart showed three values of one file,
  // and "All 1 records read." for screen readers.
  it("counts what an opened chart shows as files of each kind, with plurals that agree", () => {
    const of = (...categories: (Category | undefined)[]) => categories.map((category) => ({ category }));
    expect(filesInWords(of("labs"))).toBe("1 file of lab results");
    expect(filesInWords(of("medications", "labs", "labs"))).toBe(
      "2 files of lab results and 1 file of medications",
    );
    expect(filesInWords(of("labs", undefined))).toBe("1 file of lab results and 1 file of another kind");
    expect(openedSentence(of("labs"), "treatment")).toBe(
      "You opened 1 file of lab results for treatment. The patient sees this under My consents.",
    );
    expect(openedSentence(of("labs"), null)).not.toContain("their history");
    expect(readingDoneText(1)).toBe("The file is read.");
    expect(readingDoneText(3)).toBe("All 3 files are read.");
  });

  it("counts records added after the access ended apart from damaged ones", () => {
    const outcomes = chartOutcomes([
      { status: "notShared", reason: "added after" },
      { status: "notShared", reason: "added after" },
      { status: "tampered", reason: "The record does not match its fingerprint." },
      { status: "unavailable", reason: "IPFS is unreachable." },
      { status: "unavailable", reason: "IPFS is unreachable." },
      { status: "large", reason: "too large" },
      {
        status: "verified",
        meta: { name: "a.json", type: "application/fhir+json", createdAt: "" },
        content: new Uint8Array(),
      },
    ]);
    expect(outcomes).toEqual({
      notShared: 2,
      large: 1,
      failed: 3,
      reasons: ["The record does not match its fingerprint.", "IPFS is unreachable."],
    });
  });

  it("counts records added after the access ended plainly", () => {
    expect(notSharedSentence(0)).toBe("");
    expect(notSharedSentence(1)).toBe("1 record added after your access ended or changed cannot be opened.");
    expect(notSharedSentence(2)).toBe("2 records added after your access ended or changed cannot be opened.");
  });
});

describe("the read receipt of a chart's opening", () => {
  const record = (category: "labs" | "medications" | "vitals"): AnchoredRecord => ({
    recordId: newRecordId(category),
    category,
    cid: "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy",
    contentHash: `0x${"00".repeat(32)}` as Hex,
    author: PATIENT,
    anchoredAt: new Date(),
    addedAt: new Date(),
    blockNumber: 1n,
    transactionHash: `0x${"11".repeat(32)}` as Hex,
  });

  it("covers only the records whose kind the share covers, in order", () => {
    const records = [record("labs"), record("vitals"), record("medications"), record("labs")];
    const inScope = recordsInScope(records, { categories: ["labs", "medications"], patient: PATIENT });
    expect(inScope).toEqual([records[0], records[2], records[3]]);
    expect(
      recordsInScope([{ ...records[0], category: undefined }], { categories: ["labs"], patient: PATIENT }),
    ).toEqual([]);
  });

  // Regression (first use of sharing): the receipt listed a clinician's note the reading clinician
  // cannot open, so the patient's history said it was read.
  it("lists only the records the clinician can open: not what another clinician added to the chart", () => {
    const other = getAddress("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc");
    const ownLab = record("labs");
    const theirNote = { ...record("labs"), author: other };
    const ownMedication = { ...record("medications"), author: PATIENT.toLowerCase() as Address };
    const share = { categories: ["labs", "medications"] as Category[], patient: PATIENT as Address };
    const records = [theirNote, ownLab, ownMedication];
    const readable = recordsInScope(records, share);
    expect(readable).toEqual([ownLab, ownMedication]);
    expect(inScopeByOthers(records, share)).toEqual([theirNote]);
    const call = readReceiptCall(
      getAddress("0x5fbdb2315678afecb367f032d93f642f64180aa3"),
      share.patient,
      readable.map((r) => r.recordId),
      "treatment",
    );
    const { args } = decodeFunctionData({ abi: consentRegistryAbi, data: encodeCall(call) });
    expect(args?.[1]).toEqual([ownLab.recordId, ownMedication.recordId]);
  });

  it("names treatment when allowed, otherwise the first purpose allowed", () => {
    expect(chartPurpose({ purposes: ["emergency", "treatment"] })).toBe("treatment");
    expect(chartPurpose({ purposes: ["emergency", "research"] })).toBe("research");
    expect(chartPurpose({ purposes: [] })).toBeNull();
  });

  it("is one logAccess call with the record ids and the purpose", () => {
    const consent = getAddress("0x5fbdb2315678afecb367f032d93f642f64180aa3");
    const ids = [record("labs").recordId, record("labs").recordId];
    const call = readReceiptCall(consent, PATIENT, ids, "treatment");
    expect(call.address).toBe(consent);
    const decoded = decodeFunctionData({ abi: consentRegistryAbi, data: encodeCall(call) });
    expect(decoded.functionName).toBe("logAccess");
    expect(decoded.args).toEqual([PATIENT, ids, 0]);
  });
});

describe("the clinician's list of patients", () => {
  const named = getAddress("0xa0ee7a142d267c1f36714e4a8f75612f20a79720");
  const stranger = getAddress("0x14dc79964da2c08b23698b3d3cc7ca32193d9955");
  const unnamed = getAddress("0x23618e81e3f5cdf7f54c3d65f7fbc0abf5b21e8f");
  const lookup = directoryLookup([
    { address: named, name: "Alex Morgan", verified: true, kind: "provider" },
    { address: stranger, name: "Dr. Maya Rivera", verified: false, kind: "provider" },
  ]);
  const shareOf = (patient: Address, status: Share["status"], block: bigint): Share => ({
    patient,
    grantee: getAddress(PATIENT),
    status,
    categories: ["labs"],
    purposes: ["treatment"],
    expiresAt: UNTIL_REVOKED,
    write: false,
    oneShot: false,
    identity: 1,
    keyringCid: null,
    keyringCids: [],
    everShared: ["labs"],
    grantedInBlock: block,
  });
  const shares = [
    shareOf(unnamed, "revoked", 9n),
    shareOf(named, "active", 8n),
    shareOf(stranger, "expired", 7n),
    shareOf(getAddress(PATIENT), "active", 6n),
  ];

  it("names a patient by the Directory when registered (verified or not), otherwise Unnamed patient with the short address", () => {
    expect(patientLabel(named, lookup)).toEqual({
      name: "Alex Morgan",
      verified: true,
      short: "0xa0Ee…9720",
    });
    expect(patientLabel(stranger, lookup)).toEqual({
      name: "Dr. Maya Rivera",
      verified: false,
      short: "0x14dC…9955",
    });
    expect(patientLabel(unnamed, lookup)).toEqual({
      name: "Unnamed patient",
      verified: null,
      short: "0x2361…1E8f",
    });
  });

  it("lists active shares apart from ended ones (expired, revoked), each newest grant first", () => {
    const { active, ended } = clinicianPatientList(shares, lookup);
    expect(active.map((s) => s.patient)).toEqual([named, getAddress(PATIENT)]);
    expect(ended.map((s) => s.status)).toEqual(["revoked", "expired"]);
  });

  it("finds patients by name words in any case, or by part of the address (with or without 0x)", () => {
    const found = (query: string) => {
      const { active, ended } = clinicianPatientList(shares, lookup, query);
      return [...active, ...ended].map((s) => s.patient);
    };
    expect(found("morgan ALEX")).toEqual([named]);
    expect(found("unnamed")).toEqual([getAddress(PATIENT), unnamed]);
    expect(found("0x14dc7")).toEqual([stranger]);
    expect(found("1e8f")).toEqual([unnamed]);
    expect(found("abc")).toEqual([]);
    expect(found("  ")).toHaveLength(4);
  });
});

describe("the read receipt against a real chain", () => {
  let world: SharingWorld;
  beforeAll(async () => {
    world = await startSharingWorld();
  }, 60_000);
  afterAll(() => world?.stop());

  it("is accepted while the share is active (gas printed for 1 and 100 records) and refused with a sentence once it ended", async () => {
    const rivera = await world.clinician("Dr. Maya Rivera, Mercy Clinic");
    const entry = (await listDirectory(world.anvil.publicClient, world.directory)).find(
      (e) => e.address === rivera.address,
    )!;
    const patient = await world.patient();
    await world.addRecords(patient, "labs", 100);
    await world.addRecords(patient, "medications", 1);
    const plan = await planGrant({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      own: { keys: patient.keys, archived: new Map() },
      grantee: entry,
      choice: { categories: ["labs"], purposes: ["treatment"], expiresAt: UNTIL_REVOKED },
    });
    await world.carryOut(patient.wallet, plan);
    patient.keys = plan.keys;

    const [share] = await listSharedWith(world.anvil.publicClient, world.consent, rivera.address);
    const records = await listAnchoredRecords(world.anvil.publicClient, world.consent, patient.address);
    const inScope = recordsInScope(records, share);
    expect(inScope).toHaveLength(100);
    const receipt = (ids: Hex[]) =>
      sendSharingCall(
        rivera.wallet,
        readReceiptCall(world.consent, patient.address, ids, chartPurpose(share)!),
      );
    const one = await receipt([inScope[0].recordId]);
    const hundred = await receipt(inScope.map((r) => r.recordId));
    console.info(`read receipt: ${one.receipt.gasUsed} gas for 1 record, ${hundred.receipt.gasUsed} for 100`);
    const logged = hundred.events.find((e) => e.eventName === "AccessLogged");
    expect(logged?.eventName === "AccessLogged" && logged.args.recordIds).toEqual(
      inScope.map((r) => r.recordId),
    );

    // A record of a kind not shared makes the whole receipt fail: the chart sends only those in scope.
    const medication = records.find((r) => r.category === "medications")!;
    await expect(receipt([medication.recordId])).rejects.toThrow();

    expect(
      (await listSharedWithMe(world.anvil.publicClient, world.consent, rivera.address))[0].endedAt,
    ).toBeNull();
    await consentWriter(patient.wallet, world.consent).revoke(rivera.address);
    const [ended] = await listSharedWith(world.anvil.publicClient, world.consent, rivera.address);
    expect(ended.status).toBe("revoked");
    // The date the access ended is the revocation's block time, as the clinician's screens say it.
    const revokedAt = new Date(Number((await world.anvil.publicClient.getBlock()).timestamp) * 1000);
    const [withDate] = await listSharedWithMe(world.anvil.publicClient, world.consent, rivera.address);
    expect(withDate.endedAt).toEqual(revokedAt);
    expect(endedText(withDate)).toMatch(/^Ended on \d{1,2} \w{3} \d{4}: the patient stopped sharing$/);

    // Shared again, then "stop sharing with everyone" a day later: that is the date, not the old revocation's.
    const again = await planGrant({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      own: { keys: patient.keys, archived: new Map() },
      grantee: entry,
      choice: { categories: ["labs"], purposes: ["treatment"], expiresAt: UNTIL_REVOKED },
    });
    await world.carryOut(patient.wallet, again);
    await world.anvil.publicClient.request({ method: "evm_increaseTime", params: [86_400] } as never);
    await consentWriter(patient.wallet, world.consent).revokeAll();
    const allRevokedAt = new Date(Number((await world.anvil.publicClient.getBlock()).timestamp) * 1000);
    const [everyone] = await listSharedWithMe(world.anvil.publicClient, world.consent, rivera.address);
    expect(everyone.status).toBe("allRevoked");
    expect(everyone.endedAt).toEqual(allRevokedAt);
    expect(allRevokedAt.getTime() - revokedAt.getTime()).toBeGreaterThanOrEqual(86_400_000);
    const refused = await receipt([inScope[0].recordId]).catch((error: Error) => error);
    expect(refused).toBeInstanceOf(Error);
    console.info(`receipt after the revocation: ${(refused as Error).message}`);
  }, 120_000);
});
