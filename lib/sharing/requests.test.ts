import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consentReader } from "../consent/consent";
import { consentCall, sendSharingCall } from "./calls";
import { listDirectory } from "./directory";
import { planGrant } from "./grantKeyring";
import {
  type AccessRequest,
  approvalExpiries,
  approvalProblem,
  DECLINE_BATCH,
  describeMyPendingRequest,
  describeRequest,
  durationInWords,
  groupPendingRequests,
  listMyRequests,
  listPatientRequests,
  pendingRequestProblem,
  pendingRequests,
  pendingRequestTo,
  planDeclineAll,
  planRequest,
  REQUEST_DURATION_SECONDS,
  type RequestChoice,
  readRequestReason,
  requestTarget,
  stillOpen,
} from "./requests";
import { readNote } from "./sealedNote";
import { CHAIN_ID, type Patient, type Person, type SharingWorld, startSharingWorld } from "./testing";

const DAY = 24 * 3600;

describe("requests in words", () => {
  const entry = {
    address: "0x0000000000000000000000000000000000000001",
    kind: "provider",
    name: "Dr. Rivera, Mercy Clinic",
    verified: true,
    identity: 1,
    encryptionKey: "0x00",
    keyVersion: 1,
    profileCid: "x",
  } as const;

  it("says who asks for what, why and for how long", () => {
    const asked = {
      requester: entry.address,
      requesterEntry: entry,
      categories: ["labs", "medications"],
      purposes: ["treatment"],
      durationSeconds: 30 * DAY,
      write: false,
    } satisfies Parameters<typeof describeRequest>[0];
    expect(describeRequest(asked)).toBe(
      "Dr. Rivera, Mercy Clinic (verified) asks to read your lab results and medications for your treatment, for 30 days",
    );
    expect(
      describeRequest({
        ...asked,
        requesterEntry: { ...entry, verified: false },
        write: true,
        durationSeconds: DAY,
      }),
    ).toBe(
      "Dr. Rivera, Mercy Clinic (not verified) asks to read your lab results and medications for your treatment, " +
        "for 24 hours, and to add notes (and other records of these kinds) to your records",
    );
    expect(describeRequest({ ...asked, requesterEntry: null })).toMatch(
      /^0x0+1 \(not in the directory\) asks/,
    );
    expect([3600, 7200, 365 * DAY, 90, 60].map(durationInWords)).toEqual([
      "1 hour",
      "2 hours",
      "1 year",
      "2 minutes",
      "1 minute",
    ]);
  });

  it("lets the patient narrow a request but never widen it", () => {
    const request = {
      categories: ["labs", "medications"],
      purposes: ["treatment"],
      durationSeconds: 30 * DAY,
      write: false,
    } satisfies Parameters<typeof approvalProblem>[0];
    const now = new Date("2026-03-05T10:00:00Z");
    const options = approvalExpiries(request, now);
    expect(options.map((o) => [o.label, o.expiresAt.toISOString()])).toEqual([
      ["As asked: 30 days", "2026-04-04T10:00:00.000Z"],
      ["This visit (24 hours)", "2026-03-06T10:00:00.000Z"],
    ]);
    const within = {
      categories: ["labs"],
      purposes: ["treatment"],
      expiresAt: options[0].expiresAt,
    } as const;
    expect(approvalProblem(request, within, now)).toBeNull();
    expect(approvalProblem(request, { ...within, categories: ["labs", "vitals"] }, now)).toMatch(/asked for/);
    expect(approvalProblem(request, { ...within, purposes: ["research"] }, now)).toMatch(/purposes/);
    expect(
      approvalProblem(
        request,
        { ...within, expiresAt: new Date(options[0].expiresAt.getTime() + 1000) },
        now,
      ),
    ).toMatch(/as long as they asked/);
    expect(approvalProblem(request, { ...within, write: true }, now)).toMatch(/did not ask to add/);
    expect(approvalProblem(request, { ...within, categories: [] }, now)).toMatch(/at least one/);
  });
});

describe("the patient's list of pending requests", () => {
  const person = (n: number, verified: boolean | null) => {
    const address = `0x${n.toString(16).padStart(40, "0")}` as const;
    return {
      requester: address,
      requesterEntry:
        verified === null
          ? null
          : {
              address,
              kind: "provider" as const,
              name: `Clinic ${n}`,
              verified,
              identity: 1,
              encryptionKey: "0x00" as const,
              keyVersion: 1,
              profileCid: "x",
            },
    };
  };
  const request = (id: number, verified: boolean | null, status: AccessRequest["status"] = "pending") =>
    ({
      ...person(id, verified),
      requestId: BigInt(id),
      patient: "0x00000000000000000000000000000000000000aa",
      categories: ["labs"],
      purposes: ["treatment"],
      durationSeconds: DAY,
      write: false,
      reasonCid: "x",
      requestExpiresAt: new Date(0),
      status,
      identityChanged: false,
      requestedInBlock: 1n,
    }) satisfies AccessRequest;

  it("puts verified requesters first and unverified or unlisted ones apart, newest first", () => {
    const list = [
      request(1, true),
      request(2, false),
      request(3, null),
      request(4, true),
      request(5, false, "denied"),
    ];
    const { verified, unverified } = groupPendingRequests(list);
    expect(verified.map((r) => r.requestId)).toEqual([4n, 1n]);
    expect(unverified.map((r) => r.requestId)).toEqual([3n, 2n]);
  });

  it("declines 200 requests from 200 strangers in one transaction, and nothing when there is none", () => {
    const consent = "0x00000000000000000000000000000000000000cc";
    const strangers = Array.from({ length: 200 }, (_, i) => request(i + 1, false));
    const call = planDeclineAll(consent, groupPendingRequests(strangers).unverified);
    expect(call?.functionName).toBe("multicall");
    const [calls] = (call?.args ?? [[]]) as [readonly `0x${string}`[]];
    expect(calls).toHaveLength(200);
    expect(planDeclineAll(consent, [request(7, false)])).toMatchObject({
      functionName: "denyRequest",
      args: [7n],
    });
    expect(planDeclineAll(consent, [])).toBeNull();
  });

  it("tells the clinician what their pending request asks, in words", () => {
    expect(
      describeMyPendingRequest({
        categories: ["labs", "medications"],
        purposes: ["treatment", "emergency"],
        durationSeconds: 30 * DAY,
        write: true,
        requestExpiresAt: new Date("2026-12-31T10:00:00Z"),
      }),
    ).toBe(
      "Your request to read their lab results and medications for treatment and emergencies and to add notes (and records " +
        "of these kinds), for 30 days, is waiting for their answer (it lapses on 31 Dec 2026).",
    );
  });

  it("finds the clinician's request still waiting for one patient", () => {
    const patient = "0x00000000000000000000000000000000000000AA";
    const mine = [request(3, true, "denied"), request(2, true), request(1, true, "approved")];
    expect(pendingRequestTo(mine, patient)?.requestId).toBe(2n);
    expect(pendingRequestTo([mine[0]], patient)).toBeNull();
    expect(pendingRequestTo(mine, "0x00000000000000000000000000000000000000bb")).toBeNull();
  });
});

describe("requests against a real chain and IPFS node", () => {
  let world: SharingWorld;
  let rivera: Person;
  let unverified: Person;
  let patient: Patient;
  const choice: RequestChoice = {
    categories: ["labs", "medications"],
    purposes: ["treatment"],
    durationSeconds: REQUEST_DURATION_SECONDS.days30,
    write: false,
    reason: "Follow-up of your March blood tests before the cardiology visit",
  };
  const where = () => ({ consent: world.consent, directory: world.directory });

  beforeAll(async () => {
    world = await startSharingWorld();
    rivera = await world.clinician("Dr. Rivera, Mercy Clinic");
    unverified = await world.clinician("Dr. Quinn, Pop-up Clinic", { verified: false });
    patient = await world.patient();
    await world.addRecords(patient, "labs");
  }, 60_000);
  afterAll(() => world?.stop());

  async function ask(who: Person, override: Partial<RequestChoice> = {}) {
    const target = await requestTarget(
      world.anvil.publicClient,
      world.directory,
      patient.address,
      who.address,
    );
    if ("error" in target) throw new Error(target.error);
    const plan = await planRequest({
      chainId: CHAIN_ID,
      consent: world.consent,
      requester: who.address,
      patient: target.patient,
      patientKey: target.patientKey,
      choice: { ...choice, ...override },
    });
    await world.carryOut(who.wallet, plan);
    return plan;
  }
  const patientSide = () => listPatientRequests(world.anvil.publicClient, where(), patient.address);

  it("checks the patient's address before anything is sealed", async () => {
    const client = world.anvil.publicClient;
    const stranger = await world.person();
    expect(await requestTarget(client, world.directory, "  ", rivera.address)).toEqual({
      error: expect.stringMatching(/Enter the patient's account address/),
    });
    expect(await requestTarget(client, world.directory, "0x1234", rivera.address)).toEqual({
      error: expect.stringMatching(/is not a patient's account address/),
    });
    expect(await requestTarget(client, world.directory, rivera.address, rivera.address)).toEqual({
      error: expect.stringMatching(/your own address/),
    });
    expect(await requestTarget(client, world.directory, stranger.address, rivera.address)).toEqual({
      error: expect.stringMatching(/no CareKeys patient key yet/),
    });
    const ok = await requestTarget(client, world.directory, patient.address.toLowerCase(), rivera.address);
    expect(ok).toEqual({ patient: patient.address, patientKey: patient.identity.publicKey });
  });

  it("a request's reason is sealed for the patient: the patient reads it, the file and chain do not say it", async () => {
    const plan = await ask(rivera);
    const file = new TextDecoder().decode(plan.uploads[0].parts.at(-1));
    expect(file).not.toContain("blood tests");
    expect(plan.uploads.reduce((n, c) => n + c.size, 0)).toBeLessThan(2_000);

    const [request] = await patientSide();
    expect(request).toMatchObject({
      status: "pending",
      requester: rivera.address,
      patient: patient.address,
      categories: ["labs", "medications"],
      purposes: ["treatment"],
      durationSeconds: 30 * DAY,
      write: false,
      identityChanged: false,
      requesterEntry: { name: "Dr. Rivera, Mercy Clinic", verified: true },
    });
    expect(request.reasonCid).toBe(plan.uploads[0].cid.toString());
    const read = (privateKey: Uint8Array, r: AccessRequest = request) =>
      readRequestReason({
        gatewayUrl: world.node.gatewayUrl,
        chainId: CHAIN_ID,
        consent: world.consent,
        request: r,
        privateKey,
      });
    expect(await read(patient.identity.privateKey)).toEqual({ text: choice.reason });
    // Another key, or the note shown as another clinician's, does not open: it says so.
    expect(await read(rivera.identity.privateKey)).toEqual({
      error: expect.stringMatching(/cannot be opened/),
    });
    expect(await read(patient.identity.privateKey, { ...request, requester: unverified.address })).toEqual({
      error: expect.stringMatching(/another request, sender/),
    });
    expect(
      readNote(await (await fetch(`${world.node.gatewayUrl}/ipfs/${request.reasonCid}`)).bytes()).kind,
    ).toBe("request-reason");
  });

  it("approved narrowed to labs: the grant covers labs only; the clinician sees it approved", async () => {
    const [request] = pendingRequests(await patientSide());
    const now = await world.chainNow();
    const entries = await listDirectory(world.anvil.publicClient, world.directory);
    const narrowed = {
      categories: ["labs"],
      purposes: ["treatment"],
      expiresAt: approvalExpiries(request, now)[1].expiresAt,
    } as const;
    expect(approvalProblem(request, narrowed, now)).toBeNull();
    const plan = await planGrant({
      chainId: CHAIN_ID,
      consent: world.consent,
      patient: patient.address,
      identity: patient.identity,
      own: { keys: patient.keys, archived: new Map() },
      grantee: entries.find((e) => e.address === rivera.address)!,
      choice: narrowed,
      requestId: request.requestId,
    });
    await world.carryOut(patient.wallet, plan);
    patient.keys = plan.keys;
    const grant = await consentReader(world.anvil.publicClient, world.consent).grantOf(
      patient.address,
      rivera.address,
    );
    expect(grant).toMatchObject({ status: "active", categories: ["labs"], write: false });
    expect((await patientSide())[0].status).toBe("approved");
    const mine = await listMyRequests(world.anvil.publicClient, where(), rivera.address);
    expect(mine.map((r) => [r.patient, r.status])).toEqual([[patient.address, "approved"]]);
  });

  it("denied, expired and identity-changed requests are told apart", async () => {
    await ask(unverified, { write: true, durationSeconds: DAY });
    let [latest] = await patientSide();
    expect(latest).toMatchObject({ status: "pending", write: true, requesterEntry: { verified: false } });
    await sendSharingCall(patient.wallet, consentCall(world.consent, "denyRequest", [latest.requestId]));
    expect((await listMyRequests(world.anvil.publicClient, where(), unverified.address))[0].status).toBe(
      "denied",
    );

    await ask(rivera);
    await world.directoryCall(rivera.wallet, "setEncryptionKey", [`0x${"22".repeat(32)}`]);
    [latest] = await patientSide();
    expect(latest).toMatchObject({ status: "pending", identityChanged: true });
    await world.advance(31 * DAY);
    [latest] = await patientSide();
    expect(latest.status).toBe("expired");
    expect(pendingRequests(await patientSide())).toEqual([]);
    expect((await patientSide()).map((r) => r.status)).toEqual(["expired", "denied", "approved"]);
  });

  it("refuses an empty or over-long reason before anything is sent", async () => {
    await expect(ask(rivera, { reason: "  " })).rejects.toThrow("Write a few words first.");
    await expect(ask(rivera, { reason: "x".repeat(2001) })).rejects.toThrow(/under 2000 characters/);
    await expect(ask(rivera, { categories: [] })).rejects.toThrow(/at least one kind of record/);
  });

  it("one pending request per clinician: a second is refused until the first is withdrawn (security review F3)", async () => {
    const quinnAgain = await world.clinician("Dr. Ames, Walk-in Clinic", { verified: false });
    await ask(quinnAgain);
    await expect(ask(quinnAgain, { categories: ["labs"] })).rejects.toThrow(
      "You already have a request waiting for this patient's answer.",
    );
    expect(
      await pendingRequestProblem(
        world.anvil.publicClient,
        world.consent,
        quinnAgain.address,
        patient.address,
      ),
    ).toMatch(/already have a request waiting/);
    const mine = await listMyRequests(world.anvil.publicClient, where(), quinnAgain.address);
    const open = pendingRequestTo(mine, patient.address);
    expect(open).not.toBeNull();
    await sendSharingCall(
      quinnAgain.wallet,
      consentCall(world.consent, "withdrawRequest", [open!.requestId]),
    );
    expect((await listMyRequests(world.anvil.publicClient, where(), quinnAgain.address))[0].status).toBe(
      "withdrawn",
    );
    expect((await patientSide()).find((r) => r.requestId === open!.requestId)?.status).toBe("withdrawn");
    expect(
      await pendingRequestProblem(
        world.anvil.publicClient,
        world.consent,
        quinnAgain.address,
        patient.address,
      ),
    ).toBeNull();
    await ask(quinnAgain);
  });

  it("declines every request from unverified entries in one transaction, leaving verified ones", async () => {
    const strangers = await Promise.all(
      ["Pop-up A", "Pop-up B", "Pop-up C"].map((name) => world.clinician(name, { verified: false })),
    );
    for (const stranger of strangers.slice(1)) await ask(stranger);
    // Anyone can send any bytes as the reason: one malformed request does not hide the others.
    await sendSharingCall(
      strangers[0].wallet,
      consentCall(world.consent, "requestAccess", [patient.address, 1, 1, DAY, false, "0x01"]),
    );
    const malformed = (await patientSide()).find((r) => r.requester === strangers[0].address)!;
    expect(malformed).toMatchObject({ status: "pending", reasonCid: null });
    expect(
      await readRequestReason({
        gatewayUrl: world.node.gatewayUrl,
        chainId: CHAIN_ID,
        consent: world.consent,
        request: malformed,
        privateKey: patient.identity.privateKey,
      }),
    ).toEqual({ error: "This request names no valid reason, so there is nothing to show." });
    const okafor = await world.clinician("Dr. Okafor, Hillside Practice");
    await ask(okafor);
    const { verified, unverified } = groupPendingRequests(await patientSide());
    expect(verified.map((r) => r.requester)).toEqual([okafor.address]);
    expect(unverified.length).toBeGreaterThanOrEqual(3);
    const { receipt } = await sendSharingCall(patient.wallet, planDeclineAll(world.consent, unverified)!);
    expect(receipt.status).toBe("success");
    const after = groupPendingRequests(await patientSide());
    expect(after.unverified).toEqual([]);
    expect(after.verified.map((r) => r.requester)).toEqual([okafor.address]);
  });

  it("declines what is still open: a stranger who withdraws and asks again since the list was read no longer makes it fail (review D1)", async () => {
    const [a, b] = await Promise.all(
      ["Pop-up D", "Pop-up E"].map((name) => world.clinician(name, { verified: false })),
    );
    await ask(a);
    await ask(b);
    const listed = groupPendingRequests(await patientSide()).unverified;
    const mallory = listed.find((r) => r.requester === a.address)!;
    // Between reading the list and declining: withdraw, and ask again under a new id.
    await sendSharingCall(a.wallet, consentCall(world.consent, "withdrawRequest", [mallory.requestId]));
    await ask(a);
    const stale = planDeclineAll(world.consent, listed)!;
    await expect(sendSharingCall(patient.wallet, stale)).rejects.toThrow();
    const open = await stillOpen(world.anvil.publicClient, world.consent, listed);
    expect(open.map((r) => r.requestId)).not.toContain(mallory.requestId);
    const { receipt } = await sendSharingCall(patient.wallet, planDeclineAll(world.consent, open)!);
    expect(receipt.status).toBe("success");
    expect(
      planDeclineAll(
        world.consent,
        Array.from({ length: DECLINE_BATCH + 5 }, (_, i) => ({ requestId: BigInt(i + 1) })),
      ),
    ).toMatchObject({ functionName: "multicall" });
    const batch = planDeclineAll(
      world.consent,
      Array.from({ length: DECLINE_BATCH + 5 }, (_, i) => ({ requestId: BigInt(i + 1) })),
    )!;
    expect((batch.args[0] as unknown[]).length).toBe(DECLINE_BATCH);
  });
});
