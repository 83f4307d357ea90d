import { BaseError, ContractFunctionRevertedError, UserRejectedRequestError } from "viem";
import { UnstableSignatureError } from "../crypto/identity";

type ErrorArgs = readonly unknown[] | undefined;

/** Plain sentences for the contracts' custom errors, keyed by error name. */
const REVERT_SENTENCES: Record<string, (args: ErrorArgs) => string> = {
  AlreadyRegistered: () => "This account is already registered in the CareKeys directory.",
  NotRegistered: () => "This account is not registered in the CareKeys directory.",
  NotAModel: () => "Only an AI model account can publish a model artifact.",
  InvalidEncryptionKey: () => "The encryption key is missing. Please set up your key again.",
  InvalidName: (args) => `The name must be between 1 and ${String(args?.[0] ?? 96)} characters long.`,
  InvalidCid: () => "The link to the profile, note or file on IPFS is missing or too long.",
  InvalidVersion: (args) => `The version must be between 1 and ${String(args?.[0] ?? 32)} characters long.`,
  AccessControlUnauthorizedAccount: () => "Only a CareKeys verifier can do this.",
  AccessControlBadConfirmation: () => "Only the account itself can give up its own role.",
  // OpenZeppelin internals the registry can surface (Multicall, EIP-712 set-up)
  AddressEmptyCode: () =>
    "The contract address has no code on this network. Check the CareKeys configuration.",
  FailedCall: () => "One of the steps of this transaction failed. Nothing was changed; you can try again.",
  InvalidShortString: () => "The contract was set up with an invalid name.",
  StringTooLong: () => "The contract was set up with an invalid name.",
  // ConsentRegistry
  InvalidGrantee: () => "You cannot share with this account: it is empty, or it is your own.",
  GranteeNotRegistered: () => "This account is not registered as a clinician or AI model in CareKeys.",
  GranteeNotVerified: () =>
    "No CareKeys verifier has checked this clinician or model, or their verification has lapsed. Sharing with " +
    "them needs your explicit confirmation; access given while they were verified is paused until they are again.",
  GranteeIdentityChanged: () =>
    "This clinician or model has a new encryption key or a new model version since the patient consented. " +
    "The patient has to give consent again.",
  EmptyCategories: () => "Choose at least one kind of record.",
  EmptyPurposes: () => "Choose at least one purpose.",
  InvalidExpiry: () => "The end date must be in the future.",
  InvalidPurpose: () => "That purpose is not one CareKeys knows.",
  InvalidRecordId: () => "That record id is not valid.",
  EmptyRecordList: () => "No records were given.",
  AccessNotGranted: () =>
    "The patient's consent does not cover this: there is no access in force for these records and this purpose.",
  WriteNotGranted: () => "You are not allowed to add records of this kind for this patient.",
  RecordExists: () => "A record with this id is already on the chain for this patient.",
  UnknownRecord: () => "This record is not on the chain for this patient.",
  RecordAlreadySuperseded: () => "This record has already been replaced by a newer version.",
  CategoryMismatch: () => "A replacement record must be of the same kind as the record it replaces.",
  InvalidContentHash: () => "The record's integrity check value is missing.",
  InvalidDuration: () => "The requested access must last at least one second.",
  UnknownRequest: () =>
    "This access request does not exist any more: it was answered, withdrawn, or replaced by a newer one.",
  NotRequestPatient: () => "Only the patient who was asked can answer this request.",
  RequestExpired: () => "This access request has expired. Ask the requester to send a new one.",
  RequestPending: () =>
    "You already have a request waiting for this patient's answer. Withdraw it first if you want to ask for something else.",
  NotRequester: () => "Only the clinician who sent this request can withdraw it.",
  ExceedsRequest: () => "You can approve less than was asked, but not more, and only for the requester.",
  ExpiredSignature: () => "The signed consent has expired. Sign it again.",
  StaleSignature: () =>
    "This signed decision does not count: a signed decision made later is already in force, or it is dated " +
    "ahead of the chain (try again once that time has passed). Sign it again if you still want it.",
  EntryChanged: () =>
    "This entry changed after it was reviewed (a new name, model or version), so it was not attested. Review it again.",
  InvalidSignature: () =>
    "The signature does not match this patient's consent (wrong signer or changed terms).",
};

/** The sentence for a contract error by name, for a client that sees it coming before sending. */
export const revertSentence = (errorName: keyof typeof REVERT_SENTENCES & string) =>
  REVERT_SENTENCES[errorName](undefined);

export const USER_REJECTED_SENTENCE =
  "You declined the request in your wallet. Nothing was changed; you can try again.";

/**
 * Turns any error from a wallet, the node or a contract into one sentence for the person
 * using the app: what happened and, where there is one, what to do. Never a stack trace.
 */
export function describeError(error: unknown): string {
  if (error instanceof UnstableSignatureError) return error.message;
  if (error instanceof BaseError) {
    const rejected = error.walk(
      (e) => e instanceof UserRejectedRequestError || (e as { code?: unknown }).code === 4001,
    );
    if (rejected) return USER_REJECTED_SENTENCE;
    const reverted = error.walk((e) => e instanceof ContractFunctionRevertedError);
    if (reverted instanceof ContractFunctionRevertedError) {
      const name = reverted.data?.errorName;
      if (name && REVERT_SENTENCES[name]) return REVERT_SENTENCES[name](reverted.data?.args);
      return reverted.reason
        ? `The contract refused the transaction: ${reverted.reason}.`
        : "The contract refused the transaction.";
    }
    if (error.name === "ChainMismatchError" || error.name === "SwitchChainNotSupportedError") {
      return "Your wallet is on a different network. Switch to the CareKeys network and try again.";
    }
    if (error.walk((e) => e instanceof Error && e.name === "HttpRequestError")) {
      return "The blockchain node could not be reached. Check your connection and try again.";
    }
    return error.shortMessage;
  }
  if (typeof error === "object" && error !== null && (error as { code?: unknown }).code === 4001) {
    return USER_REJECTED_SENTENCE;
  }
  if (error instanceof Error && error.message) return error.message;
  return "Something went wrong. Please try again.";
}
