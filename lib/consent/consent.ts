import { CID } from "multiformats/cid";
import {
  type Address,
  encodePacked,
  type Hex,
  hexToBytes,
  keccak256,
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
  /**
   * The grantee's Directory identity revision the patient saw (`statusOf`): consent is for that
   * key and artifact, and the contract refuses it for any other.
   */
  identity: number;
  /** A provider may add records of these categories (a model's inference grant always writes AI results only). */
  write?: boolean;
  /** The first accepted read receipt ends the grant ("run this model once"). */
  oneShot?: boolean;
  allowUnverified?: boolean;
  /** CID of the grantee's keyring on IPFS. */
  keyringCid: string;
};

/**
 * Where a grant stands, as `IConsentRegistry.GrantStatus` orders it: `suspended` while a
 * grantee that was verified when granted is not verified; `identityChanged` once it has a new
 * encryption key or model artifact (new consent is needed).
 */
export const GRANT_STATUS = [
  "none",
  "active",
  "expired",
  "allRevoked",
  "identityChanged",
  "suspended",
] as const;
export type GrantStatus = (typeof GRANT_STATUS)[number];

/** A grant as stored on chain, in the app's words. */
export type StoredGrant = {
  categories: Category[];
  purposes: Purpose[];
  expiresAt: Date;
  write: boolean;
  oneShot: boolean;
  /** The grantee was verified when granted: a lapse of verification suspends the grant. */
  requireVerified: boolean;
  epoch: number;
  /** The grantee's Directory identity revision the consent was given to. */
  identity: number;
  /** `issuedAt` of the signed decision in force (null when the patient sent it as a transaction). */
  signedAt: Date | null;
  /** Moves on with every transaction of the patient about this grantee; signatures name it. */
  nonce: number;
};

/** `IConsentRegistry.Grant` as viem decodes it. */
type ChainGrant = Omit<StoredGrant, "categories" | "purposes" | "expiresAt" | "signedAt"> & {
  categories: number;
  purposes: number;
  expiresAt: bigint;
  signedAt: number;
};

const fromChainGrant = (g: ChainGrant): StoredGrant => ({
  ...g,
  categories: categoriesIn(g.categories),
  purposes: purposesIn(g.purposes),
  expiresAt: new Date(Number(g.expiresAt) * 1000),
  signedAt: g.signedAt === 0 ? null : new Date(g.signedAt * 1000),
});

const bits = (word: bigint, shift: number, width: number) =>
  (word >> BigInt(shift)) & ((1n << BigInt(width)) - 1n);

/**
 * The `grant` word of an `AccessGranted` event: the grant exactly as stored, packed (categories
 * bits 0-31, purposes 32-47, expiresAt 48-111, write 112, oneShot 120, requireVerified 128,
 * epoch 136-167, identity 168-199, signedAt 200-239, nonce 240-255; `ConsentRegistry.decodeGrant`).
 */
export function unpackGrant(word: bigint): StoredGrant {
  return fromChainGrant({
    categories: Number(bits(word, 0, 32)),
    purposes: Number(bits(word, 32, 16)),
    expiresAt: bits(word, 48, 64),
    write: bits(word, 112, 8) !== 0n,
    oneShot: bits(word, 120, 8) !== 0n,
    requireVerified: bits(word, 128, 8) !== 0n,
    epoch: Number(bits(word, 136, 32)),
    identity: Number(bits(word, 168, 32)),
    signedAt: Number(bits(word, 200, 40)),
    nonce: Number(bits(word, 240, 16)),
  });
}

/** The terms as the contract takes them (`IConsentRegistry.GrantTerms`). */
export function toChainTerms(terms: GrantTerms) {
  return {
    grantee: terms.grantee,
    categories: categoryMask(terms.categories),
    purposes: purposeMask(terms.purposes),
    expiresAt: BigInt(Math.floor(terms.expiresAt.getTime() / 1000)),
    identity: terms.identity,
    write: terms.write ?? false,
    oneShot: terms.oneShot ?? false,
    allowUnverified: terms.allowUnverified ?? false,
    keyringCid: cidToBytes(terms.keyringCid),
  };
}

export const cidToBytes = (cid: string): Hex => toHex(CID.parse(cid).bytes);
export const cidFromBytes = (bytes: Hex): string => CID.decode(hexToBytes(bytes)).toString();

/** One record to anchor: its id (category in the lowest byte), CID and content commitment. */
export type RecordAnchor = { recordId: Hex; cid: string; contentHash: Hex };

/** The anchors as `anchorRecords` takes them (`IConsentRegistry.RecordAnchor[]`). */
export const toChainAnchors = (records: readonly RecordAnchor[]) =>
  records.map((r) => ({ recordId: r.recordId, contentHash: r.contentHash, cid: cidToBytes(r.cid) }));

/**
 * What the registry stores for a record: keccak256(author ‖ contentHash ‖ CID) with the lowest
 * byte cleared (`ConsentRegistry.recordDigest`). Comparing it with `recordOf` tells whether an
 * anchor is exactly this author's record.
 */
export function recordDigest(author: Address, contentHash: Hex, cid: string): Hex {
  const digest = BigInt(
    keccak256(encodePacked(["address", "bytes32", "bytes"], [author, contentHash, cidToBytes(cid)])),
  );
  return toHex(digest & ~0xffn, { size: 32 });
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
    grantOf: async (patient: Address, grantee: Address): Promise<StoredGrant & { status: GrantStatus }> => {
      const [grant, status] = await read<[ChainGrant, number]>("grantOf", [patient, grantee]);
      return { ...fromChainGrant(grant), status: GRANT_STATUS[status] };
    },
    /**
     * What a signature about this grantee names now (`signatureEpoch`, `nonce`), and the
     * `issuedAt` a new signed decision must be later than (`signedAt`, 0 if none).
     */
    signatureStateOf: async (patient: Address, grantee: Address) => {
      const [signatureEpoch, nonce, signedAt] = await read<[number, number, number]>("signatureStateOf", [
        patient,
        grantee,
      ]);
      return { signatureEpoch, nonce, signedAt };
    },
    epochOf: (patient: Address) => read<number>("epochOf", [patient]),
    /** The id of `grantee`'s pending request to `patient`, or 0n when it may ask. */
    openRequestOf: (grantee: Address, patient: Address) => read<bigint>("openRequestOf", [grantee, patient]),
    recordOf: async (patient: Address, recordId: Hex) => {
      const [anchored, superseded, digest] = await read<[boolean, boolean, Hex]>("recordOf", [
        patient,
        recordId,
      ]);
      return { anchored, superseded, digest };
    },
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
    /** Voids every signed grant or revocation not yet relayed; grants in force stay. */
    cancelSignatures: () => send("cancelSignatures", []),
    publishKeyring: (grantee: Address, keyringCid: string) =>
      send("publishKeyring", [grantee, cidToBytes(keyringCid)]),
    requestAccess: (request: {
      patient: Address;
      categories: readonly Category[];
      purposes: readonly Purpose[];
      durationSeconds: number;
      write?: boolean;
      reasonCid: string;
    }) =>
      send("requestAccess", [
        request.patient,
        categoryMask(request.categories),
        purposeMask(request.purposes),
        request.durationSeconds,
        request.write ?? false,
        cidToBytes(request.reasonCid),
      ]),
    approveRequest: (requestId: bigint, terms: GrantTerms) =>
      send("approveRequest", [requestId, toChainTerms(terms)]),
    denyRequest: (requestId: bigint) => send("denyRequest", [requestId]),
    /** The requester takes back its own request before the patient answers. */
    withdrawRequest: (requestId: bigint) => send("withdrawRequest", [requestId]),
    /** Anchors records of `patient` (the caller's own, or as a write grantee) in one transaction. */
    anchorRecords: (patient: Address, records: readonly RecordAnchor[]) =>
      send("anchorRecords", [patient, toChainAnchors(records)]),
    logAccess: (receipt: { patient: Address; recordIds: readonly Hex[]; purpose: Purpose }) =>
      send("logAccess", [receipt.patient, receipt.recordIds, PURPOSE[receipt.purpose]]),
    grantBySig: (signed: {
      patient: Address;
      terms: GrantTerms;
      issuedAt: number;
      deadline: bigint;
      signature: Hex;
    }) =>
      send("grantBySig", [
        signed.patient,
        toChainTerms(signed.terms),
        signed.issuedAt,
        signed.deadline,
        signed.signature,
      ]),
    revokeBySig: (signed: {
      patient: Address;
      grantee: Address;
      issuedAt: number;
      deadline: bigint;
      signature: Hex;
    }) =>
      send("revokeBySig", [
        signed.patient,
        signed.grantee,
        signed.issuedAt,
        signed.deadline,
        signed.signature,
      ]),
  };
}

/** The registry's events in a list of logs (others are skipped), with their arguments decoded. */
export function decodeConsentEvents(logs: Log[]) {
  return parseEventLogs({ abi: consentRegistryAbi, logs });
}
