import { type Config, simulateContract, waitForTransactionReceipt, writeContract } from "@wagmi/core";
import type { Address, Hash, TransactionReceipt } from "viem";
import { describeError } from "./errors";
import type { ContractCall } from "./sendCall";

/** A write that failed, with the sentence to show a person. */
export class WriteError extends Error {
  constructor(cause: unknown) {
    super(describeError(cause), { cause });
    this.name = "WriteError";
  }
}

/**
 * The one path every contract write from the app takes: simulate (so a revert is explained
 * before the wallet opens), ask the wallet, wait for the receipt. Any failure becomes a
 * {@link WriteError} whose message is a sentence for the person.
 */
export async function writeCall(
  config: Config,
  call: ContractCall,
  account: Address | undefined,
  onStage: (stage: "pending", hash: Hash) => void = () => {},
): Promise<TransactionReceipt> {
  try {
    const { request } = await simulateContract(config, { ...call, account } as Parameters<
      typeof simulateContract
    >[1]);
    const hash = await writeContract(config, request as Parameters<typeof writeContract>[1]);
    onStage("pending", hash);
    const receipt = await waitForTransactionReceipt(config, { hash });
    if (receipt.status !== "success") throw new Error("The transaction was reverted by the network.");
    return receipt;
  } catch (failure) {
    throw failure instanceof WriteError ? failure : new WriteError(failure);
  }
}
