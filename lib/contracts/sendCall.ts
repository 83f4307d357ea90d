import type {
  Abi,
  Account,
  Address,
  Chain,
  PublicActions,
  TransactionReceipt,
  Transport,
  WalletClient,
} from "viem";

export type ContractCall = { address: Address; abi: Abi; functionName: string; args: readonly unknown[] };

export type CallClient = WalletClient<Transport, Chain, Account> & PublicActions<Transport, Chain>;

/**
 * A contract write from a viem wallet client (scripts, the model runner, tests): simulate, send,
 * wait for the receipt. A revert surfaces from the simulation with its decoded custom error.
 */
export async function sendCall(client: CallClient, call: ContractCall): Promise<TransactionReceipt> {
  const { request } = await client.simulateContract({ ...call, account: client.account } as Parameters<
    CallClient["simulateContract"]
  >[0]);
  const hash = await client.writeContract(request as Parameters<CallClient["writeContract"]>[0]);
  const receipt = await client.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new Error(`The transaction ${hash} was reverted.`);
  return receipt;
}
