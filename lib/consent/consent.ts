import { CID } from "multiformats/cid";
import {
  type Address,
  encodeFunctionData,
  type Hex,
  hexToBytes,
  type Log,
  type PublicClient,
  parseEventLogs,
  toHex,
} from "viem";
import { describeError } from "../contracts/errors";
import { consentRegistryAbi } from "../contracts/generated";
import { type CallClient, sendCall } from "../contracts/sendCall";
import {
  CATEGORY,
  type Category,
  categoriesIn,
  categoryMask,
  PURPOSE,
  type Purpose,
  purposeMask,
  purposesIn,
} from "./codes";

/** What a patient grants, in the app's words. */
export type GrantTerms = {
  grantee: Address;
  categories: readonly Category[];
  purposes: readonly Purpose[];
  expiresAt: Date;
  write?: boolean;
  allowUnverified?: boolean;
  /** CID of the grantee's keyring on IPFS. */
  keyringCid: string;
};

/** The terms as the contract takes them (`IConsentRegistry.GrantTerms`). */
export function toChainTerms(terms: GrantTerms) {
  return {
    grantee: terms.grantee,
    categories: categoryMask(terms.categories),
    purposes: purposeMask(terms.purposes),
    expiresAt: BigInt(Math.floor(terms.expiresAt.getTime() / 1000)),
    write: terms.write ?? false,
    allowUnverified: terms.allowUnverified ?? false,
    keyringCid: cidToBytes(terms.keyringCid),
  };
}

export const cidToBytes = (cid: string): Hex => toHex(CID.parse(cid).bytes);
export const cidFromBytes = (bytes: Hex): string => CID.decode(hexToBytes(bytes)).toString();

export type RecordAnchor = { patient: Address; recordId: Hex; cid: string; contentHash: Hex };

/**
 * The `multicall` data that anchors several records in one transaction (one `anchorRecord`
 * each). Used by the app's uploader, the demo seed and the writer below.
 */
export function anchorRecordsCalls(records: readonly RecordAnchor[]): Hex[] {
  return records.map((r) =>
    encodeFunctionData({
      abi: consentRegistryAbi,
      functionName: "anchorRecord",
      args: [r.patient, r.recordId, cidToBytes(r.cid), r.contentHash],
    }),
  );
}

/** A failed consent call, with the sentence to show a person. */
export class ConsentError extends Error {
  constructor(cause: unknown) {
    super(describeError(cause), { cause });
    this.name = "ConsentError";
  }
}

type Reader = Pick<PublicClient, "readContract">;

/** Reads of the ConsentRegistry at `address`. */
export function consentReader(client: Reader, address: Address) {
  const read = <T>(functionName: string, args: readonly unknown[]) =>
    client.readContract({ address, abi: consentRegistryAbi, functionName, args } as Parameters<
      Reader["readContract"]
    >[0]) as Promise<T>;
  return {
    canAccess: (patient: Address, grantee: Address, category: Category, purpose: Purpose) =>
      read<boolean>("canAccess", [patient, grantee, CATEGORY[category], PURPOSE[purpose]]),
    canWrite: (patient: Address, author: Address, category: Category) =>
      read<boolean>("canWrite", [patient, author, CATEGORY[category]]),
    grantOf: async (patient: Address, grantee: Address) => {
      const [grant, inForce] = await read<
        [{ categories: number; purposes: number; expiresAt: bigint; write: boolean; epoch: bigint }, boolean]
      >("grantOf", [patient, grantee]);
      return {
        categories: categoriesIn(grant.categories),
        purposes: purposesIn(grant.purposes),
        expiresAt: new Date(Number(grant.expiresAt) * 1000),
        write: grant.write,
        epoch: grant.epoch,
        inForce,
      };
    },
    nonceOf: (patient: Address) => read<bigint>("nonces", [patient]),
    epochOf: (patient: Address) => read<bigint>("epochOf", [patient]),
  };
}

/**
 * Writes to the ConsentRegistry at `address`, each as simulate -> send -> wait for the
 * receipt. A revert or a refusal becomes a {@link ConsentError} with a plain sentence; a
 * success returns the receipt and the decoded events.
 */
export function consentWriter(client: CallClient, address: Address) {
  async function send(functionName: string, args: readonly unknown[]) {
    try {
      const receipt = await sendCall(client, { address, abi: consentRegistryAbi, functionName, args });
      return { receipt, events: decodeConsentEvents(receipt.logs) };
    } catch (error) {
      throw new ConsentError(error);
    }
  }
  return {
    grant: (terms: GrantTerms) => send("grant", [toChainTerms(terms)]),
    revoke: (grantee: Address) => send("revoke", [grantee]),
    revokeAll: () => send("revokeAll", []),
    publishKeyring: (grantee: Address, keyringCid: string) =>
      send("publishKeyring", [grantee, cidToBytes(keyringCid)]),
    requestAccess: (request: {
      patient: Address;
      categories: readonly Category[];
      purposes: readonly Purpose[];
      durationSeconds: number;
      reasonCid: string;
    }) =>
      send("requestAccess", [
        request.patient,
        categoryMask(request.categories),
        purposeMask(request.purposes),
        request.durationSeconds,
        cidToBytes(request.reasonCid),
      ]),
    approveRequest: (requestId: bigint, terms: GrantTerms) =>
      send("approveRequest", [requestId, toChainTerms(terms)]),
    denyRequest: (requestId: bigint) => send("denyRequest", [requestId]),
    anchorRecord: (record: RecordAnchor) =>
      send("anchorRecord", [record.patient, record.recordId, cidToBytes(record.cid), record.contentHash]),
    /** Anchors several records in one transaction. */
    anchorRecords: (records: readonly RecordAnchor[]) => send("multicall", [anchorRecordsCalls(records)]),
    logAccess: (receipt: { patient: Address; recordIds: readonly Hex[]; purpose: Purpose }) =>
      send("logAccess", [receipt.patient, receipt.recordIds, PURPOSE[receipt.purpose]]),
    grantBySig: (signed: { patient: Address; terms: GrantTerms; deadline: bigint; signature: Hex }) =>
      send("grantBySig", [signed.patient, toChainTerms(signed.terms), signed.deadline, signed.signature]),
    revokeBySig: (signed: { patient: Address; grantee: Address; deadline: bigint; signature: Hex }) =>
      send("revokeBySig", [signed.patient, signed.grantee, signed.deadline, signed.signature]),
  };
}

/** The registry's events in a list of logs (others are skipped), with their arguments decoded. */
export function decodeConsentEvents(logs: Log[]) {
  return parseEventLogs({ abi: consentRegistryAbi, logs });
}
