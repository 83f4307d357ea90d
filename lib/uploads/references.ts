import { CID } from "multiformats/cid";
import { type Address, getAddress, type Hex, hexToBytes, type PublicClient } from "viem";
import { consentReader } from "../consent/consent";
import { consentRegistryAbi, directoryAbi } from "../contracts/generated";

/**
 * Something on chain that points to a CID. `current` says whether it still needs the object:
 * a record not superseded, the latest keyring of a patient for a grantee, a request's reason,
 * the latest profile metadata or model artifact of a participant (a proposed profile change
 * counts as current until replaced).
 */
export type Reference =
  | { kind: "record"; patient: Address; recordId: Hex; current: boolean }
  | { kind: "keyring"; patient: Address; grantee: Address; current: boolean }
  | { kind: "request reason"; patient: Address; grantee: Address; current: true }
  | { kind: "profile" | "artifact"; participant: Address; current: boolean };

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
const orderOf = (log: { blockNumber: bigint | null; logIndex: number | null }) =>
  (log.blockNumber ?? 0n) * 1_000_000n + BigInt(log.logIndex ?? 0);

/** For each key, the CID its last pointer names (the pointers of one kind: keyrings, profiles, artifacts). */
function latestByKey(pointers: Pointer[]): Map<string, string | null> {
  const latest = new Map<string, Pointer>();
  for (const p of pointers) {
    const seen = latest.get(p.key);
    if (!seen || p.order > seen.order) latest.set(p.key, p);
  }
  return new Map([...latest].map(([key, p]) => [key, p.cid]));
}

/**
 * Every on-chain reference to `cid` (normalized), from the registry's and the Directory's
 * events (RPC logs from block 0; an indexer takes this place in production) and, for records,
 * `recordOf`.
 */
export async function referencesTo(client: Client, contracts: Contracts, cid: string): Promise<Reference[]> {
  const events = <N extends string>(
    address: Address,
    abi: typeof consentRegistryAbi | typeof directoryAbi,
    eventName: N,
  ) =>
    client.getContractEvents({ address, abi, eventName, fromBlock: 0n } as Parameters<
      Client["getContractEvents"]
    >[0]) as Promise<
      { args: Record<string, unknown>; blockNumber: bigint | null; logIndex: number | null }[]
    >;
  const { consent, directory } = contracts;
  const [anchored, keyrings, granted, requested, registered, updated, proposed, artifacts] =
    await Promise.all([
      events(consent, consentRegistryAbi, "RecordsAnchored"),
      events(consent, consentRegistryAbi, "KeyringPublished"),
      events(consent, consentRegistryAbi, "AccessGranted"),
      events(consent, consentRegistryAbi, "AccessRequested"),
      events(directory, directoryAbi, "ParticipantRegistered"),
      events(directory, directoryAbi, "ProfileUpdated"),
      events(directory, directoryAbi, "ProfileChangeProposed"),
      events(directory, directoryAbi, "ModelArtifactSet"),
    ]);
  const references: Reference[] = [];
  const reader = consentReader(client, consent);
  for (const e of anchored) {
    const patient = getAddress(e.args.patient as Address);
    for (const r of e.args.records as { recordId: Hex; cid: Hex }[]) {
      if (fromBytes(r.cid) !== cid) continue;
      const { superseded } = await reader.recordOf(patient, r.recordId);
      references.push({ kind: "record", patient, recordId: r.recordId, current: !superseded });
    }
  }
  const pair = (e: { args: Record<string, unknown> }) =>
    `${getAddress(e.args.patient as Address)}:${getAddress(e.args.grantee as Address)}`;
  const keyringPointers = [...keyrings, ...granted].map((e) => ({
    key: pair(e),
    cid: fromBytes(e.args.keyringCid as Hex),
    order: orderOf(e),
  }));
  const latestKeyring = latestByKey(keyringPointers);
  for (const p of keyringPointers) {
    if (p.cid !== cid) continue;
    const [patient, grantee] = p.key.split(":") as [Address, Address];
    if (references.some((r) => r.kind === "keyring" && `${r.patient}:${r.grantee}` === p.key)) continue;
    references.push({ kind: "keyring", patient, grantee, current: latestKeyring.get(p.key) === cid });
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
    const latest = latestByKey(pointers);
    for (const p of pointers)
      if (p.cid === cid)
        references.push({
          kind,
          participant: p.key as Address,
          current: alwaysCurrent || latest.get(p.key) === cid,
        });
  };
  directoryRefs("profile", [...registered, ...updated], "metadataCid", false);
  directoryRefs("profile", proposed, "metadataCid", true);
  directoryRefs("artifact", artifacts, "artifactCid", false);
  return references;
}
