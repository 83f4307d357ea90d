// Access requests: a clinician asks a patient for access (the reason sealed for the patient), the
// patient approves (possibly narrowed) or denies, and both see where each request stands.

import {
  type Address,
  getAddress,
  type Hex,
  hexToBytes,
  isAddressEqual,
  type PublicClient,
  zeroAddress,
} from "viem";
import {
  CATEGORY_LABEL,
  type Category,
  categoriesIn,
  categoryMask,
  PURPOSE_LABEL,
  type Purpose,
  purposeMask,
  purposesIn,
} from "../consent/codes";
import { cidFromBytes, cidToBytes, consentReader } from "../consent/consent";
import { revertSentence } from "../contracts/errors";
import { consentRegistryAbi, directoryAbi } from "../contracts/generated";
import type { ContractCall } from "../contracts/sendCall";
import { buildCar, type Car, fetchVerified } from "../ipfs/car";
import { consentCall, encodeCall, multicallOf } from "./calls";
import { CLINICIAN_PURPOSE_LABEL, formatDate, parsePatientAddress } from "./chart";
import { type DirectoryEntry, listDirectory } from "./directory";
import { EXPIRY_PRESET_LABEL, type ExpiryPreset, expiresAtFor, listInWords } from "./grants";
import { NoteError, openNote, sealNote } from "./sealedNote";

/**
 * Where a request stands: waiting for the patient, answered, taken back by the requester, or left
 * unanswered past its 30 days.
 */
export type RequestStatus = "pending" | "approved" | "denied" | "withdrawn" | "expired";

/** One access request, as both sides see it. */
export type AccessRequest = {
  requestId: bigint;
  patient: Address;
  requester: Address;
  /** The requester's Directory entry as it stands now (null if it is no longer listed). */
  requesterEntry: DirectoryEntry | null;
  categories: Category[];
  purposes: Purpose[];
  /** How long the access is asked for, from the moment the patient approves. */
  durationSeconds: number;
  write: boolean;
  /** CID of the reason, a sealed note for the patient; null when the request names no valid CID. */
  reasonCid: string | null;
  /** When an unanswered request lapses (30 days after it was made). */
  requestExpiresAt: Date;
  status: RequestStatus;
  /**
   * A pending request can only be approved for the requester's identity (encryption key) it was
   * made with: true when that identity has changed since, so the requester has to ask again.
   */
  identityChanged: boolean;
  requestedInBlock: bigint;
};

type Client = Pick<PublicClient, "getContractEvents" | "readContract" | "getBlock">;

/** Every request made to `patient`, newest first. */
export const listPatientRequests = (client: Client, where: Where, patient: Address) =>
  listRequests(client, where, { patient });

/** Every request `requester` made, newest first, with the patients' answers. */
export const listMyRequests = (client: Client, where: Where, requester: Address) =>
  listRequests(client, where, { grantee: requester });

type Where = { consent: Address; directory: Address };

async function listRequests(
  client: Client,
  { consent, directory }: Where,
  side: { patient: Address } | { grantee: Address },
): Promise<AccessRequest[]> {
  const query = { address: consent, abi: consentRegistryAbi, args: side, fromBlock: 0n } as const;
  const [asked, approved, denied, withdrawn, entries, block] = await Promise.all([
    client.getContractEvents({ ...query, eventName: "AccessRequested" }),
    client.getContractEvents({ ...query, eventName: "AccessRequestApproved" }),
    client.getContractEvents({ ...query, eventName: "AccessRequestDenied" }),
    client.getContractEvents({ ...query, eventName: "AccessRequestWithdrawn" }),
    listDirectory(client, directory),
    client.getBlock(),
  ]);
  const now = Number(block.timestamp);
  const answered = (events: { args: { requestId?: bigint } }[]) =>
    new Set(events.map((e) => e.args.requestId!));
  const [yes, no, taken] = [answered(approved), answered(denied), answered(withdrawn)];
  const requests = await Promise.all(
    asked.map(async (event): Promise<AccessRequest> => {
      const a = event.args;
      const requester = getAddress(a.grantee!);
      const requesterEntry = entries.find((e) => e.address === requester) ?? null;
      let status: RequestStatus = yes.has(a.requestId!)
        ? "approved"
        : no.has(a.requestId!)
          ? "denied"
          : taken.has(a.requestId!)
            ? "withdrawn"
            : "pending";
      let identityChanged = false;
      if (status === "pending") {
        if (now >= Number(a.expiresAt!)) status = "expired";
        else {
          const stored = await client.readContract({
            address: consent,
            abi: consentRegistryAbi,
            functionName: "requestOf",
            args: [a.requestId!],
          });
          identityChanged = requesterEntry === null || stored.identity !== requesterEntry.identity;
        }
      }
      return {
        requestId: a.requestId!,
        patient: getAddress(a.patient!),
        requester,
        requesterEntry,
        categories: categoriesIn(a.categories!),
        purposes: purposesIn(a.purposes!),
        durationSeconds: Number(a.duration!),
        write: a.write!,
        reasonCid: validCid(a.reasonCid!),
        requestExpiresAt: new Date(Number(a.expiresAt!) * 1000),
        status,
        identityChanged,
        requestedInBlock: event.blockNumber,
      };
    }),
  );
  return requests.sort((a, b) => Number(b.requestId - a.requestId));
}

/** A CID from chain bytes, or null: anyone can send any bytes, and one bad request must not hide the others. */
function validCid(bytes: Hex): string | null {
  try {
    return cidFromBytes(bytes);
  } catch {
    return null;
  }
}

/** The requests still waiting for the patient's answer (and that can still be approved or denied). */
export const pendingRequests = (requests: readonly AccessRequest[]) =>
  requests.filter((r) => r.status === "pending");

/** Whether a verifier has checked the requester (a requester no longer listed counts as unchecked). */
export const fromVerified = (request: Pick<AccessRequest, "requesterEntry">) =>
  request.requesterEntry?.verified === true;

/**
 * The patient's pending requests in two groups, each newest first: from verified entries (shown
 * first), and from entries no verifier has checked (or no longer listed), shown apart. The
 * contract keeps one pending request per requester, so a group's length is its number of people.
 */
export function groupPendingRequests(requests: readonly AccessRequest[]): {
  verified: AccessRequest[];
  unverified: AccessRequest[];
} {
  const pending = [...pendingRequests(requests)].sort((a, b) => Number(b.requestId - a.requestId));
  return {
    verified: pending.filter(fromVerified),
    unverified: pending.filter((r) => !fromVerified(r)),
  };
}

/** How many requests a list shows at first, and how many more each "Show more" adds. */
export const REQUEST_PAGE_SIZE = 10;

/** The most requests one "Decline all" transaction declines (about 16,000 gas each: well inside a block). */
export const DECLINE_BATCH = 400;

/**
 * The requests among `requests` still open on chain now (`requestOf` names the patient): one the
 * requester withdrew, or sent again under a new id, since the list was read would make the whole
 * multicall fail (review D1), so "Decline all" reads them again right before it asks the wallet.
 */
export async function stillOpen<T extends Pick<AccessRequest, "requestId">>(
  client: Pick<PublicClient, "readContract">,
  consent: Address,
  requests: readonly T[],
): Promise<T[]> {
  const open = await Promise.all(
    requests.map(async (r) => {
      const stored = await client.readContract({
        address: consent,
        abi: consentRegistryAbi,
        functionName: "requestOf",
        args: [r.requestId],
      });
      return stored.patient !== zeroAddress;
    }),
  );
  return requests.filter((_, i) => open[i]);
}

/**
 * Declines every given request (at most {@link DECLINE_BATCH}) in one transaction (a multicall of `denyRequest`s: all or none),
 * or null when there is none. The patient's "Decline all requests from unverified entries".
 */
export function planDeclineAll(consent: Address, requests: readonly Pick<AccessRequest, "requestId">[]) {
  if (requests.length === 0) return null;
  if (requests.length > DECLINE_BATCH) requests = requests.slice(0, DECLINE_BATCH);
  const calls = requests.map((r) => encodeCall(consentCall(consent, "denyRequest", [r.requestId])));
  return calls.length === 1
    ? consentCall(consent, "denyRequest", [requests[0].requestId])
    : multicallOf(consent, calls);
}

/**
 * The clinician's request to `patient` still waiting for an answer, if any (the contract refuses a
 * second one until it is answered, withdrawn or lapses): the form shows it and offers "Withdraw".
 */
export const pendingRequestTo = (mine: readonly AccessRequest[], patient: Address) =>
  mine.find((r) => r.status === "pending" && isAddressEqual(r.patient, patient)) ?? null;

/**
 * The clinician's pending request in their words: "Your request to read their lab results and
 * medications for treatment, for 30 days, is waiting for their answer (it lapses on 31 Dec 2026)."
 */
export function describeMyPendingRequest(
  request: Pick<AccessRequest, "categories" | "purposes" | "durationSeconds" | "write" | "requestExpiresAt">,
): string {
  const what = listInWords(request.categories.map((c) => CATEGORY_LABEL[c]));
  const why = listInWords(request.purposes.map((p) => CLINICIAN_PURPOSE_LABEL[p]));
  const write = request.write ? " and to add notes (and records of these kinds)" : "";
  return (
    `Your request to read their ${what} for ${why}${write}, for ${durationInWords(request.durationSeconds)}, ` +
    `is waiting for their answer (it lapses on ${formatDate(request.requestExpiresAt)}).`
  );
}

/**
 * Why `requester` cannot ask `patient` now (a request of theirs is still pending on chain: the
 * contract would refuse a second), or null. Checked before anything is sealed or stored.
 */
export async function pendingRequestProblem(
  client: Pick<PublicClient, "readContract">,
  consent: Address,
  requester: Address,
  patient: Address,
): Promise<string | null> {
  const open = await consentReader(client, consent).openRequestOf(requester, patient);
  return open === 0n ? null : revertSentence("RequestPending");
}

// ------------------------------------------------------------------ durations

const HOUR = 3600;
const DAY = 24 * HOUR;

/** How long a clinician may ask for: the grant form's presets, except "until revoked". */
export const REQUEST_DURATIONS = ["thisVisit", "days30", "year1"] as const satisfies readonly ExpiryPreset[];
export type RequestDuration = (typeof REQUEST_DURATIONS)[number];

export const REQUEST_DURATION_SECONDS: Record<RequestDuration, number> = {
  thisVisit: DAY,
  days30: 30 * DAY,
  year1: 365 * DAY,
};

/** "24 hours", "30 days", "1 year", "3 hours". */
export function durationInWords(seconds: number): string {
  if (seconds === 365 * DAY) return "1 year";
  if (seconds % DAY === 0 && seconds >= 2 * DAY) return `${seconds / DAY} days`;
  if (seconds % HOUR === 0) return seconds === HOUR ? "1 hour" : `${seconds / HOUR} hours`;
  const minutes = Math.max(1, Math.round(seconds / 60));
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

/**
 * What a request asks, in a patient's words: "Dr. Rivera, Riverside Clinic (verified) asks to read
 * your lab results and medications for your treatment, for 30 days". An unlisted requester is
 * named by address and "not in the directory".
 */
export function describeRequest(
  request: Pick<
    AccessRequest,
    "requester" | "requesterEntry" | "categories" | "purposes" | "durationSeconds" | "write"
  >,
): string {
  const entry = request.requesterEntry;
  const who = entry
    ? `${entry.name} (${entry.verified ? "verified" : "not verified"})`
    : `${request.requester} (not in the directory)`;
  const what = listInWords(request.categories.map((c) => CATEGORY_LABEL[c]));
  const why = listInWords(request.purposes.map((p) => PURPOSE_LABEL[p]));
  const write = request.write ? ", and to add notes (and other records of these kinds) to your records" : "";
  return `${who} asks to read your ${what} for ${why}, for ${durationInWords(request.durationSeconds)}${write}`;
}

/** The patient's answer as the clinician's list shows it. */
export const REQUESTER_STATUS_LABEL: Record<RequestStatus, string> = {
  pending: "Waiting for the patient",
  approved: "Approved",
  denied: "Denied",
  withdrawn: "You withdrew it",
  expired: "Expired without an answer",
};

/** Where an earlier request stands, in the patient's list. */
export const PATIENT_REQUEST_STATUS_LABEL: Record<RequestStatus, string> = {
  pending: "Waiting for your answer",
  approved: "You approved it (you may have approved less than asked)",
  denied: "You denied it",
  withdrawn: "They withdrew it",
  expired: "Lapsed without an answer",
};

// ---------------------------------------------------------------- approving

/**
 * The expiries a patient may approve a request with: as asked (now + the asked duration), or a
 * shorter preset. `now` is the chain's latest block time (what the contract checks against).
 */
export function approvalExpiries(
  request: Pick<AccessRequest, "durationSeconds">,
  now: Date,
): { id: string; label: string; expiresAt: Date }[] {
  const asked = new Date((Math.floor(now.getTime() / 1000) + request.durationSeconds) * 1000);
  const shorter = REQUEST_DURATIONS.filter(
    (preset) => REQUEST_DURATION_SECONDS[preset] < request.durationSeconds,
  ).map((preset) => ({
    id: preset,
    label: EXPIRY_PRESET_LABEL[preset],
    expiresAt: expiresAtFor(preset, now),
  }));
  return [
    { id: "asked", label: `As asked: ${durationInWords(request.durationSeconds)}`, expiresAt: asked },
    ...shorter,
  ];
}

/**
 * Why an approval would exceed the request (the contract's `ExceedsRequest`), as a sentence, or
 * null when it is within it: only categories and purposes asked for, at least one of each, an
 * expiry no later than `now` + the duration asked, and writing only if asked.
 */
export function approvalProblem(
  request: Pick<AccessRequest, "categories" | "purposes" | "durationSeconds" | "write">,
  choice: { categories: readonly Category[]; purposes: readonly Purpose[]; expiresAt: Date; write?: boolean },
  now: Date,
): string | null {
  if (choice.categories.length === 0 || choice.purposes.length === 0)
    return "Choose at least one kind of record and one purpose.";
  if (categoryMask(choice.categories) & ~categoryMask(request.categories))
    return "You can share only the kinds of record they asked for, or fewer.";
  if (purposeMask(choice.purposes) & ~purposeMask(request.purposes))
    return "You can allow only the purposes they asked for, or fewer.";
  if (choice.expiresAt.getTime() > now.getTime() + request.durationSeconds * 1000)
    return "You can allow access for as long as they asked, or shorter.";
  if (choice.write && !request.write) return "They did not ask to add records.";
  return null;
}

// ------------------------------------------------------------------ asking

/** A clinician's request as the form collects it. */
export type RequestChoice = {
  categories: readonly Category[];
  purposes: readonly Purpose[];
  durationSeconds: number;
  write: boolean;
  reason: string;
};

/** The patient's registered encryption public key, or null when the address has none. */
export async function patientKeyOf(
  client: Pick<PublicClient, "readContract">,
  directory: Address,
  patient: Address,
): Promise<Uint8Array | null> {
  const key: Hex = await client.readContract({
    address: directory,
    abi: directoryAbi,
    functionName: "patientKeyOf",
    args: [patient],
  });
  return /^0x0*$/.test(key) ? null : hexToBytes(key);
}

/**
 * Checks who a clinician wants to ask: a well-formed address, not their own, of a patient with
 * a CareKeys key (the reason is sealed for it). Returns the patient and their key, or a sentence.
 */
export async function requestTarget(
  client: Pick<PublicClient, "readContract">,
  directory: Address,
  typed: string,
  me: Address,
): Promise<{ patient: Address; patientKey: Uint8Array } | { error: string }> {
  if (!typed.trim()) return { error: "Enter the patient's account address (it starts with 0x)." };
  const parsed = parsePatientAddress(typed);
  if ("error" in parsed) return parsed;
  if (isAddressEqual(parsed.address, me)) return { error: "That is your own address: enter the patient's." };
  const patientKey = await patientKeyOf(client, directory, parsed.address);
  if (!patientKey)
    return {
      error:
        "This address has no CareKeys patient key yet, so a request cannot be sent to it. Ask the patient to set up CareKeys first, or check the address.",
    };
  return { patient: parsed.address, patientKey };
}

/** What a request needs: its reason sealed for the patient (upload first), then one transaction. */
export type RequestPlan = { uploads: Car[]; call: ContractCall };

/**
 * Plans a request: the reason sealed for the patient's key (a `request-reason` sealed note: the
 * words never leave this device in plain text) as a CAR for the upload route, and the one
 * `requestAccess` call naming its CID. Refuses an empty or over-long reason or scope with a sentence.
 */
export async function planRequest(input: {
  chainId: number;
  consent: Address;
  requester: Address;
  patient: Address;
  patientKey: Uint8Array;
  choice: RequestChoice;
}): Promise<RequestPlan> {
  const { choice } = input;
  if (choice.categories.length === 0) throw new NoteError("Choose at least one kind of record.");
  if (choice.purposes.length === 0) throw new NoteError("Choose at least one purpose.");
  if (!(choice.durationSeconds > 0)) throw new NoteError("Choose how long you need access.");
  const note = await sealNote(choice.reason, {
    chainId: input.chainId,
    consent: input.consent,
    kind: "request-reason",
    from: input.requester,
    to: input.patient,
    toPublicKey: input.patientKey,
  });
  const car = await buildCar(note);
  return {
    uploads: [car],
    call: consentCall(input.consent, "requestAccess", [
      input.patient,
      categoryMask(choice.categories),
      purposeMask(choice.purposes),
      choice.durationSeconds,
      choice.write,
      cidToBytes(car.cid.toString()),
    ]),
  };
}

/**
 * The patient reads a request's reason: fetched (verified against its CID) and opened with the
 * patient's identity key. `{ text }`, or `{ error }` with a sentence when it cannot be fetched or
 * opened (a note written for another request, sender or key does not open).
 */
export async function readRequestReason(input: {
  gatewayUrl: string;
  chainId: number;
  consent: Address;
  request: Pick<AccessRequest, "reasonCid" | "requester" | "patient">;
  privateKey: Uint8Array;
}): Promise<{ text: string } | { error: string }> {
  const cid = input.request.reasonCid;
  if (cid === null) return { error: "This request names no valid reason, so there is nothing to show." };
  let bytes: Uint8Array;
  try {
    bytes = await fetchVerified(input.gatewayUrl, cid);
  } catch {
    return { error: "The reason could not be fetched right now. Try again in a moment." };
  }
  try {
    const text = await openNote(
      bytes,
      {
        chainId: input.chainId,
        consent: input.consent,
        from: input.request.requester,
        to: input.request.patient,
        kind: "request-reason",
      },
      input.privateKey,
    );
    return { text };
  } catch (error) {
    if (error instanceof NoteError) return { error: `The reason could not be opened. ${error.message}` };
    throw error;
  }
}
