import { CID } from "multiformats/cid";
import { type Address, getAddress, type Hex, hexToBytes, type PublicClient } from "viem";
import { consentReader } from "../consent/consent";
import { consentRegistryAbi, directoryAbi } from "../contracts/generated";

/**
 * Something on chain that points to a CID. `current` says whether it still needs the object:
 * a record not superseded, the latest keyring of a patient for a grantee, a request's reason,
 * the latest profile metadata or model artifact of a participant (a proposed profile change
 * counts as current until replaced). A reference that is not current says in `endedAtBlock` the
 * block where it ended (its record's `RecordSuperseded`, the next keyring for the same patient and
 * grantee, the next profile or artifact of the participant), when the events show it.
 */
export type Reference =
  | { kind: "record"; patient: Address; recordId: Hex; current: boolean; endedAtBlock?: bigint }
  | { kind: "keyring"; patient: Address; grantee: Address; current: boolean; endedAtBlock?: bigint }
  | { kind: "request reason"; patient: Address; grantee: Address; current: true; endedAtBlock?: undefined }
  | { kind: "profile" | "artifact"; participant: Address; current: boolean; endedAtBlock?: bigint };

type Client = Pick<PublicClient, "getContractEvents" | "readContract">;
export type Contracts = { consent: Address; directory: Address };

/** The CID in the form references are compared in (CIDv1), or null when `text` is not a CID. */
export function normalizeCid(text: string): string | null {
  try {
    return CID.parse(text).toV1().toString();
  } catch {
    return null;
  }
}

const fromBytes = (bytes: Hex | undefined) => {
  try {
    return bytes ? CID.decode(hexToBytes(bytes)).toV1().toString() : null;
  } catch {
    return null;
  }
};

type Pointer = { key: string; cid: string | null; order: bigint };
const ORDER_SCALE = 1_000_000n;
const orderOf = (log: { blockNumber: bigint | null; logIndex: number | null }) =>
  (log.blockNumber ?? 0n) * ORDER_SCALE + BigInt(log.logIndex ?? 0);

/**
 * For each key, the CID its last pointer names (the pointers of one kind: keyrings, profiles,
 * artifacts), and the block where the last pointer of a key to `cid` was followed by another.
 */
function pointerTimeline(pointers: Pointer[], cid: string) {
  const sorted = [...pointers].sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  const latest = new Map<string, string | null>();
  const endedAt = new Map<string, bigint>();
  const lastToCid = new Set<string>();
  for (const p of sorted) {
    if (lastToCid.has(p.key) && p.cid !== cid) {
      endedAt.set(p.key, p.order / ORDER_SCALE);
      lastToCid.delete(p.key);
    }
    if (p.cid === cid) lastToCid.add(p.key);
    latest.set(p.key, p.cid);
  }
  return { latest, endedAt };
}

type Log = { args: Record<string, unknown>; blockNumber: bigint | null; logIndex: number | null };
/** The registry's and the Directory's events `referencesIn` reads: fetch once, ask for many CIDs. */
export type ReferenceEvents = Record<
  | "anchored"
  | "superseded"
  | "keyrings"
  | "granted"
  | "requested"
  | "registered"
  | "updated"
  | "proposed"
  | "artifacts",
  Log[]
>;

/** Every event `referencesIn` needs (RPC logs from block 0; an indexer takes this place in production). */
export async function referenceEvents(client: Client, contracts: Contracts): Promise<ReferenceEvents> {
  const events = <N extends string>(
    address: Address,
    abi: typeof consentRegistryAbi | typeof directoryAbi,
    eventName: N,
  ) =>
    client.getContractEvents({ address, abi, eventName, fromBlock: 0n } as Parameters<
      Client["getContractEvents"]
    >[0]) as Promise<Log[]>;
  const { consent, directory } = contracts;
  const [anchored, superseded, keyrings, granted, requested, registered, updated, proposed, artifacts] =
    await Promise.all([
      events(consent, consentRegistryAbi, "RecordsAnchored"),
      events(consent, consentRegistryAbi, "RecordSuperseded"),
      events(consent, consentRegistryAbi, "KeyringPublished"),
      events(consent, consentRegistryAbi, "AccessGranted"),
      events(consent, consentRegistryAbi, "AccessRequested"),
      events(directory, directoryAbi, "ParticipantRegistered"),
      events(directory, directoryAbi, "ProfileUpdated"),
      events(directory, directoryAbi, "ProfileChangeProposed"),
      events(directory, directoryAbi, "ModelArtifactSet"),
    ]);
  return { anchored, superseded, keyrings, granted, requested, registered, updated, proposed, artifacts };
}

/**
 * Every on-chain reference to `cid` (normalized), from the registry's and the Directory's
 * events (RPC logs from block 0; an indexer takes this place in production) and, for records,
 * `recordOf`.
 */
export async function referencesTo(client: Client, contracts: Contracts, cid: string): Promise<Reference[]> {
  return referencesIn(await referenceEvents(client, contracts), client, contracts, cid);
}

/** `referencesTo` on events already fetched (`referenceEvents`). */
export async function referencesIn(
  events: ReferenceEvents,
  client: Client,
  contracts: Contracts,
  cid: string,
): Promise<Reference[]> {
  const { anchored, superseded, keyrings, granted, requested, registered, updated, proposed, artifacts } =
    events;
  const { consent } = contracts;
  const references: Reference[] = [];
  const reader = consentReader(client, consent);
  for (const e of anchored) {
    const patient = getAddress(e.args.patient as Address);
    for (const r of e.args.records as { recordId: Hex; cid: Hex }[]) {
      if (fromBytes(r.cid) !== cid) continue;
      const state = await reader.recordOf(patient, r.recordId);
      const ended = state.superseded
        ? superseded.find(
            (s) => getAddress(s.args.patient as Address) === patient && s.args.recordId === r.recordId,
          )
        : undefined;
      references.push({
        kind: "record",
        patient,
        recordId: r.recordId,
        current: !state.superseded,
        ...(ended?.blockNumber != null && { endedAtBlock: ended.blockNumber }),
      });
    }
  }
  const pair = (e: { args: Record<string, unknown> }) =>
    `${getAddress(e.args.patient as Address)}:${getAddress(e.args.grantee as Address)}`;
  const keyringPointers = [...keyrings, ...granted].map((e) => ({
    key: pair(e),
    cid: fromBytes(e.args.keyringCid as Hex),
    order: orderOf(e),
  }));
  const { latest: latestKeyring, endedAt: keyringEnded } = pointerTimeline(keyringPointers, cid);
  for (const p of keyringPointers) {
    if (p.cid !== cid) continue;
    const [patient, grantee] = p.key.split(":") as [Address, Address];
    if (references.some((r) => r.kind === "keyring" && `${r.patient}:${r.grantee}` === p.key)) continue;
    // A keyring given to someone else stays stored for good (about 0.6 kB a kind): the party may
    // have kept it, and the patient's sealing check reads every keyring a party was ever given to
    // know which keys it holds. A missing one counts as holding the current keys, so deleting it
    // made every later upload of its kinds replace the keys again (review R1). The patient's own
    // replaced keyrings go after the grace.
    const current = latestKeyring.get(p.key) === cid || patient !== grantee;
    const endedAtBlock = current ? undefined : keyringEnded.get(p.key);
    references.push({
      kind: "keyring",
      patient,
      grantee,
      current,
      ...(endedAtBlock !== undefined && { endedAtBlock }),
    });
  }
  for (const e of requested) {
    if (fromBytes(e.args.reasonCid as Hex) !== cid) continue;
    references.push({
      kind: "request reason",
      patient: getAddress(e.args.patient as Address),
      grantee: getAddress(e.args.grantee as Address),
      current: true,
    });
  }
  const directoryRefs = (
    kind: "profile" | "artifact",
    logs: typeof registered,
    field: string,
    alwaysCurrent: boolean,
  ) => {
    const pointers = logs.map((e) => ({
      key: getAddress((e.args.participant ?? e.args.model) as Address),
      cid: normalizeCid(String(e.args[field] ?? "")),
      order: orderOf(e),
    }));
    const { latest, endedAt } = pointerTimeline(pointers, cid);
    for (const p of pointers) {
      if (p.cid !== cid) continue;
      const current = alwaysCurrent || latest.get(p.key) === cid;
      const endedAtBlock = current ? undefined : endedAt.get(p.key);
      references.push({
        kind,
        participant: p.key as Address,
        current,
        ...(endedAtBlock !== undefined && { endedAtBlock }),
      });
    }
  };
  directoryRefs("profile", [...registered, ...updated], "metadataCid", false);
  directoryRefs("profile", proposed, "metadataCid", true);
  directoryRefs("artifact", artifacts, "artifactCid", false);
  return references;
}
