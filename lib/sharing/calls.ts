import { type Address, encodeFunctionData, type Hex } from "viem";
import {
  ConsentError,
  cidToBytes,
  decodeConsentEvents,
  type GrantTerms,
  toChainTerms,
} from "../consent/consent";
import { consentRegistryAbi } from "../contracts/generated";
import { type CallClient, type ContractCall, sendCall } from "../contracts/sendCall";

/** One ConsentRegistry call, ABI-encoded, to go into a multicall. */
export const encodeGrant = (terms: GrantTerms): Hex =>
  encodeFunctionData({ abi: consentRegistryAbi, functionName: "grant", args: [toChainTerms(terms)] });
export const encodeRevoke = (grantee: Address): Hex =>
  encodeFunctionData({ abi: consentRegistryAbi, functionName: "revoke", args: [grantee] });
export const encodePublishKeyring = (holder: Address, cid: string): Hex =>
  encodeFunctionData({
    abi: consentRegistryAbi,
    functionName: "publishKeyring",
    args: [holder, cidToBytes(cid)],
  });

/** A ConsentRegistry call as a request (for a single-call transaction). */
export const consentCall = (
  consent: Address,
  functionName: string,
  args: readonly unknown[],
): ContractCall => ({
  address: consent,
  abi: consentRegistryAbi,
  functionName,
  args,
});

/** A request's call, ABI-encoded, to go into a multicall. */
export const encodeCall = (call: ContractCall): Hex =>
  encodeFunctionData({
    abi: consentRegistryAbi,
    functionName: call.functionName,
    args: call.args,
  } as Parameters<typeof encodeFunctionData>[0]);

/**
 * The calls as one transaction: OpenZeppelin `Multicall.multicall(bytes[])` runs them in order as
 * the sender, and a revert of any one reverts them all. A ready request for viem's
 * `simulateContract`/`writeContract` or wagmi's `useSimulateContract`/`useWriteContract`.
 */
export function multicallOf(consent: Address, calls: readonly Hex[]): ContractCall {
  return { address: consent, abi: consentRegistryAbi, functionName: "multicall", args: [calls] };
}

/**
 * Sends a sharing transaction from a viem wallet client (scripts, tests): simulate, send, wait.
 * A refusal becomes a {@link ConsentError} with a plain sentence; nothing was changed then.
 */
export async function sendSharingCall(client: CallClient, call: ContractCall) {
  try {
    const receipt = await sendCall(client, call);
    return { receipt, events: decodeConsentEvents(receipt.logs) };
  } catch (error) {
    throw new ConsentError(error);
  }
}
