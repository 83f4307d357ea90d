import { type Address, getAddress, type Hex, hexToBytes, type PublicClient } from "viem";
import { directoryAbi } from "../contracts/generated";
import { PARTICIPANT_KIND } from "../directory/kinds";
import { visibleName } from "../text/visible";

/** A provider or AI model in the Directory, as the sharing screens show it. */
export type DirectoryEntry = {
  address: Address;
  kind: "provider" | "model";
  /** Display name as the Directory shows it now (for a verified entry: the attested one). */
  name: string;
  /** A verifier attests the entry as it stands now. Unverified entries need an explicit extra confirmation. */
  verified: boolean;
  /** Identity revision: +1 for every new encryption key or model artifact. A grant is bound to it. */
  identity: number;
  /** X25519 public key category keys are wrapped for (bytes32 hex). */
  encryptionKey: Hex;
  /** Which of the participant's published encryption keys this is: 1 at registration, +1 per new key. */
  keyVersion: number;
  /** CID of the provider profile or model card on IPFS. */
  profileCid: string;
  /** Models only: artifact CID and version (their identity). */
  artifactCid?: string;
  modelVersion?: string;
};

/** What to tell a patient about an unverified entry before they share with it. */
export const UNVERIFIED_WARNING =
  "No CareKeys verifier has checked this entry: anyone can register under any name. Share only if you know " +
  "this address belongs to the person or clinic you mean.";

type Client = Pick<PublicClient, "getContractEvents" | "readContract">;

/** A check mark claimed in the text ("✓ Verified"): only the badge may say that. */
const CHECK_MARKS = /[\u2705\u2611\u2713\u2714\u{1F5F8}\u{1F5F9}]/gu;
/** "(verified)", "[Verified clinician]": a bracketed claim of being verified. */
const BRACKETED_CLAIM = /[([{][^()[\]{}]*\bverified\b[^()[\]{}]*[)\]}]/giu;
/** A trailing "verified" ("... Clinic - Verified") once a check mark before it is gone. */
const TRAILING_CLAIM = /[\s,;:|\-\u2013\u2014]*\bverified\b[\s.!]*$/iu;

/**
 * A Directory name as the app shows it, everywhere (listDirectory applies it): the contract
 * accepts any text, so invisible and bidi-override characters are removed (`visibleName`), spaces collapsed,
 * and a claimed "(verified)" or "✓ Verified" is dropped from the name: the badge beside it, from
 * the Directory's attestation, is the only mark of a verified entry.
 */
export function displayName(raw: string): string {
  const name = visibleName(raw)
    .replace(CHECK_MARKS, " ")
    .replace(BRACKETED_CLAIM, " ")
    .replace(/\s+/gu, " ")
    .trim()
    .replace(TRAILING_CLAIM, "")
    .trim();
  return name || "(no name)";
}

/**
 * Every provider and model in the Directory at `directory`: the accounts from its
 * `ParticipantRegistered` events, each entry as `participantOf` returns it now, and its key
 * version from its `EncryptionKeyChanged` events. Sorted verified first, then by name.
 */
export async function listDirectory(client: Client, directory: Address): Promise<DirectoryEntry[]> {
  const [registered, keyChanges] = await Promise.all([
    client.getContractEvents({
      address: directory,
      abi: directoryAbi,
      eventName: "ParticipantRegistered",
      fromBlock: 0n,
    }),
    client.getContractEvents({
      address: directory,
      abi: directoryAbi,
      eventName: "EncryptionKeyChanged",
      fromBlock: 0n,
    }),
  ]);
  const keyChangesOf = new Map<Address, number>();
  for (const event of keyChanges) {
    const who = getAddress(event.args.participant!);
    keyChangesOf.set(who, (keyChangesOf.get(who) ?? 0) + 1);
  }
  const accounts = [...new Set(registered.map((event) => getAddress(event.args.participant!)))];
  const entries = await Promise.all(
    accounts.map(async (address): Promise<DirectoryEntry | null> => {
      const p = await client.readContract({
        address: directory,
        abi: directoryAbi,
        functionName: "participantOf",
        args: [address],
      });
      if (p.kind === PARTICIPANT_KIND.None) return null;
      const isModel = p.kind === PARTICIPANT_KIND.Model;
      return {
        address,
        kind: isModel ? "model" : "provider",
        name: displayName(p.name),
        verified: p.verified,
        identity: p.identity,
        encryptionKey: p.encryptionKey,
        keyVersion: 1 + (keyChangesOf.get(address) ?? 0),
        profileCid: p.metadataCid,
        ...(isModel ? { artifactCid: p.artifactCid, modelVersion: p.version } : {}),
      };
    }),
  );
  return entries
    .filter((entry): entry is DirectoryEntry => entry !== null)
    .sort((a, b) => Number(b.verified) - Number(a.verified) || a.name.localeCompare(b.name));
}

/**
 * The entries matching what a person typed: every word in the name (any case, any order), or
 * the start of the address (with or without 0x). An empty query matches everything.
 */
export function searchDirectory(entries: readonly DirectoryEntry[], query: string): DirectoryEntry[] {
  const text = query.trim().toLowerCase();
  if (!text) return [...entries];
  const hex = text.startsWith("0x") ? text.slice(2) : text;
  const words = text.split(/\s+/);
  return entries.filter((entry) => {
    if (/^[0-9a-f]{4,40}$/.test(hex) && entry.address.slice(2).toLowerCase().startsWith(hex)) return true;
    const name = entry.name.toLowerCase();
    return words.every((word) => name.includes(word));
  });
}

/** The entry's encryption key as bytes, for wrapping keys for it. */
export const encryptionKeyBytes = (entry: Pick<DirectoryEntry, "encryptionKey">): Uint8Array =>
  hexToBytes(entry.encryptionKey);
