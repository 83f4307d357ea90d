import type { KuboRPCClient } from "kubo-rpc-client";
import { CID } from "multiformats/cid";
import { type Address, getAddress, isAddress } from "viem";
import { readHeader } from "../crypto/envelope";
import { KEYRING_SCHEMA } from "../records/keyring";
import { SEALED_NOTE_SCHEMA } from "../sharing/sealedNote";
import type { Reference } from "./references";

/** How much of an object is read to find whom it is bound to (headers and keyrings are small). */
const READ_BYTES = 1024 * 1024;

/**
 * The account a stored object is bound to by its own format, or undefined when its format binds
 * none (public metadata): a record envelope names its patient in its header, a keyring its patient,
 * a sealed note its sender. Read from the node's own copy.
 */
export async function ownerOfObject(
  ipfs: Pick<KuboRPCClient, "cat">,
  cid: string,
): Promise<Address | undefined> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for await (const chunk of ipfs.cat(CID.parse(cid), { length: READ_BYTES })) {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= READ_BYTES) break;
    }
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk.subarray(0, Math.min(chunk.length, length - offset)), offset);
    offset += chunk.length;
  }
  return ownerOfBytes(bytes);
}

/** {@link ownerOfObject} on bytes already read. */
export function ownerOfBytes(bytes: Uint8Array): Address | undefined {
  try {
    const { header } = readHeader(bytes);
    return isAddress(header.patient) ? getAddress(header.patient) : undefined;
  } catch {
    // not an envelope
  }
  try {
    const json = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    const field =
      json.schema === KEYRING_SCHEMA
        ? json.patient
        : json.schema === SEALED_NOTE_SCHEMA
          ? json.from
          : undefined;
    return typeof field === "string" && isAddress(field) ? getAddress(field) : undefined;
  } catch {
    return undefined;
  }
}

/** Whose use of the object a reference is: the account that put the pointer on chain. */
export function referrerOf(reference: Reference): Address {
  switch (reference.kind) {
    case "record":
    case "keyring":
      return reference.patient;
    case "request reason":
      return reference.grantee;
    default:
      return reference.participant;
  }
}

/**
 * The references that can need an object bound to `owner`: only the owner's own pointers. An
 * envelope sealed for one patient is no record of anyone else's, so a stranger who anchors its
 * CID under their own account (the CIDs are public) cannot keep a deleted record stored.
 */
export const referencesOfOwner = (references: Reference[], owner: Address | undefined) =>
  owner === undefined ? references : references.filter((r) => referrerOf(r) === owner);
