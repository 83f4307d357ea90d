import { type Address, getAddress, type PublicClient } from "viem";
import {
  CATEGORY_LABEL,
  type Category,
  inCategoryOrder,
  PURPOSE_LABEL,
  type Purpose,
} from "../consent/codes";
import { cidFromBytes, consentReader, type GrantStatus, unpackGrant } from "../consent/consent";
import { consentRegistryAbi } from "../contracts/generated";
import type { DirectoryEntry } from "./directory";

/**
 * Where a share stands, in the app's words: the contract's status (`grantOf`) for a grant in
 * storage, `revoked` for one the patient revoked, `used` for a one-shot grant its read used up.
 */
export type ShareStatus = Exclude<GrantStatus, "none"> | "revoked" | "used";

/** One patient -> grantee share: its latest terms, where it stands now, and its latest keyring. */
export type Share = {
  patient: Address;
  grantee: Address;
  status: ShareStatus;
  /** Scope of the latest grant (kept after a revocation, to show what was shared). */
  categories: Category[];
  purposes: Purpose[];
  expiresAt: Date;
  write: boolean;
  oneShot: boolean;
  /** The grantee's Directory identity revision the consent was given to. */
  identity: number;
  /** CID of the latest keyring for the grantee: the grant's, or one the patient published after a rotation. */
  keyringCid: string | null;
  /**
   * Every keyring this party was ever given by the patient (each grant's, each re-publication),
   * newest first: a party keeps what it once fetched, so whether it can read a record sealed now
   * depends on all of them, not only on the latest.
   */
  keyringCids: string[];
  /** Every kind of record any grant to this party ever covered (the latest terms may be narrower). */
  everShared: Category[];
  /** Block of the latest grant. */
  grantedInBlock: bigint;
  /**
   * Block in which a share that was stopped or used up ended (its AccessRevoked,
   * AllAccessRevoked or OneShotGrantUsed event); null for any other status (an expired share
   * ended at `expiresAt`).
   */
  endedInBlock?: bigint | null;
};

type Client = Pick<PublicClient, "getContractEvents" | "readContract">;
type Side = { patient: Address } | { grantee: Address };
type Position = { blockNumber: bigint; logIndex: number };
const after = (a: Position, b: Position) =>
  a.blockNumber > b.blockNumber || (a.blockNumber === b.blockNumber && a.logIndex > b.logIndex);

/** Every grant a patient ever gave, one per grantee, newest grant first. */
export const listPatientShares = (client: Client, consent: Address, patient: Address) =>
  listShares(client, consent, { patient });

/** Every patient who ever shared with `grantee`, one per patient, newest grant first. */
export const listSharedWith = (client: Client, consent: Address, grantee: Address) =>
  listShares(client, consent, { grantee });

async function listShares(client: Client, consent: Address, side: Side): Promise<Share[]> {
  const where = { address: consent, abi: consentRegistryAbi, args: side, fromBlock: 0n } as const;
  const [granted, published, used, revoked, revokedAll] = await Promise.all([
    client.getContractEvents({ ...where, eventName: "AccessGranted" }),
    client.getContractEvents({ ...where, eventName: "KeyringPublished" }),
    client.getContractEvents({ ...where, eventName: "OneShotGrantUsed" }),
    client.getContractEvents({ ...where, eventName: "AccessRevoked" }),
    // "Stop sharing with everyone" names only the patient.
    client.getContractEvents({
      address: consent,
      abi: consentRegistryAbi,
      eventName: "AllAccessRevoked",
      ...("patient" in side ? { args: { patient: side.patient } } : {}),
      fromBlock: 0n,
    }),
  ]);
  const pair = (args: { patient?: Address; grantee?: Address }) =>
    `${getAddress(args.patient!)}|${getAddress(args.grantee!)}`;
  const latest = new Map<string, (typeof granted)[number]>();
  for (const event of granted) latest.set(pair(event.args), event);
  const reader = consentReader(client, consent);
  const shares = await Promise.all(
    [...latest.entries()].map(async ([key, grantEvent]): Promise<Share> => {
      const [patient, grantee] = key.split("|") as [Address, Address];
      let keyring = { at: grantEvent as Position, cid: grantEvent.args.keyringCid! };
      for (const event of published) {
        if (pair(event.args) === key && after(event, keyring.at))
          keyring = { at: event, cid: event.args.keyringCid! };
      }
      const given = [...granted, ...published]
        .filter((event) => pair(event.args) === key)
        .sort((a, b) => (after(a, b) ? -1 : after(b, a) ? 1 : 0))
        .map((event) => cidFromBytes(event.args.keyringCid!));
      const everShared = new Set(
        granted.flatMap((event) =>
          pair(event.args) === key ? unpackGrant(event.args.grant!).categories : [],
        ),
      );
      const stored = await reader.grantOf(patient, grantee);
      const usedUp = used.some((event) => pair(event.args) === key && after(event, grantEvent));
      const terms = unpackGrant(grantEvent.args.grant!);
      const status: ShareStatus = stored.status !== "none" ? stored.status : usedUp ? "used" : "revoked";
      const endedBy =
        status === "revoked"
          ? revoked.find((event) => pair(event.args) === key && after(event, grantEvent))
          : status === "allRevoked"
            ? revokedAll.find(
                (event) =>
                  getAddress(event.args.patient!) === patient && after(event, grantEvent as Position),
              )
            : status === "used"
              ? used.find((event) => pair(event.args) === key && after(event, grantEvent))
              : undefined;
      return {
        patient,
        grantee,
        status,
        categories: terms.categories,
        purposes: terms.purposes,
        expiresAt: terms.expiresAt,
        write: terms.write,
        oneShot: terms.oneShot,
        identity: terms.identity,
        keyringCid: cidFromBytes(keyring.cid),
        keyringCids: [...new Set(given)],
        everShared: inCategoryOrder([...everShared]),
        grantedInBlock: grantEvent.blockNumber,
        endedInBlock: endedBy?.blockNumber ?? null,
      };
    }),
  );
  return shares.sort((a, b) => Number(b.grantedInBlock - a.grantedInBlock));
}

/** Plain-language words for each status, for a patient's consent list. */
export const SHARE_STATUS_LABEL: Record<ShareStatus, string> = {
  active: "Active",
  expired: "Expired",
  allRevoked: "Stopped (with everyone)",
  identityChanged: "Ended: their key or model changed, so they need your consent again",
  suspended: "Paused: their verification has lapsed",
  revoked: "Stopped",
  used: "Used (one-time access)",
};

/** How long a grant lasts, as the grant form offers it. */
export const EXPIRY_PRESETS = ["thisVisit", "days30", "year1", "untilRevoked"] as const;
export type ExpiryPreset = (typeof EXPIRY_PRESETS)[number];

export const EXPIRY_PRESET_LABEL: Record<ExpiryPreset, string> = {
  thisVisit: "This visit (24 hours)",
  days30: "30 days",
  year1: "1 year",
  untilRevoked: "Until I revoke it",
};

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/**
 * "Until I revoke it": the contract needs an expiry, so this one is the last second of the year
 * 9999 (well inside its uint64 and JavaScript's Date).
 */
export const UNTIL_REVOKED = new Date(Date.UTC(9999, 11, 31, 23, 59, 59));

/** The expiry of a preset, counted from `now` (the chain's latest block time is the safest `now`). */
export function expiresAtFor(preset: ExpiryPreset, now: Date): Date {
  const at = (ms: number) => new Date(Math.floor((now.getTime() + ms) / 1000) * 1000);
  switch (preset) {
    case "thisVisit":
      return at(24 * HOUR);
    case "days30":
      return at(30 * DAY);
    case "year1":
      return at(365 * DAY);
    case "untilRevoked":
      return UNTIL_REVOKED;
  }
}

/** "a, b and c" */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * The terms in a patient's words, shown before signing: "Dr. Rivera, Mercy Clinic (verified)
 * can read your lab results and medications for your treatment until 5 Mar 2027".
 */
export function describeTerms(
  grantee: Pick<DirectoryEntry, "name" | "verified">,
  terms: {
    categories: readonly Category[];
    purposes: readonly Purpose[];
    expiresAt: Date;
    write?: boolean;
    oneShot?: boolean;
  },
  options: { timeZone?: string; locale?: string } = {},
): string {
  const who = `${grantee.name} (${grantee.verified ? "verified" : "not verified"})`;
  const what = listInWords(terms.categories.map((c) => CATEGORY_LABEL[c]));
  const why = listInWords(terms.purposes.map((p) => PURPOSE_LABEL[p]));
  const until =
    terms.expiresAt.getTime() >= UNTIL_REVOKED.getTime()
      ? "until you revoke it"
      : `until ${new Intl.DateTimeFormat(options.locale ?? "en-GB", {
          day: "numeric",
          month: "short",
          year: "numeric",
          timeZone: options.timeZone,
        }).format(terms.expiresAt)}`;
  const once = terms.oneShot ? " once" : "";
  // On chain, writing covers every kind shared; this app's clinicians add notes.
  const write = terms.write ? `, and can add notes (and other records of these kinds) to your records` : "";
  return `${who} can read your ${what}${once} for ${why} ${until}${write}`;
}
