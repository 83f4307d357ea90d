import {
  type Account,
  type Address,
  type Chain,
  concat,
  type PublicActions,
  type Transport,
  type WalletClient,
} from "viem";
import {
  CREATE2_FACTORY,
  CREATE2_SALT,
  directoryAddressFor,
  directoryInitCode,
} from "../../lib/contracts/addresses.ts";

type DeployClient = WalletClient<Transport, Chain, Account> & PublicActions<Transport, Chain>;

/**
 * Deploys the Directory through the CREATE2 factory, so its address depends only on the
 * bytecode and the admin: a chain that already has it (e.g. a restarted dev chain) is left as is.
 */
export async function deployDirectory(
  client: DeployClient,
  admin: Address,
): Promise<{ address: Address; deployed: boolean }> {
  const address = directoryAddressFor(admin);
  if (await hasCode(client, address)) return { address, deployed: false };
  if (!(await hasCode(client, CREATE2_FACTORY))) {
    throw new Error(
      `Chain ${client.chain.id} has no CREATE2 factory at ${CREATE2_FACTORY}. Deploy it first ` +
        "(anvil and most public chains have it).",
    );
  }
  const hash = await client.sendTransaction({
    to: CREATE2_FACTORY,
    data: concat([CREATE2_SALT, directoryInitCode(admin)]),
  });
  const receipt = await client.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success" || !(await hasCode(client, address))) {
    throw new Error(`Deploying the Directory failed (transaction ${hash}).`);
  }
  return { address, deployed: true };
}

async function hasCode(client: DeployClient, address: Address): Promise<boolean> {
  const code = await client.getCode({ address });
  return code !== undefined && code !== "0x";
}
